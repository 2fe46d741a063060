package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.lrowithparamaterizedendpoints.v1_0_0.LROWithParamaterizedEndpointsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code lro-parameterized-endpoints.json}: the host is {@code x-ms-parameterized-host}
 * ({@code {accountName}{host}}): {@code host} is a builder setting, {@code accountName} a method
 * parameter, so {@code "local" + "host:<port>"} reaches the test server at {@code localhost};
 * relative Location URLs resolve against that host.
 */
@ExtendWith(TestServerExtension.class)
class LroParameterizedEndpointsTest {
  private static LROWithParamaterizedEndpointsClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(LROWithParamaterizedEndpointsClient.builder(), server)
        .host("host:" + server.port()).build();
  }

  @Test
  void pollWithParameterizedEndpoints() {
    assertEquals("success", client.pollWithParameterizedEndpoints("local"));
  }

  @Test
  void pollWithConstantParameterizedEndpoints() {
    assertEquals("success", client.pollWithConstantParameterizedEndpoints("local"));
  }
}
