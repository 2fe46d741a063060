package io.armgen.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for ARM on 127.0.0.1 (ephemeral port) that answers every GET of one private endpoint
 * connection with the same pre-serialised response: the example's body and the headers ARM sends
 * (request ids, rate-limit counters, cache headers). Anything else gets a 404, and a request
 * without {@code Authorization: Bearer ...} a 401, so a benchmark that skips authentication or
 * calls the wrong URL fails instead of measuring the wrong thing.
 *
 * <p>Built to stay out of the measurement: HTTP/1.1 keep-alive, one blocking thread per connection
 * (a pooled executor, so connections are cheap to open), no per-request allocation beyond reading
 * the request head. Both clients in a benchmark talk to the same server.
 */
final class LoopbackArmServer implements AutoCloseable {
  static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
  static final String RESOURCE_GROUP = "myResourceGroup";
  static final String REGISTRY = "myRegistry";
  static final String CONNECTION = "myConnection";
  static final String PATH = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + RESOURCE_GROUP
      + "/providers/Microsoft.ContainerRegistry/registries/" + REGISTRY + "/privateEndpointConnections/" + CONNECTION;

  private static final byte[] NOT_FOUND = response(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no such resource\"}}"
      .getBytes(StandardCharsets.UTF_8));
  private static final byte[] UNAUTHORIZED = response(401, "{\"error\":{\"code\":\"AuthenticationFailed\",\"message\":\"no bearer token\"}}"
      .getBytes(StandardCharsets.UTF_8));
  private static final String EXPECTED_REQUEST_LINE = "GET " + PATH + "?api-version=";
  private static final int MAX_HEAD = 16 * 1024;

  private final byte[] ok;
  private final ServerSocket socket;
  private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "loopback-arm-connection");
    thread.setDaemon(true);
    return thread;
  });
  private final Thread acceptor;
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private volatile boolean closed;

  /** Starts serving {@code body} as the GET response of {@link #PATH}. */
  LoopbackArmServer(byte[] body) throws IOException {
    this.ok = response(200, body);
    this.socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    this.acceptor = new Thread(this::acceptLoop, "loopback-arm-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  String endpoint() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Requests answered 200. */
  long served() {
    return served.get();
  }

  /** Requests answered 401 or 404. */
  long rejected() {
    return rejected.get();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    connections.shutdownNow();
    try {
      acceptor.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connections.execute(() -> serve(connection));
      } catch (IOException e) {
        if (!closed) {
          throw new IllegalStateException("the loopback server stopped accepting", e);
        }
      }
    }
  }

  private void serve(Socket connection) {
    try (connection; InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
        OutputStream out = connection.getOutputStream()) {
      byte[] head = new byte[MAX_HEAD];
      int length;
      while ((length = readHead(in, head)) > 0) {
        String request = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        byte[] answer = answer(request);
        if (answer == ok) {
          served.incrementAndGet();
        } else if (rejected.incrementAndGet() == 1) {
          System.err.println("loopback server: rejected " + request.substring(0, request.indexOf("\r\n")));
        }
        out.write(answer);
        out.flush();
      }
    } catch (SocketException e) {
      // the client closed its pooled connection: normal at the end of a run
    } catch (IOException e) {
      if (!closed) {
        System.err.println("loopback server: " + e);
      }
    }
  }

  /** Reads up to the blank line that ends a request head; 0 at end of stream. GETs carry no body. */
  private static int readHead(InputStream in, byte[] head) throws IOException {
    int length = 0;
    int b;
    while ((b = in.read()) >= 0) {
      if (length == head.length) {
        throw new IOException("request head longer than " + head.length + " bytes");
      }
      head[length++] = (byte) b;
      if (length >= 4 && head[length - 1] == '\n' && head[length - 2] == '\r'
          && head[length - 3] == '\n' && head[length - 4] == '\r') {
        return length;
      }
    }
    return 0;
  }

  private byte[] answer(String head) {
    int lineEnd = head.indexOf("\r\n");
    String requestLine = head.substring(0, lineEnd);
    // any api-version: the SDK 2.54.1 asks for a newer one than our 2021-09-01 spec; the body
    // is the same example for both
    if (!requestLine.startsWith(EXPECTED_REQUEST_LINE)) {
      return NOT_FOUND;
    }
    return head.toLowerCase(Locale.ROOT).contains("\r\nauthorization: bearer ") ? ok : UNAUTHORIZED;
  }

  /** A complete HTTP/1.1 response with ARM's usual headers, serialised once. */
  private static byte[] response(int status, byte[] body) {
    String reason = switch (status) {
      case 200 -> "OK";
      case 401 -> "Unauthorized";
      default -> "Not Found";
    };
    String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
        + "Cache-Control: no-cache\r\n"
        + "Pragma: no-cache\r\n"
        + "Content-Type: application/json; charset=utf-8\r\n"
        + "Expires: -1\r\n"
        + "Vary: Accept-Encoding\r\n"
        + "x-ms-ratelimit-remaining-subscription-reads: 11999\r\n"
        + "x-ms-request-id: 4f6a8c2e-0d1b-4f8e-9a7c-3b2d1e0f9a8b\r\n"
        + "x-ms-correlation-request-id: 4f6a8c2e-0d1b-4f8e-9a7c-3b2d1e0f9a8b\r\n"
        + "x-ms-routing-request-id: WESTEUROPE:20261201T120000Z:4f6a8c2e-0d1b-4f8e-9a7c-3b2d1e0f9a8b\r\n"
        + "Strict-Transport-Security: max-age=31536000; includeSubDomains\r\n"
        + "X-Content-Type-Options: nosniff\r\n"
        + "Date: Tue, 01 Dec 2026 12:00:00 GMT\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }
}
