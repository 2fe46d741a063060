package io.armgen.runtime.arm;

import io.armgen.runtime.auth.TokenCredential;
import io.armgen.runtime.auth.TokenRequest;
import io.armgen.runtime.http.BearerTokenPolicy;
import io.armgen.runtime.http.ForeignOrigins;
import io.armgen.runtime.http.HttpPipeline;
import io.armgen.runtime.http.HttpPolicy;
import io.armgen.runtime.http.JdkHttpTransport;
import io.armgen.runtime.http.LimitedTransport;
import io.armgen.runtime.http.LoggingPolicy;
import io.armgen.runtime.http.RequestIdPolicy;
import io.armgen.runtime.http.RetryOptions;
import io.armgen.runtime.http.RetryPolicy;
import io.armgen.runtime.http.TrustedOrigins;
import io.armgen.runtime.http.UserAgentPolicy;
import io.armgen.runtime.internal.Loopback;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The settings every generated client builder shares. Generated builders extend it:
 *
 * <pre>{@code
 * public static final class Builder extends ArmClientBuilder<Builder> {
 *   Builder() { super("2021-09-01", "ContainerRegistry"); }
 *   public PrivateEndpointConnectionsClient build() { return new PrivateEndpointConnectionsClient(buildCore()); }
 * }
 * }</pre>
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ArmClientBuilder<B extends ArmClientBuilder<B>> {
  /** Poll interval when the service sends no Retry-After. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);
  /** Overall wait of {@code waitForCompletion()}. */
  public static final Duration DEFAULT_LRO_TIMEOUT = Duration.ofHours(1);
  /** How long {@link #connectTimeout} waits for a connection unless set. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** How long {@link #responseTimeout} waits for each attempt's response unless set. */
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(120);
  /** Overall limit of one call, all attempts and backoffs included. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  /** The shortest wait between polls, whatever Retry-After says. */
  public static final Duration DEFAULT_MIN_POLL_INTERVAL = Duration.ofSeconds(1);
  /** Largest success body or list page read (64 MiB). */
  public static final long DEFAULT_MAX_RESPONSE_BODY_SIZE = JdkHttpTransport.DEFAULT_MAX_BODY_BYTES;

  private final String defaultApiVersion;
  private final String clientName;
  private TokenCredential credential;
  private String subscriptionId;
  private String endpoint;
  private AzureCloud cloud = AzureCloud.PUBLIC;
  private String apiVersion;
  private String scope;
  private Duration pollInterval;
  private Duration lroTimeout;
  private HttpClient httpClient;
  private RetryOptions retryOptions = RetryOptions.defaults();
  private final List<HttpPolicy> extraPolicies = new ArrayList<>();
  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
  private Duration timeout = DEFAULT_TIMEOUT;
  private Duration minPollInterval = DEFAULT_MIN_POLL_INTERVAL;
  private final List<String> allowedTokenOrigins = new ArrayList<>();
  private ForeignOrigins foreignOrigins = ForeignOrigins.REFUSE;
  private long maxResponseBodySize = DEFAULT_MAX_RESPONSE_BODY_SIZE;
  private int maxConcurrentRequests;
  private Executor executor;
  private System.Logger logger;
  private System.Logger.Level requestLogLevel = System.Logger.Level.DEBUG;

  /**
   * A builder with every setting at its default.
   *
   * @param defaultApiVersion the spec's api-version
   * @param clientName the service name, for the User-Agent
   */
  protected ArmClientBuilder(String defaultApiVersion, String clientName) {
    this.defaultApiVersion = defaultApiVersion;
    this.clientName = clientName;
  }

  /** {@return this builder, as its generated subclass} */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /**
   * Where bearer tokens come from. Required unless the endpoint is this machine or an added policy
   * authenticates (see {@link #buildCore}).
   *
   * @param credential the credential; null for none
   * @return this builder
   */
  public B credential(TokenCredential credential) {
    this.credential = credential;
    return self();
  }

  /**
   * The subscription used in every path that has {@code {subscriptionId}}.
   *
   * @param subscriptionId the subscription id; null for none (a call whose path needs it then fails)
   * @return this builder
   */
  public B subscriptionId(String subscriptionId) {
    this.subscriptionId = subscriptionId;
    return self();
  }

  /**
   * The ARM endpoint, as an absolute http(s) URL; trailing slashes are dropped.
   *
   * @param endpoint the endpoint; null for the cloud's (public: {@code https://management.azure.com})
   * @return this builder
   */
  public B endpoint(String endpoint) {
    this.endpoint = endpoint;
    return self();
  }

  /**
   * The scope bearer tokens are requested for, e.g. {@code https://security.microsoft.com/.default}.
   * Generated builders start with the spec's scope when it names one.
   *
   * @param scope the scope; null for the cloud's (ARM's)
   * @return this builder
   */
  public B scope(String scope) {
    this.scope = scope;
    return self();
  }

  /**
   * A sovereign cloud: endpoint, authority and token scope.
   *
   * @param cloud the cloud; null for {@link AzureCloud#PUBLIC}, the default
   * @return this builder
   */
  public B cloud(AzureCloud cloud) {
    this.cloud = cloud;
    return self();
  }

  /**
   * Overrides the spec's api-version.
   *
   * @param apiVersion the api-version to send; null for the spec's
   * @return this builder
   */
  public B apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  /**
   * The interval between polls when the service sends no Retry-After.
   *
   * @param pollInterval the interval; null for {@link #DEFAULT_POLL_INTERVAL}
   * @return this builder
   */
  public B pollInterval(Duration pollInterval) {
    this.pollInterval = pollInterval;
    return self();
  }

  /**
   * How long {@code waitForCompletion} waits in all before giving up.
   *
   * @param lroTimeout the overall wait; null for {@link #DEFAULT_LRO_TIMEOUT}
   * @return this builder
   */
  public B lroTimeout(Duration lroTimeout) {
    this.lroTimeout = lroTimeout;
    return self();
  }

  /**
   * The JDK client to send with (its connection pool is shared by every request of the core).
   * When given, {@link #connectTimeout} does not apply: set it on that client.
   *
   * @param httpClient the client; null for a new one per built core
   * @return this builder
   */
  public B httpClient(HttpClient httpClient) {
    this.httpClient = httpClient;
    return self();
  }

  /**
   * Retry limits and backoff; defaults to {@link RetryOptions#defaults()}.
   *
   * @param retryOptions the options
   * @return this builder
   * @throws NullPointerException when {@code retryOptions} is null
   */
  public B retryOptions(RetryOptions retryOptions) {
    this.retryOptions = Objects.requireNonNull(retryOptions, "retryOptions");
    return self();
  }

  /**
   * A policy run once per call, after the request id and User-Agent are set and before retries
   * and authentication (so it sees no token). Policies run in the order added.
   *
   * @param policy the policy
   * @return this builder
   * @throws NullPointerException when {@code policy} is null
   */
  public B addPolicy(HttpPolicy policy) {
    extraPolicies.add(Objects.requireNonNull(policy, "policy"));
    return self();
  }

  /**
   * How long to wait for a connection; ignored when an {@link #httpClient} is given.
   *
   * @param connectTimeout the wait; {@link #DEFAULT_CONNECT_TIMEOUT} unless set
   * @return this builder
   */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
    return self();
  }

  /**
   * How long to wait for each attempt's response, headers and body; exceeded, the attempt is
   * retried while the call's {@link #timeout} allows, else it raises {@link ResponseTimeoutException}.
   *
   * @param responseTimeout the wait; {@link #DEFAULT_RESPONSE_TIMEOUT} unless set
   * @return this builder
   */
  public B responseTimeout(Duration responseTimeout) {
    this.responseTimeout = responseTimeout;
    return self();
  }

  /**
   * The overall limit of each call, every attempt and retry backoff included;
   * {@link RequestOptions#timeout} overrides it per call. Exceeded, the call fails with
   * {@link ResponseTimeoutException} giving the time waited and the attempts made.
   *
   * @param timeout the limit; {@link #DEFAULT_TIMEOUT} unless set
   * @return this builder
   * @throws IllegalArgumentException when {@code timeout} is null, zero or negative
   */
  public B timeout(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but was " + timeout);
    }
    this.timeout = timeout;
    return self();
  }

  /**
   * The shortest wait between two polls of a long-running operation, whatever the service's
   * Retry-After says (a {@code Retry-After: 0} would otherwise make a busy loop).
   *
   * @param minPollInterval the wait; {@link #DEFAULT_MIN_POLL_INTERVAL} unless set; zero allows polling at once
   * @return this builder
   * @throws IllegalArgumentException when {@code minPollInterval} is null or negative
   */
  public B minPollInterval(Duration minPollInterval) {
    if (minPollInterval == null || minPollInterval.isNegative()) {
      throw new IllegalArgumentException("minPollInterval must not be negative but was " + minPollInterval);
    }
    this.minPollInterval = minPollInterval;
    return self();
  }

  /**
   * More origins that may receive the bearer token, besides the endpoint's and the cloud's
   * management endpoint. A poll URL or next link to any other origin is refused (see
   * {@link #foreignOrigins}). Each call adds to the origins given before.
   *
   * @param origins scheme, host and port, written as URLs such as {@code https://management.azure.com}
   * @return this builder
   * @throws NullPointerException when an origin is null
   */
  public B allowedTokenOrigins(String... origins) {
    for (String origin : origins) {
      allowedTokenOrigins.add(Objects.requireNonNull(origin, "origin"));
    }
    return self();
  }

  /**
   * What a request to an origin that may not receive the token does.
   *
   * @param foreignOrigins {@link ForeignOrigins#REFUSE} (the default) fails with
   *     {@link io.armgen.runtime.http.UntrustedOriginException} naming the host;
   *     {@link ForeignOrigins#FOLLOW_WITHOUT_TOKEN} sends without the token
   * @return this builder
   * @throws NullPointerException when {@code foreignOrigins} is null
   */
  public B foreignOrigins(ForeignOrigins foreignOrigins) {
    this.foreignOrigins = Objects.requireNonNull(foreignOrigins, "foreignOrigins");
    return self();
  }

  /**
   * The largest success body (a resource, an operation result, a list page) read into memory.
   * A larger one fails with {@link ResponseTooLargeException} without being read to the end.
   * (Error bodies are always cut at 64 KiB.)
   *
   * @param bytes the limit in bytes; {@link #DEFAULT_MAX_RESPONSE_BODY_SIZE} (64 MiB) unless set
   * @return this builder
   * @throws IllegalArgumentException when {@code bytes} is not positive
   */
  public B maxResponseBodySize(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxResponseBodySize must be positive but was " + bytes);
    }
    this.maxResponseBodySize = bytes;
    return self();
  }

  /**
   * The most HTTP requests this client has in flight at once; more wait, in order, holding no
   * thread, and still end at their deadline or cancellation. Default: one per 64 KiB of the JVM's
   * maximum heap (4,096 at 256 MiB), since each request in flight costs the JDK client about
   * 36 KB of heap over HTTP/1.1 and too many at once would run the heap out.
   *
   * @param maxConcurrentRequests the most requests in flight at once; positive
   * @return this builder
   * @throws IllegalArgumentException when it is 0 or negative
   */
  public B maxConcurrentRequests(int maxConcurrentRequests) {
    if (maxConcurrentRequests <= 0) {
      throw new IllegalArgumentException("maxConcurrentRequests must be positive but was " + maxConcurrentRequests);
    }
    this.maxConcurrentRequests = maxConcurrentRequests;
    return self();
  }

  /**
   * Runs the blocking parts of the deprecated {@code ArmClientCore.async}; async calls themselves
   * hold no thread.
   *
   * @param executor the executor; null for a shared pool of daemon threads
   * @return this builder
   */
  public B executor(Executor executor) {
    this.executor = executor;
    return self();
  }

  /**
   * Where HTTP attempts and retries are logged.
   *
   * @param logger the logger; null for {@code System.getLogger("io.armgen.runtime.http")}
   * @return this builder
   */
  public B logger(System.Logger logger) {
    this.logger = logger;
    return self();
  }

  /**
   * The level each HTTP attempt is logged at (default DEBUG, which a default logging set-up does
   * not print: failures reach the caller as exceptions). {@code requestLogLevel(Level.INFO)} shows
   * every request, response and failure on the console; so does enabling DEBUG (java.util.logging:
   * FINE) for the logger {@code io.armgen.runtime.http}.
   *
   * @param requestLogLevel the level
   * @return this builder
   * @throws NullPointerException when {@code requestLogLevel} is null
   */
  public B requestLogLevel(System.Logger.Level requestLogLevel) {
    this.requestLogLevel = Objects.requireNonNull(requestLogLevel, "requestLogLevel");
    return self();
  }

  /**
   * Builds the shared core from the settings. The pipeline is: request id, User-Agent, added
   * policies, retry, bearer token, logging, transport. The token goes to the endpoint's origin,
   * the cloud's management endpoint and {@link #allowedTokenOrigins} only.
   *
   * @return a new core; later changes to this builder do not affect it
   * @throws IllegalStateException when the endpoint is not an absolute http(s) URL, or when no
   *     credential is set, unless the endpoint is this machine (a local test server or emulator) or
   *     an added policy is trusted to authenticate
   */
  protected final ArmClientCore buildCore() {
    AzureCloud chosenCloud = cloud == null ? AzureCloud.PUBLIC : cloud;
    String base = endpoint == null ? chosenCloud.endpoint() : endpoint.trim();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    URI baseUri;
    try {
      baseUri = URI.create(base);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("endpoint is not a URL: " + base, e);
    }
    if (baseUri.getScheme() == null || baseUri.getHost() == null
        || !(baseUri.getScheme().equalsIgnoreCase("https") || baseUri.getScheme().equalsIgnoreCase("http"))) {
      throw new IllegalStateException("endpoint must be an absolute http(s) URL: " + base);
    }
    if (credential == null && extraPolicies.isEmpty() && !Loopback.isLoopback(baseUri)) {
      throw new IllegalStateException("a credential is required for " + base
          + " (only a local endpoint, or a client with a policy that authenticates, may go without)");
    }
    System.Logger log = logger == null ? System.getLogger("io.armgen.runtime.http") : logger;
    List<HttpPolicy> policies = new ArrayList<>();
    policies.add(new RequestIdPolicy());
    policies.add(new UserAgentPolicy(clientName));
    policies.addAll(extraPolicies);
    policies.add(new RetryPolicy(retryOptions, log));
    if (credential != null) {
      List<String> origins = new ArrayList<>(List.of(base, chosenCloud.endpoint()));
      origins.addAll(allowedTokenOrigins);
      policies.add(new BearerTokenPolicy(credential, TokenRequest.forScopes(scope != null ? scope : chosenCloud.scope()), Clock.systemUTC(),
          TrustedOrigins.of(origins), foreignOrigins));
    }
    policies.add(new LoggingPolicy(log, requestLogLevel));
    HttpClient client = httpClient == null ? JdkHttpTransport.newClient(connectTimeout) : httpClient;
    HttpPipeline pipeline = new HttpPipeline(policies, new LimitedTransport(new JdkHttpTransport(client, responseTimeout,
        maxResponseBodySize, JdkHttpTransport.DEFAULT_MAX_ERROR_BODY_BYTES),
        maxConcurrentRequests > 0 ? maxConcurrentRequests : LimitedTransport.defaultLimit()));
    CoreSettings settings = new CoreSettings(pollInterval == null ? DEFAULT_POLL_INTERVAL : pollInterval,
        minPollInterval, lroTimeout == null ? DEFAULT_LRO_TIMEOUT : lroTimeout, timeout,
        executor == null ? SharedExecutor.get() : executor);
    return new ArmClientCore(pipeline, base, subscriptionId, apiVersion == null ? defaultApiVersion : apiVersion, settings);
  }
}
