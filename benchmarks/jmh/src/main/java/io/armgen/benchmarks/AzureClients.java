package io.armgen.benchmarks;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.HttpLogOptions;
import com.azure.core.http.policy.HttpLoggingPolicy;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.serializer.SerializerFactory;
import com.azure.resourcemanager.containerregistry.fluent.PrivateEndpointConnectionsClient;
import com.azure.resourcemanager.containerregistry.implementation.ContainerRegistryManagementClientBuilder;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * The Azure SDK side of the runtime benchmarks: the fluent container registry client
 * (azure-resourcemanager-containerregistry) over azure-core and its JDK HttpClient stack, with the
 * same static bearer token as {@link ArmgenClients}.
 *
 * <p>The SDK's own {@code BearerTokenAuthenticationPolicy} refuses http:// URLs, so the pipeline
 * is assembled here with the policies {@code ContainerRegistryManager} would use (user agent,
 * request id, retry, authorization, logging), with a small policy in place of the token policy
 * that sets the same {@code Authorization} header. Kept apart from {@link ArmgenClients} so that
 * the cold-start measurement of one side loads none of the other side's classes.
 */
final class AzureClients {
  private AzureClients() {}

  /** The Azure SDK's fluent client for the same operations. */
  static PrivateEndpointConnectionsClient client(String endpoint) {
    HttpPipeline pipeline = new HttpPipelineBuilder()
        .httpClient(new JdkHttpClientBuilder().build())
        .policies(new UserAgentPolicy(), new RequestIdPolicy(), new RetryPolicy(),
            new StaticBearerPolicy(ArmgenClients.TOKEN), new HttpLoggingPolicy(new HttpLogOptions()))
        .build();
    return new ContainerRegistryManagementClientBuilder()
        .pipeline(pipeline)
        .endpoint(endpoint)
        .environment(AzureEnvironment.AZURE)
        .subscriptionId(LoopbackArmServer.SUBSCRIPTION)
        .defaultPollInterval(Duration.ofSeconds(30))
        .serializerAdapter(SerializerFactory.createDefaultManagementSerializerAdapter())
        .buildClient()
        .getPrivateEndpointConnections();
  }

  /** Sets a fixed bearer token, which the SDK's token policy would do over https. */
  private static final class StaticBearerPolicy implements HttpPipelinePolicy {
    private final String authorization;

    StaticBearerPolicy(String token) {
      this.authorization = "Bearer " + token;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
      context.getHttpRequest().setHeader(HttpHeaderName.AUTHORIZATION, authorization);
      return next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
      context.getHttpRequest().setHeader(HttpHeaderName.AUTHORIZATION, authorization);
      return next.processSync();
    }
  }
}
