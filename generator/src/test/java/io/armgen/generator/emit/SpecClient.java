package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An inline Swagger spec generated, compiled and loaded inside the test that uses it (so that a
 * mutation tool attributes the generation to that test), with a loopback server on 127.0.0.1
 * that records each request and answers with the status and body set per "METHOD /path".
 */
final class SpecClient implements AutoCloseable {
  /** One request as it arrived. */
  record Arrived(String method, String uri, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /** A canned answer. */
  record Answer(int status, String contentType, String body) {
  }

  final Map<String, String> sources;
  /** The emitter's notes (what it left out or could not type, and why). */
  final List<String> notes;
  final ClassLoader loader;
  final String pkg;
  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final List<Arrived> arrived = new java.util.concurrent.CopyOnWriteArrayList<>();

  private SpecClient(Map<String, String> sources, List<String> notes, ClassLoader loader, String pkg) throws IOException {
    this.sources = sources;
    this.notes = notes;
    this.loader = loader;
    this.pkg = pkg;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  /** Generates {@code spec} (package {@code com.example}), compiles it and starts the server. */
  static SpecClient of(Path tmp, String spec, String pkg) throws IOException {
    Path file = tmp.resolve("spec.json");
    Files.writeString(file, spec, StandardCharsets.UTF_8);
    GeneratorResult result = new Generator().check(new GeneratorOptions(List.of(file), "com.example", false, List.of()));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    EmitResult emitted = new JavaEmitter().emit(result.model());
    Map<String, String> sources = GeneratedCode.sources(emitted);
    return new SpecClient(sources, emitted.notes(), GeneratedCode.compile(sources).loader(), pkg);
  }

  private final Map<String, String> responseHeaders = new ConcurrentHashMap<>();

  /** Headers (name, value pairs) added to every answer from now on. */
  void responseHeaders(String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      responseHeaders.put(pairs[i], pairs[i + 1]);
    }
  }

  void answer(String key, int status, String contentType, String body) {
    answers.put(key, new Answer(status, contentType, body));
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  Arrived last() {
    return arrived.get(arrived.size() - 1);
  }

  Class<?> type(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(pkg + "." + simpleName);
  }

  /** The source of a generated file whose path ends with {@code suffix}. */
  String source(String suffix) {
    return sources.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new AssertionError("no " + suffix + " in " + sources.keySet()));
  }

  /** The Javadoc comment right before the first occurrence of {@code declaration} in {@code source}. */
  static String javadocBefore(String source, String declaration) {
    int at = source.indexOf(declaration);
    if (at < 0) {
      throw new AssertionError("no " + declaration);
    }
    return source.substring(source.lastIndexOf("/**", at), at);
  }

  /** The builder of {@code clientName} with the endpoint of this server. */
  Object builder(String clientName) throws Exception {
    Object builder = type(clientName).getMethod("builder").invoke(null);
    builder.getClass().getMethod("endpoint", String.class).invoke(builder, endpoint());
    return builder;
  }

  /** A client built with the endpoint of this server and the given builder settings (name, value). */
  Object client(String clientName, String... settings) throws Exception {
    Object builder = builder(clientName);
    for (int i = 0; i < settings.length; i += 2) {
      builder.getClass().getMethod(settings[i], String.class).invoke(builder, settings[i + 1]);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /** Calls the only public method {@code name} of {@code target} with {@code args.length} parameters. */
  static Object call(Object target, String name, Object... args) throws Throwable {
    Method method = method(target.getClass(), name, args.length);
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  static Method method(Class<?> type, String name, int arity) {
    List<Method> found = Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " methods " + name + "/" + arity + " in " + type);
    }
    return found.get(0);
  }

  /** Simple names of the parameter types of each public method {@code name}, e.g. "[String, Thing]". */
  static List<String> signatures(Class<?> type, String name) {
    return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name))
        .map(m -> Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList().toString())
        .sorted().toList();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      arrived.add(new Arrived(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
          Map.copyOf(exchange.getRequestHeaders()), body));
      Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path, new Answer(200, null, ""));
      byte[] reply = answer.body().getBytes(StandardCharsets.UTF_8);
      if (answer.contentType() != null) {
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
      }
      responseHeaders.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      boolean none = reply.length == 0 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(answer.status(), none ? -1 : reply.length);
      if (!none) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(reply);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
