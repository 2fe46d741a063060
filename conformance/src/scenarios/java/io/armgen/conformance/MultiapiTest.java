package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.multiapicustombaseurlservice.v1_0_0.MultiapiCustomBaseUrlServiceClient;
import io.armgen.conformance.multiapiservice.v1_0_0.MultiapiServiceClient;
import io.armgen.conformance.multiapiservice.v1_0_0.models.Product;
import io.armgen.runtime.arm.ManagementException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code multiapi-*.json}: one service in several api-versions (each its own package), a
 * long-running list that returns all its pages, and a host of the builder's endpoint followed by
 * a base path. The server's multiapi routes have no coverage names; their answers are asserted.
 */
@ExtendWith(TestServerExtension.class)
class MultiapiTest {
  @Test
  void eachVersionSendsItsOwnApiVersion(TestServer server) {
    MultiapiServiceClient v1 = ConformanceClients.configure(MultiapiServiceClient.builder(), server).build();
    assertEquals(200, v1.testOneWithResponse(1, null, null).statusCode());
    var v2 = ConformanceClients.configure(io.armgen.conformance.multiapiservice.v2_0_0.MultiapiServiceClient.builder(),
        server).build();
    assertEquals("This was called with api-version 2.0.0", v2.testOne(1).message());
    var v0 = ConformanceClients.configure(io.armgen.conformance.multiapiservice.v0_0_0.OperationGroupOneClient.builder(),
        server).build();
    // the server knows testTwo in 1.0.0 to 3.0.0 only: version 0.0.0 is refused
    assertEquals(400, assertThrows(ManagementException.class, v0::testTwo).statusCode());
    var v3 = ConformanceClients.configure(io.armgen.conformance.multiapiservice.v3_0_0.OperationGroupTwoClient.builder(),
        server).build();
    v3.testFive();
  }

  @Test
  void aLongRunningListReturnsItsPages(TestServer server) {
    MultiapiServiceClient v1 = ConformanceClients.configure(MultiapiServiceClient.builder(), server).build();
    assertEquals(List.of(100), v1.testLROAndPaging().stream().map(Product::id).toList());
    assertEquals(100, v1.testLRO(new Product()).id());
  }

  @Test
  void aHostOfTheEndpointAndABasePath(TestServer server) {
    ConformanceClients.configure(MultiapiCustomBaseUrlServiceClient.builder(), server).build().test(1);
    ConformanceClients.configure(io.armgen.conformance.multiapicustombaseurlservice.v2_0_0
        .MultiapiCustomBaseUrlServiceClient.builder(), server).build().test(2);
  }
}
