package io.armgen.runtime.http;

import io.armgen.runtime.auth.AccessToken;
import io.armgen.runtime.auth.AuthenticationException;
import io.armgen.runtime.auth.CredentialUnavailableException;
import io.armgen.runtime.auth.TokenCredential;
import io.armgen.runtime.auth.TokenRequest;
import io.armgen.runtime.internal.Futures;
import io.armgen.runtime.internal.Loopback;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Adds {@code Authorization: Bearer <token>}, only for requests to a trusted origin.
 *
 * <p>The token is cached and refreshed {@link #REFRESH_MARGIN} before it expires. A refresh is
 * shared: while one is in flight every caller that needs a new token waits for that same future
 * (without holding a thread), and callers whose token is still valid keep using it. The
 * credential itself is blocking, so the refresh runs on a runtime thread that lives only while a
 * refresh does.
 *
 * <p>Refuses to put a token on plain http unless the host is this machine. A request to an origin
 * outside {@link TrustedOrigins} fails with {@link UntrustedOriginException} (nothing is sent) or,
 * with {@link ForeignOrigins#FOLLOW_WITHOUT_TOKEN}, goes without the token.
 */
public final class BearerTokenPolicy implements HttpPolicy {
  /** How long before expiry a token is replaced, so it cannot expire in flight. */
  public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TokenCredential credential;
  private final TokenRequest tokenRequest;
  private final Clock clock;
  private final TrustedOrigins trusted;
  private final ForeignOrigins foreign;
  private final AtomicReference<CompletableFuture<AccessToken>> refreshing = new AtomicReference<>();
  private volatile AccessToken cached;

  /**
   * A policy that trusts every origin (for pipelines built by hand).
   *
   * @param credential where tokens come from
   * @param scopes the scopes tokens are asked for, such as {@value TokenCredential#ARM_SCOPE}
   * @throws NullPointerException if {@code credential} is null
   */
  public BearerTokenPolicy(TokenCredential credential, String... scopes) {
    this(credential, TokenRequest.forScopes(scopes), Clock.systemUTC());
  }

  /**
   * With a clock, so expiry can be tested without waiting; trusts every origin.
   *
   * @param credential where tokens come from
   * @param tokenRequest what tokens are asked for
   * @param clock decides when a cached token is due for refresh
   * @throws NullPointerException if an argument is null
   */
  public BearerTokenPolicy(TokenCredential credential, TokenRequest tokenRequest, Clock clock) {
    this(credential, tokenRequest, clock, TrustedOrigins.ANY, ForeignOrigins.REFUSE);
  }

  /**
   * A policy that sends the token to some origins only, as {@code ArmClientBuilder} builds it.
   *
   * @param credential where tokens come from
   * @param tokenRequest what tokens are asked for
   * @param clock decides when a cached token is due for refresh
   * @param trusted the origins that may receive the token
   * @param foreign what to do with a request to any other origin
   * @throws NullPointerException if an argument is null
   */
  public BearerTokenPolicy(TokenCredential credential, TokenRequest tokenRequest, Clock clock,
      TrustedOrigins trusted, ForeignOrigins foreign) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.tokenRequest = Objects.requireNonNull(tokenRequest, "tokenRequest");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.trusted = Objects.requireNonNull(trusted, "trusted");
    this.foreign = Objects.requireNonNull(foreign, "foreign");
  }

  /**
   * Adds the token and passes the request on, waiting for a refresh when one is due.
   *
   * @throws UntrustedOriginException if the origin may not receive the token and foreign origins are refused
   * @throws InsecureTransportException if the request is plain http to another machine
   * @throws io.armgen.runtime.auth.AuthenticationException if no token could be obtained
   */
  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    return HttpPolicy.processByWaiting(this, request, next);
  }

  /**
   * Adds the token and passes the request on; a refresh, when due, runs on a runtime thread and
   * the request waits for it without holding the caller's.
   *
   * @throws UntrustedOriginException if the origin may not receive the token and foreign origins are refused
   * @throws InsecureTransportException if the request is plain http to another machine
   */
  @Override
  public CompletableFuture<HttpResponse> processAsync(HttpRequest request, AsyncNext next) {
    if (!trusted.allows(request.uri())) {
      if (foreign == ForeignOrigins.FOLLOW_WITHOUT_TOKEN) {
        return next.proceed(request.withHeader("Authorization", null));
      }
      String origin = TrustedOrigins.originOf(request.uri());
      throw new UntrustedOriginException("Refusing to send " + request + " to " + request.uri().getHost()
          + ": its origin " + origin + " is not the endpoint's nor one allowed to receive the token"
          + " (allow it with allowedTokenOrigins, or follow such links without the token with"
          + " foreignOrigins(FOLLOW_WITHOUT_TOKEN)); x-ms-client-request-id: " + request.header(RequestIdPolicy.HEADER), origin);
    }
    if ("http".equalsIgnoreCase(request.uri().getScheme()) && !Loopback.isLoopback(request.uri())) {
      throw new InsecureTransportException("Refusing to send a bearer token over plain http to "
          + request.uri().getHost() + " (" + request + "); use https (plain http is allowed only for "
          + "localhost, 127.0.0.0/8 and ::1)");
    }
    return currentToken().handle((token, failure) -> {
      if (failure == null) {
        return next.proceed(request.withHeader("Authorization", "Bearer " + token.token()));
      }
      Throwable cause = Futures.unwrap(failure);
      if (cause instanceof CredentialUnavailableException e) {
        throw new CredentialUnavailableException(describe(request, e), e);
      }
      if (cause instanceof AuthenticationException e) {
        throw new AuthenticationException(describe(request, e), e);
      }
      throw Futures.unchecked(cause);
    }).thenCompose(f -> f);
  }

  private static String describe(HttpRequest request, RuntimeException e) {
    return "No token for " + request + " (x-ms-client-request-id: "
        + request.header(RequestIdPolicy.HEADER) + "): " + e.getMessage();
  }

  /** The cached token, or the shared refresh's future. */
  private CompletableFuture<AccessToken> currentToken() {
    AccessToken token = cached;
    Instant now = clock.instant();
    if (isFresh(token, now)) {
      return CompletableFuture.completedFuture(token);
    }
    // Still valid but inside the refresh margin: if someone else is refreshing, use it meanwhile.
    boolean usable = token != null && now.isBefore(token.expiresAt());
    CompletableFuture<AccessToken> inFlight = refreshing.get();
    if (inFlight != null) {
      return usable ? CompletableFuture.completedFuture(token) : inFlight;
    }
    CompletableFuture<AccessToken> mine = new CompletableFuture<>();
    if (!refreshing.compareAndSet(null, mine)) {
      CompletableFuture<AccessToken> other = refreshing.get();
      return usable || other == null ? currentToken() : other;
    }
    if (isFresh(cached, clock.instant())) {
      // refreshed between our first look and taking the refresh over
      refreshing.set(null);
      mine.complete(cached);
      return mine;
    }
    REFRESH_THREADS.execute(() -> {
      try {
        AccessToken fresh = credential.getToken(tokenRequest);
        if (fresh == null) {
          throw new AuthenticationException("the credential returned no token");
        }
        cached = fresh;
        refreshing.set(null);
        mine.complete(fresh);
      } catch (RuntimeException | Error e) {
        refreshing.set(null);
        mine.completeExceptionally(e);
      }
    });
    return mine;
  }

  private static boolean isFresh(AccessToken token, Instant now) {
    return token != null && now.isBefore(token.expiresAt().minus(REFRESH_MARGIN));
  }

  /** Credentials block (they make HTTP calls or run a CLI): refreshes run here, a thread per refresh in flight. */
  private static final ExecutorService REFRESH_THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30,
      TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
        Thread thread = new Thread(runnable, "armgen-token-refresh");
        thread.setDaemon(true);
        return thread;
      });
}
