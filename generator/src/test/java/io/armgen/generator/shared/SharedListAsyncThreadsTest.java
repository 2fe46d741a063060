package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.runtime.arm.AsyncPagedIterable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 section 2: the shared {@code listAsync(parentId)} holds no thread while it waits. While
 * a server holds {@value #WALKS} listings unanswered, the walks add no thread per walk, no thread
 * of the test's JVM is in generated code, and none is done; once answered, every walk completes
 * with its page.
 */
class SharedListAsyncThreadsTest {
  private static final int WALKS = 64;
  /** The JDK client's selector, the runtime's completion pool (at most 8) and its timer: never one per walk. */
  private static final int MOST_NEW_THREADS = 12;
  private static final String HUB = "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Alpha/hubs/h-1";

  @TempDir
  Path tmp;
  private ServerSocket listener;
  private Thread acceptor;
  /** Requests read and not answered: answered at once while {@link #answerAtOnce} is set. */
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private volatile boolean answerAtOnce = true;

  @BeforeEach
  void start() throws IOException {
    listener = new ServerSocket(0, WALKS * 2, InetAddress.getByName("127.0.0.1"));
    acceptor = new Thread(this::accept, "held-listing-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws Exception {
    listener.close();
    acceptor.join(10_000);
    for (Socket socket : held) {
      socket.close();
    }
  }

  /** One request per connection: read it, then answer it now or hold it. */
  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        readRequestHead(socket.getInputStream());
        if (answerAtOnce) {
          answer(socket);
        } else {
          held.add(socket);
        }
      } catch (IOException e) {
        return;   // closed by stop()
      }
    }
  }

  private static void readRequestHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the request ended before its headers did");
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  /** The last (and only) page: one widget, and the connection closed after it. */
  private static void answer(Socket socket) throws IOException {
    String widget = "{'id':'" + HUB + "/widgets/w-1','name':'w-1','location':'westus'}";
    byte[] body = ("{'value':[" + widget + "]}").replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n";
    try (socket; OutputStream out = socket.getOutputStream()) {
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
    }
  }

  @Test
  void walksWaitingForTheirPagesHoldNoThread() throws Exception {
    SyntheticSpecs.write(tmp, "Alpha", "'color':{'type':'string'}", "");
    SyntheticSpecs.write(tmp, "Beta", "'color':{'type':'string'}", "");
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(tmp)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    Object client = client(loader.loadClass("io.armgen.generated.alpha.v2024_01_01.WidgetsClient"));

    // one walk answered at once starts the client's own threads (selector, pool, timer)
    assertEquals(1, listAsync(client).toList().get(30, TimeUnit.SECONDS).size());
    Set<Thread> before = Thread.getAllStackTraces().keySet();

    answerAtOnce = false;
    List<CompletableFuture<? extends List<?>>> walks = new ArrayList<>();
    for (int i = 0; i < WALKS; i++) {
      walks.add(listAsync(client).toList());
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (held.size() < WALKS && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(WALKS, held.size(), "every walk's first request reached the server");

    Map<Thread, StackTraceElement[]> now = Thread.getAllStackTraces();
    List<String> added = now.keySet().stream().filter(t -> !before.contains(t)).map(Thread::getName).sorted()
        .collect(Collectors.toList());
    assertTrue(added.size() <= MOST_NEW_THREADS, WALKS + " walks waiting added threads " + added);
    List<String> inGeneratedCode = now.entrySet().stream()
        .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("io.armgen.generated.")))
        .map(e -> e.getKey().getName()).collect(Collectors.toList());
    assertEquals(List.of(), inGeneratedCode, "threads inside generated code while the walks wait");
    assertTrue(walks.stream().noneMatch(CompletableFuture::isDone), "no walk may end before its page is answered");

    for (Socket socket : held) {
      answer(socket);
    }
    held.clear();
    for (CompletableFuture<? extends List<?>> walk : walks) {
      assertEquals(1, walk.get(30, TimeUnit.SECONDS).size());
    }
  }

  private static AsyncPagedIterable<?> listAsync(Object client) throws ReflectiveOperationException {
    return (AsyncPagedIterable<?>) client.getClass().getMethod("listAsync", String.class).invoke(client, HUB);
  }

  private Object client(Class<?> type) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    Class<?> b = builder.getClass();
    b.getMethod("endpoint", String.class).invoke(builder, "http://127.0.0.1:" + listener.getLocalPort());
    b.getMethod("subscriptionId", String.class).invoke(builder, "sub-1");
    return b.getMethod("build").invoke(builder);
  }
}
