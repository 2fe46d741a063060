package io.armgen.benchmarks;

import com.azure.resourcemanager.containerregistry.fluent.PrivateEndpointConnectionsClient;
import com.fasterxml.jackson.core.JsonParser;
import io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnection;
import io.armgen.runtime.json.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The async benchmark of issue 15 §2 (not a unit test; its command is in BENCHMARKS.md, run by
 * {@code benchmarks/async-scale.sh} against a {@link DelayedArmServer} in another process).
 *
 * <ul>
 *   <li>{@code scale ENDPOINT DELAY GETS LROS}: our generated client alone in this JVM (run it at
 *       {@code -Xmx256m}): GETS concurrent {@code getAsync} calls, then LROS concurrent
 *       {@code createOrUpdateAsync} waits, each round timed (median of 3) after a warm-up round, against
 *       the ideal (DELAY for a GET; 3 x DELAY + the 1 s poll interval for an LRO), with the threads
 *       the JVM gained over its count before the client was built (peak), the heap in use, and the
 *       JVM's CPU time and GC time per round (medians).
 *   <li>{@code compare ENDPOINT SECONDS CALLERS...}: our {@code getAsync} and the Azure SDK's
 *       {@code getAsync} side by side, each with CALLERS closed-loop callers for SECONDS (after as
 *       long a warm-up), alternating which goes first: throughput and latency percentiles.
 * </ul>
 */
public final class AsyncScaleMain {
  private AsyncScaleMain() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "scale" -> scale(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "compare" -> {
        int[] callers = Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray();
        compare(args[1], Integer.parseInt(args[2]), callers);
      }
      default -> throw new IllegalArgumentException("scale|compare");
    }
    System.exit(0);
  }

  private static void scale(String endpoint, long delayMillis, int gets, int lros) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int before = threads.getThreadCount();
    System.out.println("threads before the client, by name: " + threadNames());
    var builder = io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient.builder()
        .endpoint(endpoint)
        .credential(new io.armgen.runtime.auth.StaticTokenCredential(ArmgenClients.TOKEN))
        .subscriptionId(LoopbackArmServer.SUBSCRIPTION)
        .pollInterval(Duration.ofSeconds(1));
    // the runtime's default unless set: -Dasync.maxConcurrentRequests=N explores the limit's trade-off
    Integer limit = Integer.getInteger("async.maxConcurrentRequests");
    if (limit != null) {
      builder.maxConcurrentRequests(limit);
      System.out.println("maxConcurrentRequests " + limit);
    }
    var client = builder.build();
    PrivateEndpointConnection body;
    try (JsonParser parser = Json.factory().createParser(ExamplePayload.privateEndpointConnectionGet())) {
      parser.nextToken();
      body = PrivateEndpointConnection.fromJson(parser);
    }
    java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    // Thread.enumerate, not Thread.getAllStackTraces: the latter stops the JVM at a safepoint to
    // take every stack, 200 times a second, which costs the client under test time it would not spend
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    ThreadGroup all = root;
    Thread sampler = new Thread(() -> {
      while (true) {
        Thread[] live = new Thread[all.activeCount() + 64];
        int count = all.enumerate(live, true);
        for (int i = 0; i < count; i++) {
          seen.add(live[i].getName());
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "benchmark-thread-sampler");
    sampler.setDaemon(true);
    sampler.start();
    threads.resetPeakThreadCount();

    Supplier<CompletableFuture<?>> get = () -> client.getAsync(LoopbackArmServer.RESOURCE_GROUP,
        LoopbackArmServer.REGISTRY, LoopbackArmServer.CONNECTION);
    Supplier<CompletableFuture<?>> lro = () -> client.createOrUpdateAsync(LoopbackArmServer.RESOURCE_GROUP,
        LoopbackArmServer.REGISTRY, LoopbackArmServer.CONNECTION, body);
    // an LRO is a PUT, a poll after the 1 s poll interval, and the final GET: three server delays and a wait
    report("get", gets, get, delayMillis, threads, before);
    report("lro", lros, lro, 3 * delayMillis + 1_000, threads, before);
    System.out.println("threads now, by name: " + threadNames());
    // "Thread-N": the JDK client hands each sendAsync completion to CompletableFuture's default
    // executor, which is a new thread per task when the common pool has fewer than 2 threads (2 cores)
    long perTask = seen.stream().filter(name -> name.matches("Thread-[0-9]+")).count();
    seen.removeIf(name -> name.matches("Thread-[0-9]+"));
    System.out.println("threads seen during the rounds (sampled every 5 ms; the sampler is one): " + new java.util.TreeSet<>(seen)
        + " and " + perTask + " distinct short-lived Thread-N; common pool parallelism "
        + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
  }

  /** Live threads by name with digits dropped ("armgen-http-2" counts as "armgen-http-"). */
  private static java.util.Map<String, Long> threadNames() {
    return Thread.getAllStackTraces().keySet().stream().collect(java.util.stream.Collectors.groupingBy(
        t -> t.getName().replaceAll("[0-9]+", ""), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
  }

  private static void report(String what, int n, Supplier<CompletableFuture<?>> call, long ideal,
      ThreadMXBean threads, int before) throws Exception {
    round(call, n); // warm-up: opens the connections
    List<Double> alone = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      alone.add(round(call, 1));
    }
    alone.sort(null);
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    List<Double> gcs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long cpu = processCpuNanos();
      long gc = gcMillis();
      walls.add(round(call, n));
      cpus.add((processCpuNanos() - cpu) / 1e6);
      gcs.add((double) (gcMillis() - gc));
    }
    walls.sort(null);
    cpus.sort(null);
    gcs.sort(null);
    System.gc();
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(Locale.ROOT, "scale %s n=%d wall-ms runs=%s median=%.0f ideal=%d ratio-to-ideal=%.2f "
        + "one-call-alone-ms=%.0f extra-threads-peak=%d heap-after-gc-mb=%.0f max-heap-mb=%.0f "
        + "process-cpu-ms=%.0f gc-ms=%.0f%n",
        what, n, walls.stream().map(w -> String.format(Locale.ROOT, "%.0f", w)).toList(), walls.get(1), ideal,
        walls.get(1) / ideal, alone.get(1), threads.getPeakThreadCount() - before, heap / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6, cpus.get(1), gcs.get(1));
  }

  /** CPU time of this whole JVM (every thread, GC included): less disturbed by a loaded machine than wall time. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Milliseconds the collectors have spent so far (pauses and concurrent work, as the JVM counts them). */
  static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
  }

  /** Starts {@code n} calls at once and returns the milliseconds until the last one ended. */
  private static double round(Supplier<CompletableFuture<?>> call, int n) {
    long start = System.nanoTime();
    CompletableFuture<?>[] futures = new CompletableFuture<?>[n];
    for (int i = 0; i < n; i++) {
      futures[i] = call.get();
    }
    CompletableFuture.allOf(futures).join();
    return (System.nanoTime() - start) / 1e6;
  }

  private static void compare(String endpoint, int seconds, int[] callerCounts) throws Exception {
    var ours = ArmgenClients.client(endpoint);
    PrivateEndpointConnectionsClient azure = AzureClients.client(endpoint);
    Caller armgen = done -> ours.getAsync(LoopbackArmServer.RESOURCE_GROUP, LoopbackArmServer.REGISTRY,
        LoopbackArmServer.CONNECTION).whenComplete((v, e) -> done.accept(e));
    Caller sdk = done -> azure.getAsync(LoopbackArmServer.RESOURCE_GROUP, LoopbackArmServer.REGISTRY,
        LoopbackArmServer.CONNECTION).subscribe(v -> done.accept(null), done::accept);
    for (int callers : callerCounts) {
      boolean armgenFirst = true;
      for (int pass = 0; pass < 2; pass++) {
        Caller first = armgenFirst ? armgen : sdk;
        Caller second = armgenFirst ? sdk : armgen;
        print(armgenFirst ? "armgen" : "azure", callers, loop(first, callers, seconds));
        print(armgenFirst ? "azure" : "armgen", callers, loop(second, callers, seconds));
        armgenFirst = !armgenFirst;
      }
    }
  }

  /** One asynchronous call; {@code done} gets null or the failure. */
  @FunctionalInterface
  private interface Caller {
    void call(java.util.function.Consumer<Throwable> done);
  }

  private record Result(double perSecond, long[] sortedNanos, long failures) {}

  /** {@code callers} closed loops for a warm-up of {@code seconds}, then {@code seconds} measured. */
  private static Result loop(Caller caller, int callers, int seconds) throws InterruptedException {
    long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long end = warmEnd + TimeUnit.SECONDS.toNanos(seconds);
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong failures = new AtomicLong();
    CountDownLatch finished = new CountDownLatch(callers);
    for (int i = 0; i < callers; i++) {
      next(caller, latencies, failures, warmEnd, end, finished);
    }
    finished.await();
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(sorted.length / (double) seconds, sorted, failures.get());
  }

  private static void next(Caller caller, ConcurrentLinkedQueue<Long> latencies, AtomicLong failures, long warmEnd,
      long end, CountDownLatch finished) {
    long start = System.nanoTime();
    if (start - end >= 0) {
      finished.countDown();
      return;
    }
    caller.call(failure -> {
      long now = System.nanoTime();
      if (failure != null) {
        // a failing caller stops (the count is printed): a benchmark of failures measures nothing
        failures.incrementAndGet();
        finished.countDown();
        return;
      }
      if (start - warmEnd >= 0 && now - end < 0) {
        latencies.add(now - start);
      }
      next(caller, latencies, failures, warmEnd, end, finished);
    });
  }

  private static void print(String client, int callers, Result result) {
    long[] s = result.sortedNanos();
    System.out.printf(Locale.ROOT, "compare %s callers=%d calls-per-s=%.0f p50-ms=%.1f p99-ms=%.1f max-ms=%.1f failures=%d%n",
        client, callers, result.perSecond(), percentile(s, 0.50), percentile(s, 0.99),
        s.length == 0 ? 0 : s[s.length - 1] / 1e6, result.failures());
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }
}
