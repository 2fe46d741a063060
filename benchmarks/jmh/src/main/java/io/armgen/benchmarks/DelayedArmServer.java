package io.armgen.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * A stand-in for ARM on 127.0.0.1 that answers every request after a fixed delay, holding tens of
 * thousands of connections on one thread (a selector and a queue of due answers), so the server
 * neither runs out of threads nor steals many cycles from the client under test. Its own process:
 * {@code java ... DelayedArmServer <delayMillis>} prints {@code endpoint http://127.0.0.1:<port>}.
 *
 * <p>It speaks just enough HTTP/1.1 (keep-alive, Content-Length bodies) for two operations of the
 * container registry's private endpoint connections: GET of {@link LoopbackArmServer#PATH} answers
 * the example body; PUT answers 201 with an {@code Azure-AsyncOperation} URL whose GET answers
 * {@code Succeeded}, so a long-running wait is PUT, poll, final GET. Every answer needs a bearer
 * token and comes after the delay.
 */
public final class DelayedArmServer {
  private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

  private final long delayNanos;
  private final byte[] getAnswer;
  private final byte[] putAnswer;
  private final byte[] opAnswer;
  private final byte[] notFound;
  private final byte[] unauthorized;
  private final PriorityQueue<Due> due = new PriorityQueue<>();
  private long sequence;

  private DelayedArmServer(long delayMillis, String endpoint) throws IOException {
    this.delayNanos = delayMillis * 1_000_000L;
    byte[] body = ExamplePayload.privateEndpointConnectionGet();
    this.getAnswer = answer("200 OK", "", body);
    this.putAnswer = answer("201 Created", "Azure-AsyncOperation: " + endpoint + "/operations/op1?api-version=1\r\n", body);
    this.opAnswer = answer("200 OK", "", "{\"status\":\"Succeeded\"}".getBytes(StandardCharsets.UTF_8));
    this.notFound = answer("404 Not Found", "", "{\"error\":{\"code\":\"NotFound\",\"message\":\"no route\"}}"
        .getBytes(StandardCharsets.UTF_8));
    this.unauthorized = answer("401 Unauthorized", "", "{\"error\":{\"code\":\"AuthenticationFailed\",\"message\":\"no token\"}}"
        .getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws IOException {
    long delayMillis = Long.parseLong(args[0]);
    ServerSocketChannel server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 20_000);
    String endpoint = "http://127.0.0.1:" + server.socket().getLocalPort();
    System.out.println("endpoint " + endpoint);
    System.out.flush();
    new DelayedArmServer(delayMillis, endpoint).serve(server);
  }

  private void serve(ServerSocketChannel server) throws IOException {
    Selector selector = Selector.open();
    server.configureBlocking(false);
    server.register(selector, SelectionKey.OP_ACCEPT);
    while (true) {
      long now = System.nanoTime();
      Due next = due.peek();
      long waitMillis = next == null ? 0 : Math.max(1, (next.at - now) / 1_000_000);
      selector.select(waitMillis);
      Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
      while (keys.hasNext()) {
        SelectionKey key = keys.next();
        keys.remove();
        try {
          if (!key.isValid()) {
            continue;
          }
          if (key.isAcceptable()) {
            SocketChannel client;
            while ((client = server.accept()) != null) {
              client.configureBlocking(false);
              client.register(selector, SelectionKey.OP_READ, new Connection(client));
            }
          } else {
            Connection connection = (Connection) key.attachment();
            if (key.isReadable()) {
              connection.read(key);
            }
            if (key.isValid() && key.isWritable()) {
              connection.flush(key);
            }
          }
        } catch (IOException e) {
          key.cancel();
          key.channel().close();
        }
      }
      now = System.nanoTime();
      while (!due.isEmpty() && due.peek().at - now <= 0) {
        Due ready = due.poll();
        ready.connection.send(ready.key, ready.answer);
      }
    }
  }

  private static byte[] answer(String status, String headers, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: application/json; charset=utf-8\r\n"
        + "x-ms-request-id: 00000000-0000-0000-0000-000000000001\r\n" + headers
        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private record Due(long at, long order, Connection connection, SelectionKey key, byte[] answer) implements Comparable<Due> {
    @Override
    public int compareTo(Due other) {
      int byTime = Long.compare(at, other.at);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }

  /** One keep-alive connection: reads request heads (and skips bodies), queues answers. */
  private final class Connection {
    private final SocketChannel channel;
    private final ByteBuffer in = ByteBuffer.allocate(32 * 1024);
    private final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
    private long bodyToSkip;

    Connection(SocketChannel channel) {
      this.channel = channel;
    }

    void read(SelectionKey key) throws IOException {
      int n = channel.read(in);
      if (n < 0) {
        key.cancel();
        channel.close();
        return;
      }
      in.flip();
      while (true) {
        if (bodyToSkip > 0) {
          int skip = (int) Math.min(bodyToSkip, in.remaining());
          in.position(in.position() + skip);
          bodyToSkip -= skip;
          if (bodyToSkip > 0) {
            break;
          }
        }
        int end = indexOf(in, HEAD_END);
        if (end < 0) {
          break;
        }
        byte[] head = new byte[end - in.position()];
        in.get(head);
        in.position(in.position() + HEAD_END.length);
        String text = new String(head, StandardCharsets.ISO_8859_1);
        bodyToSkip = contentLength(text);
        due.add(new Due(System.nanoTime() + delayNanos, sequence++, this, key, route(text)));
      }
      in.compact();
    }

    void send(SelectionKey key, byte[] answer) {
      if (!key.isValid()) {
        return;
      }
      out.add(ByteBuffer.wrap(answer));
      try {
        flush(key);
      } catch (IOException e) {
        key.cancel();
        try {
          channel.close();
        } catch (IOException ignored) {
          // closing a broken connection
        }
      }
    }

    void flush(SelectionKey key) throws IOException {
      while (!out.isEmpty()) {
        ByteBuffer buffer = out.peek();
        channel.write(buffer);
        if (buffer.hasRemaining()) {
          key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
          return;
        }
        out.poll();
      }
      key.interestOps(SelectionKey.OP_READ);
    }
  }

  private byte[] route(String head) {
    String lower = head.toLowerCase(Locale.ROOT);
    if (!lower.contains("\nauthorization: bearer ")) {
      return unauthorized;
    }
    String line = head.substring(0, Math.max(0, head.indexOf('\r')));
    if (line.startsWith("GET " + LoopbackArmServer.PATH + "?")) {
      return getAnswer;
    }
    if (line.startsWith("PUT " + LoopbackArmServer.PATH + "?")) {
      return putAnswer;
    }
    if (line.startsWith("GET /operations/op1")) {
      return opAnswer;
    }
    return notFound;
  }

  private static long contentLength(String head) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
        return Long.parseLong(line.substring(colon + 1).trim());
      }
    }
    return 0;
  }

  private static int indexOf(ByteBuffer buffer, byte[] pattern) {
    for (int i = buffer.position(); i <= buffer.limit() - pattern.length; i++) {
      boolean match = true;
      for (int j = 0; j < pattern.length && match; j++) {
        match = buffer.get(i + j) == pattern[j];
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }
}
