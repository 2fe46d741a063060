package it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient;
import io.armgen.generated.containerregistry.v2021_09_01.models.ConnectionStatus;
import io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnection;
import io.armgen.runtime.auth.AccessToken;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published ContainerRegistry client against a stub of ARM on 127.0.0.1. */
class ContainerRegistryClientTest {
  private static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000001";
  private static final String CONNECTION_PATH = "/subscriptions/" + SUBSCRIPTION
      + "/resourceGroups/rg1/providers/Microsoft.ContainerRegistry/registries/registry1/privateEndpointConnections/pec1";
  private static final String BODY = "{\"id\": \"" + CONNECTION_PATH + "\", \"name\": \"pec1\","
      + " \"type\": \"Microsoft.ContainerRegistry/registries/privateEndpointConnections\","
      + " \"properties\": {\"provisioningState\": \"Succeeded\","
      + " \"privateEndpoint\": {\"id\": \"/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg1/providers/Microsoft.Network/privateEndpoints/pe1\"},"
      + " \"privateLinkServiceConnectionState\": {\"status\": \"Approved\", \"description\": \"Auto-Approved\", \"actionsRequired\": \"None\"}}}";

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @BeforeEach
  void startStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " auth="
          + exchange.getRequestHeaders().getFirst("Authorization"));
      boolean known = exchange.getRequestURI().getPath().equals(CONNECTION_PATH);
      byte[] body = (known ? BODY : "{\"error\": {\"code\": \"NotFound\", \"message\": \"no such thing\"}}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(known ? 200 : 404, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopStub() {
    server.stop(0);
  }

  @Test
  void getParsesTheConnection() {
    PrivateEndpointConnectionsClient client = PrivateEndpointConnectionsClient.builder()
        .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
        .credential(request -> new AccessToken("t", Instant.now().plusSeconds(3600)))
        .subscriptionId(SUBSCRIPTION)
        .build();

    PrivateEndpointConnection connection = client.get("rg1", "registry1", "pec1");

    assertEquals("pec1", connection.name());
    assertEquals(CONNECTION_PATH, connection.id());
    assertEquals(ConnectionStatus.APPROVED, connection.privateLinkServiceConnectionState().status());
    assertEquals("Auto-Approved", connection.privateLinkServiceConnectionState().description());
    assertEquals(List.of("GET " + CONNECTION_PATH + "?api-version=2021-09-01 auth=Bearer t"), requests);
  }
}
