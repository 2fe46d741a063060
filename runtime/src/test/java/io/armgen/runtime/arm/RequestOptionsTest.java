package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Recorded;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Per-call headers from {@link RequestOptions}, as they go over the wire. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RequestOptionsTest {
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
  void perCallHeadersReplaceGeneratedAndPipelineHeaders() {
    server.on("GET", "/thing", Reply.json(200, "{}"));
    RequestOptions options = new RequestOptions()
        .header("X-Extra", "one")
        .header("x-ms-client-request-id", "caller-id")
        .header("User-Agent", "caller-agent")
        .header("If-Match", null);
    ArmRequest get = ArmRequest.builder("GET", "/thing").header("If-Match", "\"etag\"")
        .header("x-extra", "generated").options(options).expect(200).build();

    core.send(get, null);

    Recorded sent = server.requests().get(0);
    assertEquals("one", sent.header("x-extra"));
    assertEquals("caller-id", sent.header("x-ms-client-request-id"));
    assertEquals("caller-agent", sent.header("user-agent"));
    assertNull(sent.header("if-match"));
  }

  @Test
  void withoutOptionsThePipelineSetsItsOwnUserAgent() {
    server.on("GET", "/thing", Reply.json(200, "{}"));
    core.send(ArmRequest.builder("GET", "/thing").expect(200).build(), null);

    assertTrue(server.requests().get(0).header("user-agent").startsWith("armgen/"));
  }

  @Test
  void refusesAuthorizationAndHeaderInjection() {
    RequestOptions options = new RequestOptions();
    assertThrows(IllegalArgumentException.class, () -> options.header("Authorization", "Bearer x"));
    assertThrows(IllegalArgumentException.class, () -> options.header("X-A", "v\r\nX-B: injected"));
    assertThrows(IllegalArgumentException.class, () -> options.header("X A", "v"));
    assertThrows(IllegalArgumentException.class, () -> options.header("", "v"));
    // the runtime would send its own id anyway: a removal that cannot happen is refused
    assertThrows(IllegalArgumentException.class, () -> options.header("X-MS-Client-Request-Id", null));
    assertTrue(options.headers().isEmpty());
    options.header("x-ms-client-request-id", "mine");
    assertEquals("mine", options.headers().get("x-ms-client-request-id"));
  }

  @Test
  void toStringShowsNamesNotValues() {
    String text = new RequestOptions().header("x-ms-secret-ish", "s3cr3t").toString();
    assertTrue(text.contains("x-ms-secret-ish"));
    assertFalse(text.contains("s3cr3t"));
  }
}
