package io.armgen.runtime.auth;

import io.armgen.runtime.internal.KnownSecrets;
import io.armgen.runtime.internal.Loopback;
import io.armgen.runtime.internal.Redaction;
import io.armgen.runtime.internal.WholeResponseDeadline;
import io.armgen.runtime.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What the HTTP credentials share: one JDK client for all token requests, and reading OAuth2
 * token responses ({@code access_token} with {@code expires_in} or {@code expires_on}).
 */
final class TokenEndpoint {
  private static final int DESCRIPTION_CAP = 400;

  private TokenEndpoint() {}

  /** The client shared by every credential (token requests are rare; one pool is plenty). */
  static HttpClient client() {
    return Holder.CLIENT;
  }

  private static final class Holder {
    static final HttpClient CLIENT = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Plain http is allowed only to this machine (tests, emulators) and to link-local IMDS. */
  static void requireSafeScheme(String credential, URI uri, boolean allowLinkLocal) {
    if ("https".equalsIgnoreCase(uri.getScheme())) {
      return;
    }
    boolean linkLocal = allowLinkLocal && uri.getHost() != null && uri.getHost().startsWith("169.254.");
    if (!"http".equalsIgnoreCase(uri.getScheme()) || !(Loopback.isLoopback(uri) || linkLocal)) {
      throw new IllegalArgumentException(credential + ": token endpoint must use https (plain http only for "
          + "localhost): " + Redaction.redactUri(uri));
    }
  }

  /**
   * Sends a token request and returns the response.
   *
   * @throws CredentialUnavailableException when nothing answered (if {@code unreachableMeansUnavailable})
   * @throws AuthenticationException for other I/O failures
   */
  static HttpResponse<byte[]> send(String credential, HttpRequest request, boolean unreachableMeansUnavailable) {
    try {
      return WholeResponseDeadline.send(client(), request, request.timeout().orElse(null));
    } catch (HttpTimeoutException e) {
      String message = credential + ": no answer from " + Redaction.redactUri(request.uri()) + " within the timeout";
      throw unreachableMeansUnavailable ? new CredentialUnavailableException(message) : new AuthenticationException(message);
    } catch (IOException e) {
      String message = credential + ": could not reach " + Redaction.redactUri(request.uri()) + " ("
          + e.getClass().getSimpleName() + ")";
      throw unreachableMeansUnavailable ? new CredentialUnavailableException(message) : new AuthenticationException(message);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuthenticationException(credential + ": interrupted while waiting for a token");
    }
  }

  /** The token of a successful response; the body is never quoted, since it holds the token. */
  static AccessToken parseToken(String credential, byte[] body, Instant now) {
    Map<?, ?> map = parseObject(body);
    Object token = map == null ? null : first(map, "access_token", "accessToken");
    if (!(token instanceof String text) || text.isEmpty()) {
      throw new AuthenticationException(credential + ": the token response has no access_token");
    }
    return new AccessToken(text, expiry(credential, map, now));
  }

  /**
   * Why a token request failed: status, OAuth {@code error} and {@code error_description}, with
   * every {@code secret} scrubbed and the description capped.
   */
  static String describeFailure(int status, byte[] body, String... secrets) {
    StringBuilder out = new StringBuilder("status ").append(status);
    Map<?, ?> map = parseObject(body);
    if (map != null) {
      Object error = map.get("error");
      if (error instanceof Map<?, ?> nested) {
        error = nested.get("code");
        Object message = nested.get("message");
        if (message != null) {
          out.append(": ").append(error).append(' ').append(cap(String.valueOf(message), secrets));
          return scrub(out.toString(), secrets);
        }
      }
      if (error != null) {
        out.append(' ').append(error);
      }
      Object description = first(map, "error_description", "message");
      if (description != null) {
        out.append(": ").append(cap(String.valueOf(description), secrets));
      }
    }
    return scrub(out.toString(), secrets);
  }

  /** The resource of an ARM-style scope ({@code https://management.azure.com/.default} to {@code https://management.azure.com/}). */
  static String resourceOf(TokenRequest request) {
    if (request.scopes().isEmpty()) {
      throw new IllegalArgumentException("a token request needs a scope");
    }
    String scope = request.scopes().get(0);
    return scope.endsWith("/.default") ? scope.substring(0, scope.length() - ".default".length()) : scope;
  }

  private static Instant expiry(String credential, Map<?, ?> map, Instant now) {
    Object expiresOn = first(map, "expires_on", "expiresOn");
    if (expiresOn != null) {
      String text = String.valueOf(expiresOn).trim();
      try {
        return Instant.ofEpochSecond(Long.parseLong(text));
      } catch (NumberFormatException notEpoch) {
        try {
          return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
          // fall through to expires_in
        }
      }
    }
    Object expiresIn = map.get("expires_in");
    if (expiresIn != null) {
      try {
        return now.plusSeconds(Long.parseLong(String.valueOf(expiresIn).trim()));
      } catch (NumberFormatException e) {
        throw new AuthenticationException(credential + ": the token response has an unreadable expires_in");
      }
    }
    throw new AuthenticationException(credential + ": the token response says nothing about expiry");
  }

  private static Map<?, ?> parseObject(byte[] body) {
    try {
      return Json.parse(body, Json::readUntyped) instanceof Map<?, ?> map ? map : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Object first(Map<?, ?> map, String... names) {
    for (String name : names) {
      if (map.get(name) != null) {
        return map.get(name);
      }
    }
    return null;
  }

  /** {@code text} scrubbed of {@code secrets} and every known secret, then cut (so no prefix of a secret survives). */
  private static String cap(String text, String... secrets) {
    String cut = KnownSecrets.scrubAndCut(scrub(text, secrets), DESCRIPTION_CAP);
    return cut.length() < text.length() && cut.length() >= DESCRIPTION_CAP ? cut + "..." : cut;
  }

  private static String scrub(String text, String... secrets) {
    for (String secret : secrets) {
      text = Redaction.scrub(text, secret);
    }
    return text;
  }
}
