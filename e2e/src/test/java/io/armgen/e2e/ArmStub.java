package io.armgen.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.armgen.runtime.auth.ClientSecretCredential;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Azure Resource Manager on 127.0.0.1 for one service: a token endpoint
 * (client-credentials grant) and the private endpoint connections of one parent resource. Like
 * ARM's front door it refuses, with an ARM error, any request without the issued bearer token,
 * without {@code x-ms-client-request-id}, with another api-version than the spec's, a PUT without
 * a JSON Content-Type, or a PUT body carrying read-only properties; such refusals are also kept in
 * {@link #refusals()} so a test can prove none happened. Every request is traced.
 */
final class ArmStub implements AutoCloseable {
  static final String SUBSCRIPTION = "00000000-0000-0000-0000-0000000000e2";
  static final String RESOURCE_GROUP = "rg-e2e";
  // valid for every service's parent-name pattern (ContainerRegistry allows letters and digits only)
  static final String PARENT = "parente2e";
  static final String TENANT = "tenant-e2e";
  static final String CLIENT_ID = "client-e2e";
  static final String CLIENT_SECRET = "secret-e2e-7f3a";
  private static final String ARM_SCOPE = "https://management.azure.com/.default";

  private final ServiceShape shape;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "arm-stub");
    thread.setDaemon(true);
    return thread;
  });
  private final ConnectionProvider provider;
  private final Pattern connectionPath;
  private final Pattern operationPath;
  private final Pattern anyParentPath;
  private final String issuedToken = "token-" + UUID.randomUUID();
  private final List<String> trace = new ArrayList<>();
  private final List<String> refusals = new ArrayList<>();
  private final List<Map<String, String>> headersSeen = new ArrayList<>();

  private ArmStub(ServiceShape shape) throws IOException {
    this.shape = shape;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    String parentId = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + RESOURCE_GROUP + "/providers/"
        + shape.parentType() + "/" + PARENT;
    provider = new ConnectionProvider(shape, SUBSCRIPTION, parentId, endpoint());
    connectionPath = Pattern.compile(Pattern.quote(parentId + "/privateEndpointConnections") + "(?:/([^/]+))?");
    anyParentPath = Pattern.compile(Pattern.quote("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + RESOURCE_GROUP
        + "/providers/" + shape.parentType() + "/") + "[^/]+(/.*)?");
    operationPath = Pattern.compile(Pattern.quote(provider.operationsPath()) + "/(operationStatuses|operationResults)/([^/]+)");
  }

  /** A started stub for {@code shape} with one pending connection named {@code pending}. */
  static ArmStub start(ServiceShape shape, String pending) throws IOException {
    ArmStub stub = new ArmStub(shape);
    stub.provider.addPending(pending);
    stub.server.start();
    return stub;
  }

  /** {@code http://127.0.0.1:<port>}: the ARM endpoint and the token authority. */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A client-secret credential that gets its token from this stub. */
  ClientSecretCredential credential() {
    return new ClientSecretCredential(TENANT, CLIENT_ID, CLIENT_SECRET, endpoint());
  }

  /** Each request as {@code METHOD kind}: token, list, connection, operationStatuses, operationResults. */
  synchronized List<String> trace() {
    return List.copyOf(trace);
  }

  /** Requests refused by the front-door checks, with the reason. */
  synchronized List<String> refusals() {
    return List.copyOf(refusals);
  }

  /** The headers (lower-case names) of every request after the token request. */
  synchronized List<Map<String, String>> headersSeen() {
    return List.copyOf(headersSeen);
  }

  /** The current state of connection {@code name} as the service holds it, or null. */
  synchronized JsonNode connection(String name) {
    return provider.connection(name);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> query = parseForm(exchange.getRequestURI().getRawQuery());
      Map<String, String> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
      byte[] body = exchange.getRequestBody().readAllBytes();
      StubReply reply;
      if (method.equals("POST") && path.equals("/" + TENANT + "/oauth2/v2.0/token")) {
        trace.add("POST token");
        reply = token(parseForm(new String(body, StandardCharsets.UTF_8)));
      } else {
        headersSeen.add(headers);
        reply = frontDoor(method, path, query, headers, body);
      }
      send(exchange, reply);
    }
  }

  private StubReply token(Map<String, String> form) {
    boolean valid = "client_credentials".equals(form.get("grant_type")) && CLIENT_ID.equals(form.get("client_id"))
        && CLIENT_SECRET.equals(form.get("client_secret")) && ARM_SCOPE.equals(form.get("scope"));
    if (!valid) {
      refusals.add("token request " + form.keySet());
      return StubReply.of(401, StubReply.JSON.createObjectNode().put("error", "invalid_client")
          .put("error_description", "AADSTS7000215: Invalid client secret provided."));
    }
    return StubReply.of(200, StubReply.JSON.createObjectNode().put("token_type", "Bearer")
        .put("access_token", issuedToken).put("expires_in", 3600));
  }

  private StubReply frontDoor(String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body) {
    Matcher connection = connectionPath.matcher(path);
    Matcher operation = operationPath.matcher(path);
    String kind = connection.matches() ? (connection.group(1) == null ? "list" : "connection")
        : operation.matches() ? operation.group(1)
        : anyParentPath.matcher(path).matches() ? "other parent" : "unknown";
    trace.add(method + " " + kind);
    StubReply refused = check(method, query, headers, body);
    if (refused != null) {
      refusals.add(method + " " + path + ": " + refused.body());
      return refused;
    }
    if (kind.equals("list") && method.equals("GET")) {
      return provider.list();
    }
    if (kind.equals("connection")) {
      String name = URLDecoder.decode(connection.group(1), StandardCharsets.UTF_8);
      switch (method) {
        case "GET":
          return provider.get(name);
        case "PUT":
          return provider.put(name, readJson(body), headers.get("if-match"));
        case "DELETE":
          return provider.delete(name, headers.get("if-match"));
        default:
          break;
      }
    }
    if (operation.matches() && method.equals("GET")) {
      return provider.poll(operation.group(1), operation.group(2));
    }
    if (kind.equals("other parent")) {
      return StubReply.error(404, "ParentResourceNotFound", "Can not perform requested operation on nested resource. Parent resource '"
          + path.split("/")[8] + "' not found.");
    }
    return StubReply.error(404, "InvalidResourceType", "No route for " + method + " " + path);
  }

  /** What ARM checks before a request reaches the resource provider; null when all is well. */
  private StubReply check(String method, Map<String, String> query, Map<String, String> headers, byte[] body) {
    if (!("Bearer " + issuedToken).equals(headers.get("authorization"))) {
      return StubReply.error(401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing or invalid.");
    }
    String requestId = headers.get("x-ms-client-request-id");
    if (requestId == null || requestId.isBlank()) {
      return StubReply.error(400, "MissingClientRequestId", "The request has no x-ms-client-request-id header.");
    }
    String apiVersion = query.get("api-version");
    if (apiVersion == null) {
      return StubReply.error(400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required.");
    }
    if (!apiVersion.equals(shape.apiVersion())) {
      return StubReply.error(400, "NoRegisteredProviderFound", "No registered resource provider found for API version '"
          + apiVersion + "'. The supported api-versions are '" + shape.apiVersion() + "'.");
    }
    if (method.equals("PUT")) {
      String contentType = headers.getOrDefault("content-type", "");
      if (!contentType.startsWith("application/json")) {
        return StubReply.error(415, "UnsupportedMediaType", "The content media type '" + contentType + "' is not supported.");
      }
      JsonNode json = readJson(body);
      if (json == null || !json.isObject()) {
        return StubReply.error(400, "InvalidRequestContent", "The request content is not a JSON object.");
      }
      for (String pointer : shape.readOnly()) {
        if (!json.at(pointer).isMissingNode()) {
          return StubReply.error(400, "InvalidRequestContent", "The property '" + pointer + "' is read-only and cannot be sent.");
        }
      }
      if (json.at("/properties/privateLinkServiceConnectionState/status").asText("").isEmpty()) {
        return StubReply.error(400, "InvalidRequestContent", "properties.privateLinkServiceConnectionState.status is required.");
      }
    }
    return null;
  }

  private static JsonNode readJson(byte[] body) {
    try {
      return body.length == 0 ? null : StubReply.JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static Map<String, String> parseForm(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      values.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return values;
  }

  private static void send(HttpExchange exchange, StubReply reply) throws IOException {
    exchange.getResponseHeaders().add("x-ms-request-id", UUID.randomUUID().toString());
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    if (reply.body() == null) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    byte[] bytes = StubReply.JSON.writeValueAsBytes(reply.body());
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
