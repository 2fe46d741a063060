package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Recorded;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bodies that are not models ({@link ArmRequest.Builder#bodyJson}): strings, numbers, arrays. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JsonBodyRequestTest {
  private LocalServer server;
  private ArmClientCore core;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    core = TestClients.forEndpoint(server.url()).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void arrayBodyIsWrittenAsJsonWithContentType() {
    server.on("PUT", "/values", Reply.json(200, "{}"));
    ArmRequest put = ArmRequest.builder("PUT", "/values")
        .bodyJson((g, mode) -> {
          g.writeStartArray();
          g.writeString("a\"b");
          g.writeNumber(2);
          g.writeEndArray();
        })
        .expect(200).build();

    core.send(put, null);

    Recorded sent = server.requests().get(0);
    assertEquals("[\"a\\\"b\",2]", sent.body());
    assertEquals("application/json", sent.header("content-type"));
  }

  @Test
  void nullJsonBodySendsNoBodyAndNoContentType() {
    server.on("POST", "/values", Reply.json(200, "{}"));
    core.send(ArmRequest.builder("POST", "/values").bodyJson(null).expect(200).build(), null);

    Recorded sent = server.requests().get(0);
    assertEquals("", sent.body());
    assertNull(sent.header("content-type"));
  }

  @Test
  void theLastBodySetWins() {
    ArmRequest modelLast = ArmRequest.builder("PUT", "/x").bodyJson((g, mode) -> g.writeNumber(1))
        .body(new TestResource().withDisplayName("d")).build();
    ArmRequest jsonLast = ArmRequest.builder("PUT", "/x").body(new TestResource().withDisplayName("d"))
        .bodyJson((g, mode) -> g.writeNumber(1)).build();

    assertNull(modelLast.jsonBody());
    assertNull(jsonLast.body());
  }
}
