package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.autorestparameterizedhosttest.v1_0_0.PathsClient;
import io.armgen.conformance.parmaterizedendpoint.v1_0_0.ParmaterizedEndpointClient;
import io.armgen.runtime.arm.TransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code custom-baseUrl.json}, {@code custom-baseUrl-more-options.json} and
 * {@code parameterized-endpoint.json}: {@code x-ms-parameterized-host}. Variables given by
 * reference are builder settings (with the spec's default), inline ones method parameters; a
 * variable named {@code endpoint} is the builder's endpoint. {@code "local" + "host:<port>"} is
 * the test server on {@code localhost}.
 */
@ExtendWith(TestServerExtension.class)
class CustomBaseUrlTest {
  @Test
  void hostFromABuilderSettingAndAMethodParameter(TestServer server) {
    PathsClient client = ConformanceClients.configure(PathsClient.builder(), server).host("host:" + server.port()).build();
    client.getEmpty("local");
  }

  @Test
  void aWrongHostIsNotTheServer(TestServer server) {
    // the spec's default host ("host") with account "bad" names a host that does not resolve
    PathsClient client = ConformanceClients.configure(PathsClient.builder(), server).build();
    assertThrows(TransportException.class, () -> client.getEmpty("bad"));
  }

  @Test
  void hostOfThreeVariablesWithoutSchemePrefix(TestServer server) {
    var client = ConformanceClients.configure(
        io.armgen.conformance.autorestparameterizedcustomhosttest.v1_0_0.PathsClient.builder(), server)
        .subscriptionId("test12").dnsSuffix(":" + server.port()).build();
    client.getEmpty("key1", "http://lo", "calhost", "v1");
  }

  @Test
  void theDnsSuffixDefaultsToTheSpecsValue(TestServer server) {
    var client = ConformanceClients.configure(
        io.armgen.conformance.autorestparameterizedcustomhosttest.v1_0_0.PathsClient.builder(), server)
        .subscriptionId("test12").build();
    // "http://lo" + "calhost" + "host": no such host
    assertThrows(TransportException.class, () -> client.getEmpty("key1", "http://lo", "calhost", "v1"));
  }

  @Test
  void anEndpointVariableIsTheBuildersEndpoint(TestServer server) {
    ParmaterizedEndpointClient client = ConformanceClients.configure(ParmaterizedEndpointClient.builder(), server).build();
    assertEquals(200, client.getWithResponse(null).statusCode());
  }
}
