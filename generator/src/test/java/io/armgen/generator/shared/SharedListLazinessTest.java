package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.testing.GeneratedCode;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared {@code list(parentId)} reads pages as they are iterated, like the service's own list:
 * against a service that answers every page with a fresh next link, taking three items costs three
 * requests, not the whole (here: {@value #PAGES_BEFORE_THE_END}-page) listing. So does the shared
 * {@code listAsync(parentId)}, walked page by page.
 */
class SharedListLazinessTest {
  /** The stub ends the listing after this many pages, so an eager list finishes (and fails the test) instead of hanging. */
  private static final int PAGES_BEFORE_THE_END = 200;
  private static final String HUB = "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Alpha/hubs/h-1";
  private static final String WIDGET_PROPERTIES = "'color':{'type':'string'}";

  @TempDir
  Path tmp;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** One widget per page, and a next link no page has had before (until the end). */
  private void answer(HttpExchange exchange) throws IOException {
    int n = requests.incrementAndGet();
    String widget = "{'id':'" + HUB + "/widgets/w-" + n + "','name':'w-" + n + "','location':'westus'}";
    String next = n < PAGES_BEFORE_THE_END
        ? ",'nextLink':'http://127.0.0.1:" + server.getAddress().getPort() + "/pages/" + (n + 1) + "'"
        : "";
    byte[] body = ("{'value':[" + widget + "]" + next + "}").replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void threeItemsOfAnEndlessListingCostThreeRequests() throws Exception {
    SyntheticSpecs.write(tmp, "Alpha", WIDGET_PROPERTIES, "");
    SyntheticSpecs.write(tmp, "Beta", WIDGET_PROPERTIES, "");
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(tmp)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    Object client = client(loader.loadClass("io.armgen.generated.alpha.v2024_01_01.WidgetsClient"));

    List<String> names = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      Iterable<?> widgets = (Iterable<?>) client.getClass().getMethod("list", String.class).invoke(client, HUB);
      List<String> taken = new ArrayList<>();
      Iterator<?> it = widgets.iterator();
      while (taken.size() < 3 && it.hasNext()) {
        Object widget = it.next();
        taken.add((String) publicMethod(widget.getClass(), "name").invoke(widget));
      }
      return taken;
    });

    assertEquals(List.of("w-1", "w-2", "w-3"), names);
    assertTrue(requests.get() <= 3, requests.get() + " requests for three items");
  }

  @Test
  void theAsyncSharedListFetchesAPageOnlyWhenTheWalkReachesIt() throws Exception {
    SyntheticSpecs.write(tmp, "Alpha", WIDGET_PROPERTIES, "");
    SyntheticSpecs.write(tmp, "Beta", WIDGET_PROPERTIES, "");
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(tmp)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    Object client = client(loader.loadClass("io.armgen.generated.alpha.v2024_01_01.WidgetsClient"));

    Object pages = client.getClass().getMethod("listAsync", String.class).invoke(client, HUB);
    assertEquals(0, requests.get(), "nothing is sent before a walk starts");
    List<String> names = new ArrayList<>();
    java.util.function.Predicate<io.armgen.runtime.arm.Page<?>> threePages = page -> {
      for (Object widget : page.items()) {
        try {
          names.add((String) publicMethod(widget.getClass(), "name").invoke(widget));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return names.size() < 3;
    };
    java.util.concurrent.CompletableFuture<?> walk = (java.util.concurrent.CompletableFuture<?>) publicMethod(
        pages.getClass(), "forEachPage", java.util.function.Predicate.class).invoke(pages, threePages);
    walk.get(60, java.util.concurrent.TimeUnit.SECONDS);

    assertEquals(List.of("w-1", "w-2", "w-3"), names);
    assertEquals(3, requests.get());
  }

  /** {@code name} as the public API offers it: the class's own, or the public interface it implements. */
  private static Method publicMethod(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
    if (Modifier.isPublic(type.getModifiers())) {
      return type.getMethod(name, parameters);
    }
    for (Class<?> api : type.getInterfaces()) {
      if (Modifier.isPublic(api.getModifiers())) {
        return api.getMethod(name, parameters);
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }

  private Object client(Class<?> type) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    Class<?> b = builder.getClass();
    b.getMethod("endpoint", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
    b.getMethod("subscriptionId", String.class).invoke(builder, "sub-1");
    return b.getMethod("build").invoke(builder);
  }
}
