package io.armgen.runtime.http;

import io.armgen.runtime.auth.AccessToken;
import io.armgen.runtime.auth.AuthenticationException;
import io.armgen.runtime.auth.CredentialUnavailableException;
import io.armgen.runtime.auth.TokenCredential;
import io.armgen.runtime.auth.TokenRequest;
import io.armgen.runtime.internal.Loopback;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Adds {@code Authorization: Bearer <token>}. The token is cached and refreshed
 * {@link #REFRESH_MARGIN} before it expires; when many threads need a new token at once only one
 * asks the credential (the others wait for it, or keep using the old token while it is still
 * valid). Refuses to put a token on plain http unless the host is this machine.
 */
public final class BearerTokenPolicy implements HttpPolicy {
  /** How long before expiry a token is replaced, so it cannot expire in flight. */
  public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TokenCredential credential;
  private final TokenRequest tokenRequest;
  private final Clock clock;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile AccessToken cached;

  public BearerTokenPolicy(TokenCredential credential, String... scopes) {
    this(credential, TokenRequest.forScopes(scopes), Clock.systemUTC());
  }

  /** With a clock, so expiry can be tested without waiting. */
  public BearerTokenPolicy(TokenCredential credential, TokenRequest tokenRequest, Clock clock) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.tokenRequest = Objects.requireNonNull(tokenRequest, "tokenRequest");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    if ("http".equalsIgnoreCase(request.uri().getScheme()) && !Loopback.isLoopback(request.uri())) {
      throw new InsecureTransportException("Refusing to send a bearer token over plain http to "
          + request.uri().getHost() + " (" + request + "); use https (plain http is allowed only for "
          + "localhost, 127.0.0.0/8 and ::1)");
    }
    AccessToken token;
    try {
      token = currentToken();
    } catch (CredentialUnavailableException e) {
      throw new CredentialUnavailableException(describe(request, e), e);
    } catch (AuthenticationException e) {
      throw new AuthenticationException(describe(request, e), e);
    }
    return next.proceed(request.withHeader("Authorization", "Bearer " + token.token()));
  }

  private static String describe(HttpRequest request, RuntimeException e) {
    return "No token for " + request + " (x-ms-client-request-id: "
        + request.header(RequestIdPolicy.HEADER) + "): " + e.getMessage();
  }

  private AccessToken currentToken() {
    AccessToken token = cached;
    Instant now = clock.instant();
    if (isFresh(token, now)) {
      return token;
    }
    // Still valid but inside the refresh margin: if someone else is refreshing, use it meanwhile.
    boolean usable = token != null && now.isBefore(token.expiresAt());
    if (usable && !refreshLock.tryLock()) {
      return token;
    }
    if (!usable) {
      refreshLock.lock();
    }
    try {
      token = cached;
      if (isFresh(token, clock.instant())) {
        return token;
      }
      AccessToken fresh = credential.getToken(tokenRequest);
      if (fresh == null) {
        throw new AuthenticationException("the credential returned no token");
      }
      cached = fresh;
      return fresh;
    } finally {
      refreshLock.unlock();
    }
  }

  private static boolean isFresh(AccessToken token, Instant now) {
    return token != null && now.isBefore(token.expiresAt().minus(REFRESH_MARGIN));
  }
}
