package io.armgen.conformance;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One running AutoRest test server ({@code @microsoft.azure/autorest.testserver}) on an ephemeral
 * port of 127.0.0.1, started with a preload that keeps it off every other interface, and stopped
 * by the PID of the process this class started (and its descendants).
 */
final class TestServer implements AutoCloseable {
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Why the server cannot be started here (no node, package not installed), or empty when it can. */
  static Optional<String> unavailableReason(Path packageDir) {
    if (findNode().isEmpty()) {
      return Optional.of("node is not on the PATH");
    }
    if (!Files.isRegularFile(cli(packageDir))) {
      return Optional.of("the AutoRest test server is not installed at " + packageDir
          + " (run `npm ci --prefix conformance` in the repository)");
    }
    return Optional.empty();
  }

  /**
   * Starts the server and waits until {@code GET /report} answers 200.
   *
   * @param log where the server's output goes (a file, so a full pipe can never block it)
   */
  static TestServer start(Path packageDir, Path log) throws IOException, InterruptedException {
    Path node = findNode().orElseThrow(() -> new IOException("node is not on the PATH"));
    int port = freeLoopbackPort();
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(List.of(node.toString(), "-r", preload().toString(),
        cli(packageDir).toString(), "run", "--port=" + port))
        .directory(packageDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    TestServer server = new TestServer(builder.start(), port);
    try {
      server.awaitReady(log);
    } catch (IOException | InterruptedException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The port the server listens on (also on {@code localhost}, for a parameterized host). */
  int port() {
    return port;
  }

  /** {@code http://127.0.0.1:<port>}: the endpoint every client under test uses. */
  String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** The body of a GET of {@code path} on the server (e.g. {@code /report/azure}). */
  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint() + path))
        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + response.statusCode());
    }
    return response.body();
  }

  /** Stops the process this class started, and its children, by PID. */
  @Override
  public void close() {
    ProcessHandle handle = process.toHandle();
    handle.descendants().forEach(ProcessHandle::destroy);
    handle.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(Path log) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("the test server exited with " + process.exitValue() + "; see " + log);
      }
      try {
        get("/report");
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IOException("the test server did not answer GET /report within " + STARTUP_TIMEOUT + "; see " + log);
  }

  private static Path cli(Path packageDir) {
    return packageDir.resolve("dist").resolve("cli").resolve("cli.js");
  }

  private static Optional<Path> findNode() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String name : List.of("node", "node.exe")) {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static Path preload() throws IOException {
    URL url = TestServer.class.getResource("/listen-on-loopback.js");
    if (url == null) {
      throw new IOException("listen-on-loopback.js is missing from the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  /** A port nobody listens on right now; the server binds it moments later. */
  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
