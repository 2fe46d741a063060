package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Recorded;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PagingTest {
  private static final String LIST = "/subscriptions/sub1/providers/Microsoft.Test/things";

  private LocalServer server;
  private ArmClientCore core;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    core = TestClients.forEndpoint(server.url()).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PagedIterable<TestResource> list() {
    ArmRequest first = ArmRequest.builder("GET", LIST).query("api-version", core.apiVersion()).expect(200).build();
    return core.list(first, "value", "nextLink", TestResource::fromJson);
  }

  private static String page(String nextLink, String... names) {
    List<String> items = new ArrayList<>();
    for (String name : names) {
      items.add("{\"name\":\"" + name + "\"}");
    }
    return "{\"extra\":{\"a\":[1,2]},\"value\":[" + String.join(",", items) + "]"
        + (nextLink == null ? "" : ",\"nextLink\":\"" + nextLink + "\"") + "}";
  }

  private static List<String> names(Iterable<TestResource> items) {
    List<String> names = new ArrayList<>();
    items.forEach(item -> names.add(item.name()));
    return names;
  }

  @Test
  void followsAbsoluteAndRelativeNextLinksAndKeepsTheApiVersion() {
    server.on("GET", LIST, request -> switch (request.query() == null ? "" : request.query()) {
      case "api-version=2024-01-01" -> Reply.json(200, page(server.url() + "/page2?$skiptoken=abc", "a", "b"));
      case "$skiptoken=abc&api-version=2024-01-01" -> Reply.json(200, page(LIST + "?page=3&api-version=2023-05-01", "c"));
      case "page=3&api-version=2023-05-01" -> Reply.json(200, page(null, "d"));
      default -> Reply.json(500, "{\"error\":{\"code\":\"Unexpected\",\"message\":\"" + request.query() + "\"}}");
    });
    server.on("GET", "/page2", request -> Reply.json(200, page("subscriptions/sub1/providers/Microsoft.Test/things?$skiptoken=abc", "c0")));

    List<String> names = names(list());

    assertEquals(List.of("a", "b", "c0", "c", "d"), names);
    List<Recorded> sent = server.requests();
    assertEquals("$skiptoken=abc&api-version=2024-01-01", sent.get(1).query(), "api-version added to the absolute link");
    assertEquals(LIST, sent.get(2).path(), "relative link resolved");
    assertEquals("page=3&api-version=2023-05-01", sent.get(3).query(), "a link's own api-version is kept");
    assertEquals(4, sent.stream().map(r -> r.header("x-ms-client-request-id")).distinct().count());
  }

  @Test
  void isLazyAndRestartsOnEachIteration() {
    server.on("GET", LIST, Reply.json(200, page("/p2", "a")));
    server.on("GET", "/p2", Reply.json(200, page(null, "b")));
    PagedIterable<TestResource> items = list();
    assertEquals(0, server.requests().size());
    Iterator<TestResource> iterator = items.iterator();
    assertEquals("a", iterator.next().name());
    assertEquals(1, server.requests().size());
    assertEquals("b", iterator.next().name());
    assertEquals(List.of("a", "b"), items.stream().map(TestResource::name).toList());
    assertEquals(4, server.requests().size());
  }

  @Test
  void byPageExposesEachPageAndItsLink() {
    server.on("GET", LIST, Reply.json(200, page("/p2", "a", "b")));
    server.on("GET", "/p2", Reply.json(200, page("", "c")));
    List<Page<TestResource>> pages = new ArrayList<>();
    list().byPage().forEach(pages::add);
    assertEquals(2, pages.size());
    assertEquals(2, pages.get(0).items().size());
    assertEquals(server.url() + "/p2?api-version=2024-01-01", pages.get(0).nextLink());
    assertNull(pages.get(1).nextLink());
  }

  @Test
  void singlePageWithoutNextLinkProperty() {
    server.on("GET", LIST, Reply.json(200, "{\"value\":[{\"name\":\"only\"}],\"nextLink\":\"/ignored\"}"));
    ArmRequest first = ArmRequest.builder("GET", LIST).query("api-version", core.apiVersion()).build();
    List<String> names = names(core.list(first, "value", null, TestResource::fromJson));
    assertEquals(List.of("only"), names);
    assertEquals(1, server.requests().size());
  }

  @Test
  void repeatedNextLinkStops() {
    server.on("GET", LIST, Reply.json(200, page("/loop", "a")));
    server.on("GET", "/loop", Reply.json(200, page("/loop", "b")));
    assertEquals(List.of("a", "b"), names(list()));
    assertEquals(2, server.requests().size());
  }

  @Test
  void emptyPagesInTheMiddleAreSkipped() {
    server.on("GET", LIST, Reply.json(200, page("/p2")));
    server.on("GET", "/p2", Reply.json(200, "{\"value\":null,\"nextLink\":\"/p3\"}"));
    server.on("GET", "/p3", Reply.json(200, page(null, "z")));
    assertEquals(List.of("z"), names(list()));
  }

  @Test
  void errorOnALaterPageIsAManagementException() {
    server.on("GET", LIST, Reply.json(200, page("/p2", "a")));
    server.on("GET", "/p2", Reply.json(403, "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"no\"}}"));
    Iterator<TestResource> iterator = list().iterator();
    assertEquals("a", iterator.next().name());
    ManagementException e = assertThrows(ManagementException.class, iterator::hasNext);
    assertEquals("AuthorizationFailed", e.error().code());
    assertTrue(e.getMessage().contains("GET /p2 failed with 403"), e.getMessage());
  }
}
