package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link PagedIterable#map} and {@link PagedIterable#onePage} read nothing before they must. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PagedIterableMapTest {
  private static final String LIST = "/subscriptions/sub1/providers/Microsoft.Test/things";

  private LocalServer server;
  private ArmClientCore core;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    core = TestClients.forEndpoint(server.url()).build();
    // every page has one item and a next link no page had before: a listing without end
    AtomicInteger pages = new AtomicInteger();
    server.on("GET", LIST, request -> {
      int n = pages.incrementAndGet();
      return Reply.json(200, "{\"value\":[{\"name\":\"t" + n + "\"}],\"nextLink\":\"" + LIST + "?page=" + (n + 1) + "\"}");
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PagedIterable<TestResource> endless() {
    ArmRequest first = ArmRequest.builder("GET", LIST).query("api-version", core.apiVersion()).expect(200).build();
    return core.list(first, "value", "nextLink", TestResource::fromJson);
  }

  @Test
  void mappedItemsAreReadPageByPage() {
    PagedIterable<String> names = endless().map(TestResource::name);
    assertEquals(0, server.requests().size());
    Iterator<String> it = names.iterator();
    assertEquals("t1", it.next());
    assertEquals("t2", it.next());
    assertEquals(2, server.requests().size());
    assertEquals(List.of("t3", "t4"), names.stream().limit(2).toList());
    assertEquals(4, server.requests().size());
  }

  @Test
  void mappedPagesKeepTheirNextLink() {
    Page<String> first = endless().map(TestResource::name).byPage().iterator().next();
    assertEquals(List.of("t1"), first.items());
    assertEquals(server.url() + LIST + "?page=2&api-version=" + core.apiVersion(), first.nextLink());
    assertEquals(1, server.requests().size());
  }

  @Test
  void aMappedListResumesFromAContinuationToken() {
    String token = endless().map(TestResource::name).byPage().iterator().next().continuationToken();
    Page<String> resumed = endless().map(TestResource::name).byPage(token).iterator().next();
    assertEquals(List.of("t2"), resumed.items());
    assertEquals("page=2&api-version=" + core.apiVersion(), server.requests().get(1).query());
    assertEquals(2, server.requests().size());
  }

  @Test
  void onePageIsFetchedWhenIteratedAndOncePerIteration() {
    AtomicInteger fetches = new AtomicInteger();
    PagedIterable<String> list = PagedIterable.onePage(() -> {
      fetches.incrementAndGet();
      return List.of("a", "b");
    });
    assertEquals(0, fetches.get());
    List<String> seen = new ArrayList<>();
    list.forEach(seen::add);
    assertEquals(List.of("a", "b"), seen);
    assertEquals(1, fetches.get());
    Page<String> page = list.map(s -> s + "!").byPage().iterator().next();
    assertEquals(List.of("a!", "b!"), page.items());
    assertNull(page.nextLink());
    assertEquals(2, fetches.get());
  }
}
