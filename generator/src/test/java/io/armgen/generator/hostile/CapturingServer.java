package io.armgen.generator.hostile;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** A loopback server that answers {@code {}} to everything and keeps the last request, for checking what a generated client sent. */
final class CapturingServer implements AutoCloseable {
  /** One request as it arrived: raw path and query, body as text. */
  record Seen(String method, String rawPath, String rawQuery, String body) {
    /** The query decoded into name -> value. */
    Map<String, String> query() {
      Map<String, String> decoded = new LinkedHashMap<>();
      for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        decoded.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      return decoded;
    }
  }

  private final HttpServer server;
  private final AtomicReference<Seen> last = new AtomicReference<>();

  CapturingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      last.set(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  Seen last() {
    return last.get();
  }

  /** A client of {@code clientClass} (a generated one) for this server and subscription {@code sub-1}. */
  Object client(Class<?> clientClass) throws ReflectiveOperationException {
    Object builder = clientClass.getMethod("builder").invoke(null);
    builder.getClass().getMethod("endpoint", String.class).invoke(builder, url());
    builder.getClass().getMethod("subscriptionId", String.class).invoke(builder, "sub-1");
    return builder.getClass().getMethod("build").invoke(builder);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
