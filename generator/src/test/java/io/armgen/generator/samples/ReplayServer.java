package io.armgen.generator.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A loopback HTTP server (127.0.0.1, a free port) that answers like the service in one
 * {@code x-ms-examples} entry. The first request gets the example's initial response: the one
 * carrying Azure-AsyncOperation/Location headers (rewritten to this server) if any, else 200;
 * Retry-After is cut to 0 so polling takes no time. Polls of the async URL get
 * {@code {"status":"Succeeded"}}, the Location URL and a GET of the original URI the final
 * response (200 with its body, else 204), and a next link (rewritten to this server) an empty page.
 */
final class ReplayServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String ASYNC = "/replay/async";
  static final String LOCATION = "/replay/location";
  static final String NEXT = "/replay/next";

  /** A request as the server saw it; {@code path} decoded, {@code query} raw. */
  record Recorded(String method, String path, String query, String body) {}

  private final JsonNode responses;
  private final String nextLinkName;
  private final HttpServer server;
  private final List<Recorded> requests = new ArrayList<>();

  /**
   * @param responses the example's {@code responses} object
   * @param nextLinkName the paging next-link property, or null
   */
  ReplayServer(JsonNode responses, String nextLinkName) throws IOException {
    this.responses = responses;
    this.nextLinkName = nextLinkName;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** The status the first request is answered with. */
  int initialStatus() {
    TreeMap<Integer, JsonNode> byStatus = statuses();
    for (Map.Entry<Integer, JsonNode> e : byStatus.entrySet()) {
      JsonNode h = e.getValue().path("headers");
      if (h.has("Azure-AsyncOperation") || h.has("Location")) {
        return e.getKey();
      }
    }
    return byStatus.containsKey(200) ? 200 : byStatus.firstKey();
  }

  /** The body of the final 200 response, if the example has one. */
  Optional<JsonNode> finalBody() {
    return Optional.ofNullable(responses.path("200").get("body"));
  }

  private TreeMap<Integer, JsonNode> statuses() {
    TreeMap<Integer, JsonNode> byStatus = new TreeMap<>();
    responses.fields().forEachRemaining(e -> byStatus.put(Integer.parseInt(e.getKey()), e.getValue()));
    return byStatus;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String path = exchange.getRequestURI().getPath();
    boolean first;
    synchronized (this) {
      first = requests.isEmpty();
      requests.add(new Recorded(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), body));
    }
    if (path.equals(ASYNC)) {
      send(exchange, 200, Map.of(), JSON.readTree("{\"status\":\"Succeeded\"}"));
    } else if (path.equals(NEXT)) {
      send(exchange, 200, Map.of(), JSON.readTree("{\"value\":[]}"));
    } else if (first) {
      int status = initialStatus();
      JsonNode response = responses.get(String.valueOf(status));
      send(exchange, status, rewrittenHeaders(response.path("headers")), rewrittenBody(response.get("body")));
    } else {
      Optional<JsonNode> last = finalBody();
      send(exchange, last.isPresent() ? 200 : 204, Map.of(), last.map(this::rewrittenBody).orElse(null));
    }
  }

  private Map<String, String> rewrittenHeaders(JsonNode headers) {
    Map<String, String> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> h = it.next();
      String value = switch (h.getKey().toLowerCase(java.util.Locale.ROOT)) {
        case "azure-asyncoperation" -> endpoint() + ASYNC;
        case "location" -> endpoint() + LOCATION;
        case "retry-after" -> "0";
        default -> h.getValue().asText();
      };
      out.put(h.getKey(), value);
    }
    return out;
  }

  private JsonNode rewrittenBody(JsonNode body) {
    if (body == null || nextLinkName == null || !body.hasNonNull(nextLinkName)) {
      return body;
    }
    ObjectNode copy = body.deepCopy();
    copy.put(nextLinkName, endpoint() + NEXT);
    return copy;
  }

  private static void send(HttpExchange exchange, int status, Map<String, String> headers, JsonNode body)
      throws IOException {
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
    if (body != null) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
