package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.autorestpagingtestservice.v1_0_0.PagingClient;
import io.armgen.conformance.autorestpagingtestservice.v1_0_0.models.BodyParam;
import io.armgen.conformance.autorestpagingtestservice.v1_0_0.models.CustomParameterGroup;
import io.armgen.conformance.autorestpagingtestservice.v1_0_0.models.PagingGetMultiplePagesWithOffsetOptions;
import io.armgen.conformance.autorestpagingtestservice.v1_0_0.models.Product;
import io.armgen.runtime.arm.LroPoller;
import io.armgen.runtime.arm.LroStatus;
import io.armgen.runtime.arm.ManagementException;
import io.armgen.runtime.arm.PagedIterable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code paging.json}: single and multi-page lists, next links, retries and failures. */
@ExtendWith(TestServerExtension.class)
class PagingTest {
  private static PagingClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(PagingClient.builder(), server).build();
  }

  private static List<Integer> ids(PagedIterable<Product> items) {
    return items.stream().map(p -> p.properties().id()).collect(Collectors.toList());
  }

  private static List<Integer> oneToTen() {
    return IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList());
  }

  @Test
  void getNoItemNamePages() {
    assertEquals(List.of(1), ids(client.getNoItemNamePages()));
  }

  @Test
  void getEmptyNextLinkNamePages() {
    assertEquals(List.of(1), ids(client.getEmptyNextLinkNamePages()));
  }

  @Test
  void getNullNextLinkNamePages() {
    // nextLinkName is null: the nextLink the page carries (to a 404) must not be followed
    assertEquals(List.of(1), ids(client.getNullNextLinkNamePages()));
  }

  @Test
  void getSinglePages() {
    List<Product> items = client.getSinglePages().stream().collect(Collectors.toList());
    assertEquals(1, items.size());
    assertEquals("Product", items.get(0).properties().name());
  }

  @Test
  void getSinglePagesWithBodyParams() {
    assertEquals(List.of(1), ids(client.getSinglePagesWithBodyParams(new BodyParam().withName("body"))));
  }

  @Test
  void firstResponseEmpty() {
    assertEquals(List.of(1), ids(client.firstResponseEmpty()));
  }

  @Test
  void getMultiplePages() {
    assertEquals(oneToTen(), ids(client.getMultiplePages("client-id", null, null)));
  }

  @Test
  void getWithQueryParams() {
    // x-ms-pageable operationName: the second page comes from Paging_nextOperationWithQueryParams,
    // which sends its own queryConstant
    assertEquals(List.of(1, 2), ids(client.getWithQueryParams(100)));
  }

  @Test
  void duplicateParams() {
    // the next link's own $filter and $skiptoken are kept as sent, not duplicated
    assertEquals(List.of(1), ids(client.duplicateParams("foo")));
  }

  @Test
  void getOdataMultiplePages() {
    assertEquals(oneToTen(), ids(client.getOdataMultiplePages()));
  }

  @Test
  void getMultiplePagesWithOffset() {
    List<Integer> ids = ids(client.getMultiplePagesWithOffset(new PagingGetMultiplePagesWithOffsetOptions().withOffset(100)));
    assertEquals(10, ids.size());
    assertEquals(110, ids.get(ids.size() - 1));
  }

  @Test
  void getMultiplePagesRetryFirst() {
    assertEquals(oneToTen(), ids(client.getMultiplePagesRetryFirst()));
  }

  @Test
  void getMultiplePagesRetrySecond() {
    // the server's second page (answered after one 500) holds id 1 again
    assertEquals(List.of(1, 1, 3, 4, 5, 6, 7, 8, 9, 10), ids(client.getMultiplePagesRetrySecond()));
  }

  @Test
  void getSinglePagesFailure() {
    ManagementException e = assertThrows(ManagementException.class, () -> ids(client.getSinglePagesFailure()));
    assertEquals(400, e.statusCode());
  }

  @Test
  void getMultiplePagesFailure() {
    PagedIterable<Product> pages = client.getMultiplePagesFailure();
    var items = pages.iterator();
    assertEquals(1, items.next().properties().id());
    ManagementException e = assertThrows(ManagementException.class, items::hasNext);
    assertEquals(400, e.statusCode());
  }

  @Test
  void getMultiplePagesFailureUri() {
    // the next link "*&*#&$" resolves to a path under the list URL that does not exist
    ManagementException e = assertThrows(ManagementException.class, () -> ids(client.getMultiplePagesFailureUri()));
    assertEquals(404, e.statusCode());
  }

  @Test
  void getMultiplePagesLRO() {
    // long-running and pageable: the result is the whole list, every page after the first fetched lazily
    assertEquals(oneToTen(), ids(client.getMultiplePagesLRO()));
  }

  @Test
  void getMultiplePagesLROResumedInAFreshClient(TestServer server) {
    // issue 15 §3: started here, continued from its resume token by another client, as after a restart
    LroPoller<PagedIterable<Product>> started = client.beginGetMultiplePagesLRO();
    assertEquals(LroStatus.IN_PROGRESS, started.status());
    String resumeToken = started.resumeToken();
    PagingClient fresh = ConformanceClients.configure(PagingClient.builder(), server).build();
    assertEquals(oneToTen(), ids(fresh.resumeGetMultiplePagesLRO(resumeToken).waitForCompletion()));
  }

  @Test
  void appendApiVersion() {
    assertEquals(List.of(1), ids(client.appendApiVersion()));
  }

  @Test
  @Gap("PagingWithApiVersionReplace")
  void replaceApiVersion() {
    // by design the runtime keeps an api-version the next link carries (here Api-Version=notMe) and
    // adds the client's only when there is none; the server wants it replaced, so it answers 400
    var iterator = client.replaceApiVersion().iterator();
    assertEquals(1, iterator.next().properties().id());
    ManagementException e = assertThrows(ManagementException.class, iterator::hasNext);
    assertEquals(400, e.statusCode());
  }

  @Test
  void getMultiplePagesFragmentNextLink() {
    // the next link is a fragment: the next pages come from Paging_nextFragment (x-ms-paths)
    assertEquals(oneToTen(), ids(client.getMultiplePagesFragmentNextLink("1.6", "test_user")));
  }

  @Test
  void getMultiplePagesFragmentWithGroupingNextLink() {
    assertEquals(oneToTen(), ids(client.getMultiplePagesFragmentWithGroupingNextLink(
        new CustomParameterGroup().withApiVersion("1.6").withTenant("test_user"))));
  }

  @Test
  void anOperationOfXmsPaths() {
    // Paging_getPagingModelWithItemNameWithXMSClientName lives under x-ms-paths
    assertEquals(List.of(1), ids(client.getPagingModelWithItemNameWithXMSClientName()));
  }
}
