package io.armgen.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A scripted HTTP server on 127.0.0.1 for tests: routes are method + path (query ignored); each
 * route answers from a queue of replies (the last one repeats) or a function. Every request is
 * recorded.
 */
public final class LocalServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Function<Recorded, Reply>> routes = new ConcurrentHashMap<>();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();

  private final String host;

  /** A server on 127.0.0.1. */
  public LocalServer() throws IOException {
    this("127.0.0.1");
  }

  /** A server on the loopback address {@code host} (127.0.0.2 plays "another host"). */
  public LocalServer(String host) throws IOException {
    this.host = host;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "local-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://<host>:<port>} */
  public String url() {
    return "http://" + host + ":" + server.getAddress().getPort();
  }

  /** Replies in order; the last repeats. */
  public LocalServer on(String method, String path, Reply... replies) {
    Deque<Reply> queue = new ArrayDeque<>(List.of(replies));
    return on(method, path, request -> {
      synchronized (queue) {
        return queue.size() > 1 ? queue.poll() : queue.peek();
      }
    });
  }

  public LocalServer on(String method, String path, Function<Recorded, Reply> responder) {
    routes.put(method + " " + path, responder);
    return this;
  }

  public List<Recorded> requests() {
    return new ArrayList<>(requests);
  }

  public long count(String method, String path) {
    return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
  }

  /**
   * The count of {@code method path} requests once it reaches {@code expected}, or the count
   * after {@code within} if it never does: a request the client sent is counted when the server's
   * thread gets to it, which on a loaded machine can be after the client gave up on it.
   */
  public long countReaching(String method, String path, long expected, java.time.Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    long count = count(method, path);
    while (count < expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
      count = count(method, path);
    }
    return count;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> headers = new ConcurrentHashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Recorded recorded = new Recorded(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers, body);
      requests.add(recorded);
      Function<Recorded, Reply> route = routes.get(recorded.method() + " " + path);
      Reply reply = route == null
          ? Reply.json(404, "{\"error\":{\"code\":\"NoRoute\",\"message\":\"no route for " + path + "\"}}")
          : route.apply(recorded);
      if (reply.delayMillis() > 0) {
        try {
          Thread.sleep(reply.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      boolean noBody = bytes.length == 0 || reply.status() == 204 || recorded.method().equals("HEAD");
      exchange.sendResponseHeaders(reply.status(), noBody ? -1 : bytes.length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away (timeouts in tests): nothing to do
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  /** One request as received. */
  public record Recorded(String method, String path, String query, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** One scripted answer. */
  public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body, 0);
    }

    public static Reply status(int status) {
      return new Reply(status, Map.of(), "", 0);
    }

    public Reply header(String name, String value) {
      Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Reply(status, copy, body, delayMillis);
    }

    public Reply delayed(long millis) {
      return new Reply(status, headers, body, millis);
    }
  }
}
