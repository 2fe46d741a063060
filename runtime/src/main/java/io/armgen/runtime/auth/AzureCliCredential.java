package io.armgen.runtime.auth;

import io.armgen.runtime.internal.KnownSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The signed-in Azure CLI user: runs {@code az account get-access-token --resource <resource> -o json}
 * and reads {@code accessToken} and {@code expires_on} (or the older local-time {@code expiresOn}).
 * The command is configurable (a fake script in tests). Unavailable when the CLI is missing or
 * not logged in.
 */
public final class AzureCliCredential implements TokenCredential {
  private static final String NAME = "AzureCliCredential";
  private static final int STDERR_CAP = 400;
  private static final DateTimeFormatter CLI_LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

  private final List<String> command;
  private final Duration timeout;

  /** Runs {@code az} from the PATH ({@code cmd.exe /c az} on Windows), killed after 30 seconds. */
  public AzureCliCredential() {
    this(defaultCommand(), Duration.ofSeconds(30));
  }

  /**
   * Runs a given command instead of {@code az}.
   *
   * @param command the program and leading arguments; {@code account get-access-token --resource <r> -o json} is appended
   * @param timeout how long the command may run before it is killed
   * @throws IllegalArgumentException if {@code command} is null or empty
   * @throws NullPointerException if {@code timeout} is null
   */
  public AzureCliCredential(List<String> command, Duration timeout) {
    if (command == null || command.isEmpty()) {
      throw new IllegalArgumentException(NAME + ": command is required");
    }
    this.command = List.copyOf(command);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Runs the command and waits for it, blocking the calling thread up to the timeout. The
   * request's first scope names the resource; its tenant, when set, is passed as {@code --tenant}.
   *
   * @throws CredentialUnavailableException if the CLI is not installed, not logged in or does not
   *     answer within the timeout
   * @throws AuthenticationException if the CLI fails otherwise or prints no usable token
   */
  @Override
  public AccessToken getToken(TokenRequest request) {
    List<String> argv = new ArrayList<>(command);
    argv.addAll(List.of("account", "get-access-token", "--resource", TokenEndpoint.resourceOf(request), "-o", "json"));
    if (request.tenantId() != null) {
      argv.addAll(List.of("--tenant", request.tenantId()));
    }
    Process process;
    try {
      process = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    } catch (IOException e) {
      throw new CredentialUnavailableException(NAME + ": Azure CLI not found (" + command.get(0) + ")");
    }
    try {
      process.getOutputStream().close();
      // The CLI prints a few hundred bytes, far below a pipe's buffer, so waiting before reading cannot block it.
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new CredentialUnavailableException(NAME + ": the Azure CLI did not answer within " + timeout);
      }
      byte[] out = readAll(process.getInputStream());
      String err = new String(readAll(process.getErrorStream()), StandardCharsets.UTF_8).trim();
      if (process.exitValue() != 0) {
        throw failure(process.exitValue(), err);
      }
      return parse(out);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AuthenticationException(NAME + ": interrupted while waiting for the Azure CLI");
    } catch (IOException e) {
      throw new AuthenticationException(NAME + ": could not read the Azure CLI's output", e);
    }
  }

  @Override
  public String toString() {
    return NAME + "{command=" + command + ", timeout=" + timeout + "}";
  }

  private static AuthenticationException failure(int exitCode, String stderr) {
    String lower = stderr.toLowerCase(Locale.ROOT);
    if (lower.contains("az login") || lower.contains("not logged in")) {
      return new CredentialUnavailableException(NAME + ": not logged in; run 'az login'");
    }
    if (exitCode == 127 || lower.contains("not recognized") || lower.contains("not found")) {
      return new CredentialUnavailableException(NAME + ": Azure CLI not installed");
    }
    // stderr is the CLI's own diagnostics, which may quote a token: scrubbed before it is cut
    String cut = KnownSecrets.scrubAndCut(stderr, STDERR_CAP);
    String shown = cut.length() >= STDERR_CAP && cut.length() < stderr.length() ? cut + "..." : cut;
    return new AuthenticationException(NAME + ": the Azure CLI failed with exit code " + exitCode + ": " + shown);
  }

  private static AccessToken parse(byte[] out) {
    Map<?, ?> map;
    try {
      map = io.armgen.runtime.json.Json.parse(out, io.armgen.runtime.json.Json::readUntyped) instanceof Map<?, ?> m ? m : null;
    } catch (IOException | RuntimeException e) {
      map = null;
    }
    if (map == null || !(map.get("accessToken") instanceof String token) || token.isEmpty()) {
      throw new AuthenticationException(NAME + ": the Azure CLI's output has no accessToken");
    }
    if (map.get("expires_on") != null) {
      try {
        return new AccessToken(token, Instant.ofEpochSecond(Long.parseLong(String.valueOf(map.get("expires_on")).trim())));
      } catch (NumberFormatException e) {
        // older CLIs: fall back to expiresOn
      }
    }
    if (map.get("expiresOn") instanceof String local) {
      try {
        // Older CLIs print local time without a zone.
        return new AccessToken(token, LocalDateTime.parse(local.trim(), CLI_LOCAL_TIME).atZone(ZoneId.systemDefault()).toInstant());
      } catch (DateTimeParseException e) {
        throw new AuthenticationException(NAME + ": unreadable expiresOn in the Azure CLI's output");
      }
    }
    throw new AuthenticationException(NAME + ": the Azure CLI's output says nothing about expiry");
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static List<String> defaultCommand() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return windows ? List.of("cmd.exe", "/c", "az") : List.of("az");
  }
}
