package io.armgen.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The server side alone: how long {@link DelayedArmServer} takes to answer N requests sent at
 * once on N open keep-alive connections, measured with the least client there can be (one thread,
 * one selector, a request written as fixed bytes, answers counted by their Content-Length). It
 * is the floor under {@code AsyncScaleMain scale}'s GET rounds: what the server and the loopback
 * cost before any HTTP client does anything.
 *
 * <p>{@code java ... RawBurstClient ENDPOINT N ROUNDS} prints each round's milliseconds and the
 * median (after one round that opens the connections).
 */
public final class RawBurstClient {
  private RawBurstClient() {}

  public static void main(String[] args) throws IOException {
    URI endpoint = URI.create(args[0]);
    int n = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    byte[] request = ("GET " + LoopbackArmServer.PATH + "?api-version=2021-09-01 HTTP/1.1\r\nHost: "
        + endpoint.getAuthority() + "\r\nAuthorization: Bearer " + ArmgenClients.TOKEN + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    Selector selector = Selector.open();
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SocketChannel channel = SocketChannel.open(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()));
      channel.configureBlocking(false);
      Connection connection = new Connection(channel);
      channel.register(selector, SelectionKey.OP_READ, connection);
      connections.add(connection);
    }
    round(selector, connections, request); // warm-up
    List<Double> walls = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      walls.add(round(selector, connections, request));
    }
    List<Double> sorted = new ArrayList<>(walls);
    sorted.sort(null);
    System.out.printf(Locale.ROOT, "raw-burst n=%d wall-ms runs=%s median=%.0f%n", n,
        walls.stream().map(w -> String.format(Locale.ROOT, "%.0f", w)).toList(), sorted.get(sorted.size() / 2));
    for (Connection connection : connections) {
      connection.channel.close();
    }
  }

  /** Writes the request on every connection, then reads until every answer is in. */
  private static double round(Selector selector, List<Connection> connections, byte[] request) throws IOException {
    long start = System.nanoTime();
    for (Connection connection : connections) {
      ByteBuffer out = ByteBuffer.wrap(request);
      while (out.hasRemaining()) {
        connection.channel.write(out);
      }
      connection.answered = false;
    }
    int left = connections.size();
    while (left > 0) {
      selector.select();
      Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
      while (keys.hasNext()) {
        SelectionKey key = keys.next();
        keys.remove();
        if (((Connection) key.attachment()).read()) {
          left--;
        }
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }

  /** One connection's read side: a head, then Content-Length bytes of body. */
  private static final class Connection {
    final SocketChannel channel;
    final ByteBuffer in = ByteBuffer.allocate(8 * 1024);
    boolean answered;

    Connection(SocketChannel channel) {
      this.channel = channel;
    }

    /** Reads what is there; true when this read completed the answer. */
    boolean read() throws IOException {
      if (channel.read(in) < 0) {
        throw new IOException("the server closed a connection");
      }
      String text = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
      int headEnd = text.indexOf("\r\n\r\n");
      if (headEnd < 0 || answered) {
        return false;
      }
      int at = text.toLowerCase(Locale.ROOT).indexOf("content-length:");
      int lineEnd = text.indexOf("\r\n", at);
      int length = Integer.parseInt(text.substring(at + "content-length:".length(), lineEnd).trim());
      if (in.position() < headEnd + 4 + length) {
        return false;
      }
      in.clear();
      answered = true;
      return true;
    }
  }
}
