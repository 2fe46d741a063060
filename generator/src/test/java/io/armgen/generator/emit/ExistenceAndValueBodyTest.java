package io.armgen.generator.emit;

import static io.armgen.generator.emit.SampleArmApi.empty;
import static io.armgen.generator.emit.SampleArmApi.named;
import static io.armgen.generator.emit.SampleArmApi.ok;
import static io.armgen.generator.emit.SampleArmApi.op;
import static io.armgen.generator.emit.SampleArmApi.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.armgen.generator.model.ApiModel;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Parameter.Location;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.model.TypeRef.PrimitiveKind;
import io.armgen.runtime.arm.LroPoller;
import io.armgen.runtime.arm.ManagementException;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An operation pinned to an api-version other than the service's sends its own; HEAD operations answer whether the resource exists (2xx true, a declared 404 false); request bodies that
 * are not models (arrays, numbers, enums) are sent as JSON; a long-running PUT that declares only
 * a 202 with a schema returns that type. Generated, compiled and run against a loopback server.
 */
class ExistenceAndValueBodyTest {
  private static final String PACKAGE = "com.example.values";
  private static final Map<String, Integer> STATUS = new ConcurrentHashMap<>();
  private static final Map<String, String> BODIES = new ConcurrentHashMap<>();
  private static HttpServer server;
  private static Map<String, String> sources;
  private static ClassLoader loader;

  @BeforeAll
  static void start() throws IOException {
    sources = GeneratedCode.sources(new JavaEmitter().emit(new ApiModel(List.of(service()))));
    loader = GeneratedCode.compile(sources).loader();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ExistenceAndValueBodyTest::answer);
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static Service service() {
    TypeRef tags = new TypeRef.ArrayOf(string());
    Parameter name = new Parameter("name", "name", Location.PATH, string(), true, false, null, false, "The name.");
    Parameter tagsBody = new Parameter("tags", "tags", Location.BODY, tags, true, false, null, false, "Tags.");
    Parameter countBody = new Parameter("count", "count", Location.BODY, TypeRef.of(PrimitiveKind.INT32), false,
        false, null, false, "A count.");
    Parameter kindBody = new Parameter("kind", "kind", Location.BODY, named("GadgetKind"), true, false, null, false,
        "A kind.");
    Parameter pinnedVersion = new Parameter("api-version", "apiVersion", Location.QUERY, string(), true, true, "2.0",
        false, null);
    Parameter serviceVersion = new Parameter("api-version", "apiVersion", Location.QUERY, string(), true, true,
        "2024-01-01", false, null);
    Operation exists = op("Things_Exists", "exists", "HEAD", "/things/{name}", List.of(name), empty(200), empty(204), empty(404));
    Operation lroTags = new Operation("Things_PutTags", "putTags", "PUT", "/things/{name}/tags", null,
        List.of(name, tagsBody), List.of(ok(202, tags)), java.util.Optional.empty(),
        java.util.Optional.of(new Operation.LongRunning(Operation.FinalStateVia.DEFAULT)), java.util.Optional.empty(),
        List.of(), SampleArmApi.where("#/paths/tags"));
    return new Service("Values", "Microsoft.Values", "2024-01-01", "Values", null, PACKAGE, "values.json",
        List.of(), SampleArmApi.enums(), List.of(new OperationGroup("Things", null, List.of(exists, lroTags,
            op("Things_SetCount", "setCount", "POST", "/things/{name}/count", List.of(name, countBody), empty(200)),
            op("Things_SetKind", "setKind", "POST", "/things/{name}/kind", List.of(name, kindBody), empty(200)),
            op("Things_GetOld", "getOld", "GET", "/things/{name}/old", List.of(name, pinnedVersion), empty(200)),
            op("Things_GetCurrent", "getCurrent", "GET", "/things/{name}/current", List.of(name, serviceVersion),
                empty(200))))),
        List.of());
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    BODIES.put(exchange.getRequestMethod() + " " + path,
        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    // PUT starts an operation polled at .../status; GETs (the poll, then the original URI) answer the list
    String method = exchange.getRequestMethod();
    int status = method.equals("PUT") ? 202 : STATUS.getOrDefault(path, 200);
    if (method.equals("PUT")) {
      exchange.getResponseHeaders().add("Location", path + "/status");
    }
    byte[] bytes = method.equals("GET") ? "[\"a\",\"b\"]".getBytes(StandardCharsets.UTF_8) : new byte[0];
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Object client() throws Exception {
    Class<?> type = loader.loadClass(PACKAGE + ".ThingsClient");
    Object builder = type.getMethod("builder").invoke(null);
    Class<?> b = builder.getClass();
    b.getMethod("endpoint", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
    b.getMethod("pollInterval", Duration.class).invoke(builder, Duration.ofMillis(10));
    return b.getMethod("build").invoke(builder);
  }

  private static Object call(String name, Class<?>[] types, Object... args) throws Exception {
    Object client = client();
    Method method = client.getClass().getMethod(name, types);
    try {
      return method.invoke(client, args);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  @Test
  void headReturnsTrueOnSuccessAndFalseOn404() throws Exception {
    Method exists = loader.loadClass(PACKAGE + ".ThingsClient").getMethod("exists", String.class);
    assertEquals(boolean.class, exists.getReturnType());
    STATUS.put("/things/there", 204);
    STATUS.put("/things/gone", 404);
    STATUS.put("/things/broken", 500);
    assertEquals(true, call("exists", new Class<?>[] {String.class}, "there"));
    assertEquals(false, call("exists", new Class<?>[] {String.class}, "gone"));
    ManagementException e = assertThrows(ManagementException.class,
        () -> call("exists", new Class<?>[] {String.class}, "broken"));
    assertEquals(500, e.statusCode());
  }

  @Test
  void arrayBodyIsSentAsJsonAndTheLroResultIsTheOnly202Schema() throws Exception {
    LroPoller<?> poller = (LroPoller<?>) call("beginPutTags", new Class<?>[] {String.class, List.class}, "t1",
        List.of("x", "y\"z"));
    assertEquals(List.of("a", "b"), poller.waitForCompletion());
    assertEquals("[\"x\",\"y\\\"z\"]", BODIES.get("PUT /things/t1/tags"));
  }

  @Test
  void optionalNumberBodyIsSentWhenGivenAndLeftOutWhenNull() throws Exception {
    call("setCount", new Class<?>[] {String.class, Integer.class}, "n1", 7);
    call("setCount", new Class<?>[] {String.class, Integer.class}, "n2", null);
    assertEquals("7", BODIES.get("POST /things/n1/count"));
    assertEquals("", BODIES.get("POST /things/n2/count"));
  }

  @Test
  void enumBodyIsSentAsItsWireValue() throws Exception {
    Class<?> kind = loader.loadClass(PACKAGE + ".models.GadgetKind");
    Object large = kind.getMethod("fromString", String.class).invoke(null, "Large");
    call("setKind", new Class<?>[] {String.class, kind}, "k1", large);
    assertEquals("\"Large\"", BODIES.get("POST /things/k1/kind"));
    assertFalse(sources.values().stream().anyMatch(s -> s.contains("skipped")));
    assertTrue(sources.get(PACKAGE.replace('.', '/') + "/ThingsClient.java").contains(".bodyJson("));
  }

  @Test
  void anOperationPinnedToAnotherApiVersionSendsItsOwn() {
    String client = sources.get(PACKAGE.replace('.', '/') + "/ThingsClient.java");
    String old = client.substring(client.indexOf("private ArmRequest getOldRequest"));
    String current = client.substring(client.indexOf("private ArmRequest getCurrentRequest"));
    assertTrue(old.substring(0, old.indexOf("build()")).contains(".query(\"api-version\", \"2.0\")"), old);
    assertTrue(current.substring(0, current.indexOf("build()")).contains(".query(\"api-version\", this.core.apiVersion())"),
        current);
  }

  @Test
  void aMissingRequiredBodyIsRefusedBeforeSending() {
    BODIES.clear();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> call("setKind", new Class<?>[] {String.class, kindClass()}, "k2", null));
    assertEquals("Parameter kind is required and cannot be null.", e.getMessage());
    assertTrue(BODIES.isEmpty(), BODIES::toString);
  }

  private static Class<?> kindClass() throws ClassNotFoundException {
    return loader.loadClass(PACKAGE + ".models.GadgetKind");
  }
}
