package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.armgen.runtime.arm.ManagementException;
import io.armgen.runtime.arm.RequestConditions;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated clients (with the generated models, compiled from {@link JavaEmitter}'s output) against
 * a loopback server: the requests they send and the results they read.
 */
class ClientLoopbackTest {
  private static final String WIDGET = "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Sample/widgets/w-1";
  private static final String WIDGETS = "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Sample/widgets";
  private static final String GADGET = "/subscriptions/sub-1/providers/Microsoft.Sample/gadgets/g-1";

  /** One request as the server saw it. */
  record Seen(String method, String path, String query, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /** A canned answer. */
  record Answer(int status, String json) {}

  private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
  private static final List<Seen> SEEN = Collections.synchronizedList(new ArrayList<>());
  private static HttpServer server;
  private static ClassLoader loader;

  @BeforeAll
  static void start() throws IOException {
    loader = GeneratedCode.compile(GeneratedCode.sources(new JavaEmitter().emit(SampleArmApi.model()))).loader();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ClientLoopbackTest::answer);
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @BeforeEach
  void reset() {
    ANSWERS.clear();
    SEEN.clear();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getRawPath();
    SEEN.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
        Map.copyOf(exchange.getRequestHeaders()), body));
    Answer answer = ANSWERS.getOrDefault(exchange.getRequestMethod() + " " + path,
        new Answer(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no such thing\"}}"));
    byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static Object client(String simpleName) throws Exception {
    Class<?> type = loader.loadClass(SampleArmApi.PACKAGE + "." + simpleName);
    Object builder = type.getMethod("builder").invoke(null);
    Class<?> b = builder.getClass();
    b.getMethod("endpoint", String.class).invoke(builder, endpoint());
    b.getMethod("subscriptionId", String.class).invoke(builder, "sub-1");
    b.getMethod("pollInterval", Duration.class).invoke(builder, Duration.ofMillis(10));
    b.getMethod("lroTimeout", Duration.class).invoke(builder, Duration.ofSeconds(10));
    return b.getMethod("build").invoke(builder);
  }

  /** Calls a public method by name and arity, unwrapping what it throws. */
  private static Object call(Object target, String name, Object... args) throws Exception {
    for (var method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new NoSuchMethodException(name + "/" + args.length);
  }

  private static Object model(String simpleName) throws Exception {
    return loader.loadClass(SampleArmApi.MODELS + "." + simpleName).getConstructor().newInstance();
  }

  @Test
  void getSendsPathQueryAndReadsTheModel() throws Exception {
    ANSWERS.put("GET " + WIDGET, new Answer(200, "{\"etag\":\"e1\",\"color\":\"red\",\"properties\":{\"size\":3}}"));
    Object widget = call(client("WidgetsClient"), "get", "rg-1", "w-1", "props");
    assertEquals("red", call(widget, "color"));
    assertEquals(3, call(widget, "size"));
    assertEquals("e1", call(widget, "etag"));
    Seen seen = SEEN.get(0);
    assertEquals("GET", seen.method());
    assertTrue(seen.query().contains("api-version=2024-01-01"), seen.query());
    assertTrue(seen.query().contains("expand=props"), seen.query());
  }

  @Test
  void requiredOnlyOverloadLeavesTheOptionalQueryOut() throws Exception {
    ANSWERS.put("GET " + WIDGET, new Answer(200, "{\"color\":\"red\"}"));
    Object widget = ((CompletableFuture<?>) call(client("WidgetsClient"), "getAsync", "rg-1", "w-1"))
        .get(10, TimeUnit.SECONDS);
    assertEquals("red", call(widget, "color"));
    assertFalse(SEEN.get(0).query().contains("expand"), SEEN.get(0).query());
  }

  @Test
  void pageableListFollowsNextLink() throws Exception {
    ANSWERS.put("GET " + WIDGETS, new Answer(200,
        "{\"value\":[{\"color\":\"red\"}],\"nextLink\":\"" + endpoint() + "/page2\"}"));
    ANSWERS.put("GET /page2", new Answer(200, "{\"value\":[{\"color\":\"blue\"}]}"));
    List<Object> colors = new ArrayList<>();
    for (Object widget : (Iterable<?>) call(client("WidgetsClient"), "listByResourceGroup", "rg-1")) {
      colors.add(call(widget, "color"));
    }
    assertEquals(List.of("red", "blue"), colors);
  }

  @Test
  void conditionalPutSendsIfMatchHeaderAndBody() throws Exception {
    ANSWERS.put("PUT " + WIDGET, new Answer(200, "{\"etag\":\"e2\",\"color\":\"green\"}"));
    Object body = call(model("Widget"), "withColor", "green");
    Object widget = call(client("WidgetsClient"), "createOrUpdate", "rg-1", "w-1", body, "tag-1",
        RequestConditions.ifMatch("e1"));
    assertEquals("e2", call(widget, "etag"));
    Seen put = SEEN.stream().filter(s -> s.method().equals("PUT")).findFirst().orElseThrow();
    assertEquals("e1", put.header("If-Match"));
    assertEquals("tag-1", put.header("x-ms-sample-tag"));
    assertTrue(put.body().contains("\"color\":\"green\""), put.body());
  }

  @Test
  void patchWithRawPathReadsAnEnumProperty() throws Exception {
    ANSWERS.put("PATCH " + GADGET, new Answer(200, "{\"name\":\"g-1\",\"kind\":\"Large\"}"));
    Object gadget = call(client("GadgetsClient"), "update", "g-1", model("Gadget"));
    assertEquals("Large", String.valueOf(call(gadget, "kind")));
    assertEquals("PATCH", SEEN.get(0).method());
  }

  @Test
  void singlePageListWithConstantAndArrayQuery() throws Exception {
    ANSWERS.put("GET /subscriptions/sub-1/providers/Microsoft.Sample/gadgets",
        new Answer(200, "{\"value\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"nextLink\":\"ignored\"}"));
    List<Object> names = new ArrayList<>();
    for (Object gadget : (Iterable<?>) call(client("GadgetsClient"), "list", List.of(1, 2))) {
      names.add(call(gadget, "name"));
    }
    assertEquals(List.of("a", "b"), names);
    String query = SEEN.get(0).query();
    assertTrue(query.contains("format=json") && query.contains("ids=1,2"), query);
  }

  @Test
  void errorStatusRaisesManagementException() throws Exception {
    ManagementException e = assertThrows(ManagementException.class,
        () -> call(client("WidgetsClient"), "get", "rg-1", "missing"));
    assertEquals(404, e.statusCode());
  }
}
