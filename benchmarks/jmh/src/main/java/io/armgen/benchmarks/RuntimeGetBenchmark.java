package io.armgen.benchmarks;

import com.azure.resourcemanager.containerregistry.fluent.models.PrivateEndpointConnectionInner;
import io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient;
import io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnection;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end GET of one container registry private endpoint connection against a loopback
 * server (issue 5 target: our client at least 1.3x the Azure SDK client's throughput, with a
 * lower p99). Both clients call the same {@link LoopbackArmServer}, started in setup on an
 * ephemeral port of 127.0.0.1 and stopped in teardown, which answers with the example's body and
 * ARM's headers, and both send {@code Authorization: Bearer ...} (the server answers 401
 * otherwise, and teardown fails the run when any request was rejected).
 *
 * <p>Each call: build the request, run the pipeline (request id, user agent, retry, token,
 * logging), send over the JDK HttpClient, check the status, parse the body into the model.
 * {@code ...Get} is one caller; {@code ...Get64} is 64 concurrent callers sharing one client.
 * Throughput gives calls per millisecond, SampleTime the latency distribution (p50, p99).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuntimeGetBenchmark {
  private LoopbackArmServer server;
  private PrivateEndpointConnectionsClient armgen;
  private com.azure.resourcemanager.containerregistry.fluent.PrivateEndpointConnectionsClient azure;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new LoopbackArmServer(ExamplePayload.privateEndpointConnectionGet());
    armgen = ArmgenClients.client(server.endpoint());
    azure = AzureClients.client(server.endpoint());
    // one call each up front: a client that cannot parse the answer fails here, not mid-run
    if (armgenGet().privateLinkServiceConnectionState() == null) {
      throw new IllegalStateException("armgen did not read the connection's state");
    }
    if (azureGet().privateLinkServiceConnectionState() == null) {
      throw new IllegalStateException("the Azure SDK did not read the connection's state");
    }
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    long rejected = server.rejected();
    long served = server.served();
    server.close();
    if (rejected > 0 || served == 0) {
      throw new IllegalStateException(rejected + " request(s) had a wrong URL or no bearer token, "
          + served + " were answered");
    }
  }

  @Benchmark
  @Threads(1)
  public PrivateEndpointConnection armgenGet() {
    return armgen.get(LoopbackArmServer.RESOURCE_GROUP, LoopbackArmServer.REGISTRY, LoopbackArmServer.CONNECTION);
  }

  @Benchmark
  @Threads(1)
  public PrivateEndpointConnectionInner azureGet() {
    return azure.get(LoopbackArmServer.RESOURCE_GROUP, LoopbackArmServer.REGISTRY, LoopbackArmServer.CONNECTION);
  }

  @Benchmark
  @Threads(64)
  public PrivateEndpointConnection armgenGet64() {
    return armgenGet();
  }

  @Benchmark
  @Threads(64)
  public PrivateEndpointConnectionInner azureGet64() {
    return azureGet();
  }
}
