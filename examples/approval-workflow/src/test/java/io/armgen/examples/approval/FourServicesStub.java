package io.armgen.examples.approval;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for the private endpoint connection APIs of AKS, ACR, Key Vault and Cosmos
 * DB, on 127.0.0.1 and a free port. It keeps connections in memory, answers one list of each
 * service with a 429 or a 503 first (the client must retry), pages Key Vault's list, and runs
 * ACR's and Cosmos DB's PUTs as long-running operations (201 or 202 + Azure-AsyncOperation, one
 * InProgress poll, then Succeeded).
 */
final class FourServicesStub implements AutoCloseable {
  private static final Pattern PATH = Pattern.compile(
      "/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/(Microsoft\\.[A-Za-z]+)/([A-Za-z]+)/([^/]+)"
      + "/privateEndpointConnections(?:/([^/]+))?");
  private static final Set<String> LONG_RUNNING_PUT = Set.of("Microsoft.ContainerRegistry", "Microsoft.DocumentDB");

  /** One stored connection. */
  static final class Connection {
    final String id;
    final String endpointId;
    volatile String status;
    volatile String description;
    volatile String provisioningState = "Succeeded";

    Connection(String id, String endpointId, String status, String description) {
      this.id = id;
      this.endpointId = endpointId;
      this.status = status;
      this.description = description;
    }

    String json() {
      String name = id.substring(id.lastIndexOf('/') + 1);
      return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"type\":\"privateEndpointConnections\","
          + "\"properties\":{\"privateEndpoint\":{\"id\":\"" + endpointId + "\"},"
          + "\"privateLinkServiceConnectionState\":{\"status\":\"" + status + "\",\"description\":\"" + description + "\"},"
          + "\"provisioningState\":\"" + provisioningState + "\"}}";
    }
  }

  private final HttpServer server;
  private final Map<String, Connection> connections = new LinkedHashMap<>();
  private final Map<String, Runnable> operations = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
  private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
  final AtomicInteger throttled = new AtomicInteger();
  final AtomicInteger unavailable = new AtomicInteger();
  final AtomicInteger longRunningPuts = new AtomicInteger();
  final AtomicInteger pollRequests = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final List<String> unauthorized = new ArrayList<>();

  FourServicesStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized void add(String id, String endpointId, String status, String description) {
    connections.put(id.toLowerCase(), new Connection(id, endpointId, status, description));
  }

  synchronized Connection connection(String id) {
    return connections.get(id.toLowerCase());
  }

  int pollsOf(String connectionName) {
    return polls.getOrDefault(connectionName, new AtomicInteger()).get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      respond(exchange);
    } finally {
      inFlight.decrementAndGet();
      exchange.close();
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!"Bearer loopback-test-token".equals(auth)) {
      synchronized (unauthorized) {
        unauthorized.add(exchange.getRequestURI().getPath());
      }
      send(exchange, 401, "{\"error\":{\"code\":\"AuthenticationFailed\",\"message\":\"no token\"}}");
      return;
    }
    String path = exchange.getRequestURI().getPath();
    String query = String.valueOf(exchange.getRequestURI().getQuery());
    if (path.startsWith("/operations/")) {
      poll(exchange, path.substring("/operations/".length()));
      return;
    }
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      send(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no route\"}}");
      return;
    }
    String namespace = m.group(3);
    String method = exchange.getRequestMethod();
    if (m.group(6) == null && method.equals("GET")) {
      list(exchange, path, namespace, query);
    } else if (m.group(6) != null && method.equals("GET")) {
      Connection c = connection(path);
      send(exchange, c == null ? 404 : 200, c == null ? "{\"error\":{\"code\":\"NotFound\",\"message\":\"none\"}}" : c.json());
    } else if (m.group(6) != null && method.equals("PUT")) {
      put(exchange, path, namespace);
    } else {
      send(exchange, 405, "{\"error\":{\"code\":\"MethodNotAllowed\",\"message\":\"" + method + "\"}}");
    }
  }

  private void list(HttpExchange exchange, String path, String namespace, String query) throws IOException {
    // the first list of AKS is throttled and the first of Cosmos DB finds the service busy
    if (namespace.equals("Microsoft.ContainerService") && failedOnce.add(path)) {
      throttled.incrementAndGet();
      exchange.getResponseHeaders().add("Retry-After", "0");
      send(exchange, 429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}");
      return;
    }
    if (namespace.equals("Microsoft.DocumentDB") && failedOnce.add(path)) {
      unavailable.incrementAndGet();
      send(exchange, 503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"try again\"}}");
      return;
    }
    List<Connection> items = new ArrayList<>();
    synchronized (this) {
      for (Connection c : connections.values()) {
        if (c.id.toLowerCase().startsWith(path.toLowerCase() + "/")) {
          items.add(c);
        }
      }
    }
    // Key Vault pages: one connection per page
    boolean paged = namespace.equals("Microsoft.KeyVault");
    int page = query.contains("page=") ? Integer.parseInt(query.replaceAll(".*page=(\\d+).*", "$1")) : 0;
    List<Connection> slice = paged ? items.subList(Math.min(page, items.size()), Math.min(page + 1, items.size())) : items;
    StringBuilder body = new StringBuilder("{\"value\":[");
    for (int i = 0; i < slice.size(); i++) {
      body.append(i == 0 ? "" : ",").append(slice.get(i).json());
    }
    body.append("]");
    if (paged && page + 1 < items.size()) {
      body.append(",\"nextLink\":\"").append(endpoint()).append(path).append("?page=").append(page + 1).append("\"");
    }
    send(exchange, 200, body.append("}").toString());
  }

  private void put(HttpExchange exchange, String path, String namespace) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Connection c = connection(path);
    if (c == null) {
      send(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"none\"}}");
      return;
    }
    String status = field(body, "status");
    String description = field(body, "description");
    Runnable apply = () -> {
      c.status = status;
      c.description = description;
      c.provisioningState = "Succeeded";
    };
    if (!LONG_RUNNING_PUT.contains(namespace)) {
      apply.run();
      send(exchange, 200, c.json());
      return;
    }
    longRunningPuts.incrementAndGet();
    String name = path.substring(path.lastIndexOf('/') + 1);
    c.provisioningState = "Updating";
    operations.put(name, apply);
    exchange.getResponseHeaders().add("Azure-AsyncOperation", endpoint() + "/operations/" + name);
    exchange.getResponseHeaders().add("Retry-After", "0");
    // as their specs declare: ACR answers 201 Created, Cosmos DB 202 Accepted
    send(exchange, namespace.equals("Microsoft.DocumentDB") ? 202 : 201, c.json());
  }

  /** The first poll of an operation says InProgress; the second applies the change and says Succeeded. */
  private void poll(HttpExchange exchange, String name) throws IOException {
    pollRequests.incrementAndGet();
    int n = polls.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
    Runnable apply = operations.get(name);
    if (apply == null) {
      send(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no operation\"}}");
      return;
    }
    if (n == 1) {
      exchange.getResponseHeaders().add("Retry-After", "0");
      send(exchange, 200, "{\"status\":\"InProgress\"}");
      return;
    }
    apply.run();
    send(exchange, 200, "{\"status\":\"Succeeded\"}");
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
