package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.AuthenticationException;
import io.armgen.runtime.auth.ClientSecretCredential;
import io.armgen.runtime.auth.TokenCredential;
import io.armgen.runtime.auth.TokenRequest;
import io.armgen.runtime.http.RetryOptions;
import io.armgen.runtime.testing.RawSocketServer;
import io.armgen.runtime.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server that sends the status line and headers at once and then stalls in the middle of the
 * body. The JDK's per-request timeout stops counting once the headers are in, so without a
 * deadline on the whole response these calls would wait as long as the server holds the socket.
 * (WireMock cannot stage this: its Jetty holds the head back until the body flows.)
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class StalledBodyTest {
  private static final RawSocketServer.Behaviour HEAD_THEN_STALL = (socket, out) -> {
    RawSocketServer.writeHead(out, 200, 200);
    out.write("{\"access_token\":\"partial".getBytes(StandardCharsets.UTF_8));
    out.flush();
    Thread.sleep(15_000);
  };

  @Test
  void armCallWithAStalledBodyIsAResponseTimeout() throws Exception {
    try (RawSocketServer raw = new RawSocketServer(HEAD_THEN_STALL)) {
      ArmClientCore core = TestClients.forEndpoint(raw.url()).responseTimeout(Duration.ofMillis(300))
          .retryOptions(RetryOptions.none()).build();

      long start = System.nanoTime();
      ResponseTimeoutException e = assertThrows(ResponseTimeoutException.class, () -> core.send(
          ArmRequest.builder("GET", "/subscriptions/sub1").query("api-version", TestClients.API_VERSION).build(), null));

      assertTrue(millisSince(start) < 5_000, "gave up near the 300 ms timeout, took " + millisSince(start) + " ms");
      assertTrue(e.getMessage().contains("x-ms-client-request-id: " + e.clientRequestId()), e.getMessage());
    }
  }

  @Test
  void tokenEndpointWithAStalledBodyIsAnAuthenticationFailure() throws Exception {
    try (RawSocketServer raw = new RawSocketServer(HEAD_THEN_STALL)) {
      ClientSecretCredential credential = new ClientSecretCredential("t1", "c1", "STALL-SECRET", raw.url(), Duration.ofMillis(300));

      long start = System.nanoTime();
      AuthenticationException e = assertThrows(AuthenticationException.class,
          () -> credential.getToken(TokenRequest.forScopes(TokenCredential.ARM_SCOPE)));

      assertTrue(millisSince(start) < 5_000, "gave up near the 300 ms timeout, took " + millisSince(start) + " ms");
      assertTrue(e.getMessage().contains("within the timeout"), e.getMessage());
      assertFalse(e.getMessage().contains("STALL-SECRET"));
    }
  }

  private static long millisSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
  }
}
