package io.armgen.runtime.arm;

import io.armgen.runtime.auth.TokenCredential;
import java.time.Duration;

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
  // The runtime issue fills in the remaining settings (retry options, policies, timeouts, http client).
  private final String defaultApiVersion;
  private final String clientName;
  private TokenCredential credential;
  private String subscriptionId;
  private String endpoint;
  private AzureCloud cloud = AzureCloud.PUBLIC;
  private String apiVersion;
  private Duration pollInterval;
  private Duration lroTimeout;

  /**
   * @param defaultApiVersion the spec's api-version
   * @param clientName the service name, for the User-Agent
   */
  protected ArmClientBuilder(String defaultApiVersion, String clientName) {
    this.defaultApiVersion = defaultApiVersion;
    this.clientName = clientName;
  }

  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /** Where bearer tokens come from. Required unless a custom pipeline authenticates. */
  public B credential(TokenCredential credential) {
    this.credential = credential;
    return self();
  }

  /** The subscription used in every path that has {@code {subscriptionId}}. */
  public B subscriptionId(String subscriptionId) {
    this.subscriptionId = subscriptionId;
    return self();
  }

  /** The ARM endpoint; defaults to the cloud's (public: {@code https://management.azure.com}). */
  public B endpoint(String endpoint) {
    this.endpoint = endpoint;
    return self();
  }

  /** A sovereign cloud: endpoint, authority and token scope. */
  public B cloud(AzureCloud cloud) {
    this.cloud = cloud;
    return self();
  }

  /** Overrides the spec's api-version. */
  public B apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  /** Default interval between polls when the service sends no Retry-After. */
  public B pollInterval(Duration pollInterval) {
    this.pollInterval = pollInterval;
    return self();
  }

  /** How long {@code waitForCompletion} waits in all before giving up. */
  public B lroTimeout(Duration lroTimeout) {
    this.lroTimeout = lroTimeout;
    return self();
  }

  /** Builds the shared core from the settings. */
  protected final ArmClientCore buildCore() {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
