package io.armgen.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the credential against fake {@code az} scripts written to a temp dir. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class AzureCliCredentialTest {
  private static final TokenRequest ARM = TokenRequest.forScopes(TokenCredential.ARM_SCOPE);

  @TempDir
  Path dir;

  @BeforeEach
  void unixOnly() {
    assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"), "fake az is a shell script");
  }

  private List<String> fakeAz(String body) throws IOException {
    Path script = dir.resolve("az");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
    assertTrue(script.toFile().setExecutable(true));
    return List.of(script.toString());
  }

  @Test
  void readsTheTokenAndPassesTheResource() throws IOException {
    Path args = dir.resolve("args.txt");
    List<String> az = fakeAz("echo \"$@\" > '" + args + "'\n"
        + "echo '{\"accessToken\":\"" + CredentialsTest.TOKEN + "\",\"expiresOn\":\"2030-01-01 10:00:00.000000\",\"expires_on\":1893492000,"
        + "\"tokenType\":\"Bearer\"}'");
    AccessToken token = new AzureCliCredential(az, Duration.ofSeconds(10)).getToken(ARM);
    assertEquals(CredentialsTest.TOKEN, token.token());
    assertEquals(Instant.ofEpochSecond(1_893_492_000L), token.expiresAt());
    assertEquals("account get-access-token --resource https://management.azure.com/ -o json", Files.readString(args).trim());
  }

  @Test
  void readsTheOlderLocalTimeExpiry() throws IOException {
    List<String> az = fakeAz("echo '{\"accessToken\":\"t\",\"expiresOn\":\"2030-01-01 10:00:00.000000\"}'");
    AccessToken token = new AzureCliCredential(az, Duration.ofSeconds(10)).getToken(ARM);
    assertEquals(java.time.LocalDateTime.of(2030, 1, 1, 10, 0).atZone(java.time.ZoneId.systemDefault()).toInstant(), token.expiresAt());
  }

  @Test
  void notLoggedInIsUnavailable() throws IOException {
    List<String> az = fakeAz("echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1");
    CredentialUnavailableException e = assertThrows(CredentialUnavailableException.class,
        () -> new AzureCliCredential(az, Duration.ofSeconds(10)).getToken(ARM));
    assertTrue(e.getMessage().contains("az login"), e.getMessage());
  }

  @Test
  void otherFailuresQuoteTheCliError() throws IOException {
    List<String> az = fakeAz("echo 'ERROR: subscription disabled' >&2\nexit 2");
    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> new AzureCliCredential(az, Duration.ofSeconds(10)).getToken(ARM));
    assertTrue(e.getMessage().contains("exit code 2: ERROR: subscription disabled"), e.getMessage());
  }

  @Test
  void aHangingCliIsKilledAtTheTimeout() throws IOException {
    List<String> az = fakeAz("exec sleep 30");
    long start = System.nanoTime();
    CredentialUnavailableException e = assertThrows(CredentialUnavailableException.class,
        () -> new AzureCliCredential(az, Duration.ofMillis(300)).getToken(ARM));
    assertTrue(e.getMessage().contains("did not answer within"), e.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
  }

  @Test
  void garbageOutputIsAnAuthenticationFailure() throws IOException {
    List<String> az = fakeAz("echo 'not json'");
    assertThrows(AuthenticationException.class, () -> new AzureCliCredential(az, Duration.ofSeconds(10)).getToken(ARM));
  }
}
