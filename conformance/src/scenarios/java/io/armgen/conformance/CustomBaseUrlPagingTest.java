package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.autorestparameterizedhosttestpaging.v1_0_0.PagingClient;
import io.armgen.conformance.autorestparameterizedhosttestpaging.v1_0_0.models.Product;
import io.armgen.runtime.arm.PagedIterable;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code custom-baseUrl-paging.json}: {@code x-ms-parameterized-host} ({@code {accountName}{host}}),
 * {@code host} on the builder and {@code accountName} per call; next links are partial URLs
 * resolved against the page they came from, or the next-link parameter of
 * {@code Paging_getPagesPartialUrlOperationNext} ({@code x-ms-paths}).
 */
@ExtendWith(TestServerExtension.class)
class CustomBaseUrlPagingTest {
  private static PagingClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(PagingClient.builder(), server).host("host:" + server.port()).build();
  }

  private static List<Integer> ids(PagedIterable<Product> items) {
    return items.stream().map(p -> p.properties().id()).collect(Collectors.toList());
  }

  @Test
  void getPagesPartialUrl() {
    assertEquals(List.of(1, 2), ids(client.getPagesPartialUrl("local")));
  }

  @Test
  void getPagesPartialUrlOperation() {
    assertEquals(List.of(1, 2), ids(client.getPagesPartialUrlOperation("local")));
  }
}
