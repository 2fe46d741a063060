package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.lrowithparamaterizedendpoints.v1_0_0.LROWithParamaterizedEndpointsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code lro-parameterized-endpoints.json}: the host is {@code x-ms-parameterized-host}
 * ({@code {accountName}{host}}). armgen leaves the host template to the caller: the builder's
 * endpoint is the whole base URL (here the test server's), and relative Location URLs resolve
 * against it.
 */
@ExtendWith(TestServerExtension.class)
class LroParameterizedEndpointsTest {
  private static LROWithParamaterizedEndpointsClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(LROWithParamaterizedEndpointsClient.builder(), server).build();
  }

  @Test
  void pollWithParameterizedEndpoints() {
    assertEquals("success", client.pollWithParameterizedEndpoints());
  }

  @Test
  void pollWithConstantParameterizedEndpoints() {
    assertEquals("success", client.pollWithConstantParameterizedEndpoints());
  }
}
