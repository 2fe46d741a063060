package io.armgen.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP client alone, between {@link RawBurstClient} (the server alone) and
 * {@code AsyncScaleMain scale} (armgen's generated client): N GETs of the same resource through
 * {@code HttpClient.sendAsync}, configured as armgen's runtime configures it (a fixed pool of 2
 * completion threads, the body read as bytes and handed on from its body subscriber), and nothing
 * else: no JSON, no policies, no futures of ours. With LIMIT above 0 at most LIMIT are in flight at
 * once, the next started as one ends (as armgen's {@code maxConcurrentRequests} does).
 *
 * <p>{@code java -Xmx256m ... JdkBurstClient ENDPOINT N ROUNDS LIMIT} prints each round's
 * milliseconds, the median, and the median round's JVM CPU and GC time, and the peak of threads
 * over the count before the client was built.
 */
public final class JdkBurstClient {
  private JdkBurstClient() {}

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0] + LoopbackArmServer.PATH + "?api-version=2021-09-01");
    int n = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int limit = Integer.parseInt(args[3]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int before = threads.getThreadCount();
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "jdk-burst-pool");
      t.setDaemon(true);
      return t;
    });
    HttpClient client = HttpClient.newBuilder().executor(pool).followRedirects(HttpClient.Redirect.NEVER).build();
    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + ArmgenClients.TOKEN)
        .header("Accept", "application/json").GET().build();
    threads.resetPeakThreadCount();
    round(client, request, n, limit); // warm-up: opens the connections
    List<double[]> measured = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      long cpu = AsyncScaleMain.processCpuNanos();
      long gc = AsyncScaleMain.gcMillis();
      double wall = round(client, request, n, limit);
      measured.add(new double[] {wall, (AsyncScaleMain.processCpuNanos() - cpu) / 1e6, AsyncScaleMain.gcMillis() - gc});
    }
    List<double[]> sorted = new ArrayList<>(measured);
    sorted.sort((a, b) -> Double.compare(a[0], b[0]));
    double[] median = sorted.get(sorted.size() / 2);
    System.out.printf(Locale.ROOT, "jdk-burst n=%d limit=%s wall-ms runs=%s median=%.0f process-cpu-ms=%.0f gc-ms=%.0f "
        + "extra-threads-peak=%d max-heap-mb=%.0f%n", n, limit > 0 ? Integer.toString(limit) : "none",
        measured.stream().map(m -> String.format(Locale.ROOT, "%.0f", m[0])).toList(), median[0], median[1], median[2],
        threads.getPeakThreadCount() - before, Runtime.getRuntime().maxMemory() / 1e6);
    System.exit(0);
  }

  /** Sends {@code n} requests (at most {@code limit} at once when above 0) and returns the ms until the last answer. */
  private static double round(HttpClient client, HttpRequest request, int n, int limit) {
    long start = System.nanoTime();
    CompletableFuture<Void> all = new CompletableFuture<>();
    AtomicInteger started = new AtomicInteger();
    AtomicInteger ended = new AtomicInteger();
    Runnable[] next = new Runnable[1];
    next[0] = () -> {
      if (started.getAndIncrement() >= n) {
        return;
      }
      send(client, request).whenComplete((status, failure) -> {
        if (failure != null) {
          all.completeExceptionally(failure);
        } else if (ended.incrementAndGet() == n) {
          all.complete(null);
        } else {
          next[0].run();
        }
      });
    };
    for (int i = 0; i < (limit > 0 ? Math.min(limit, n) : n); i++) {
      next[0].run();
    }
    all.join();
    return (System.nanoTime() - start) / 1e6;
  }

  /** One GET whose outcome is delivered from its body subscriber (on the client's pool), as armgen's transport does. */
  private static CompletableFuture<Integer> send(HttpClient client, HttpRequest request) {
    CompletableFuture<Integer> result = new CompletableFuture<>();
    client.sendAsync(request, info -> {
      HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
      bytes.getBody().thenAccept(body -> result.complete(info.statusCode()));
      return bytes;
    }).whenComplete((response, failure) -> {
      if (failure != null) {
        result.completeExceptionally(failure);
      }
    });
    return result;
  }
}
