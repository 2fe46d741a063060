package io.armgen.runtime.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server that misbehaves at the socket level, for fault tests the JDK's HttpServer cannot
 * produce: it reads the request head and then runs a {@link Behaviour}.
 */
public final class RawSocketServer implements AutoCloseable {
  /** What to do with an accepted connection once the request head is read. */
  @FunctionalInterface
  public interface Behaviour {
    void serve(Socket socket, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket serverSocket;
  private final Thread acceptor;
  private final AtomicInteger connections = new AtomicInteger();

  public RawSocketServer(Behaviour behaviour) throws IOException {
    serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!serverSocket.isClosed()) {
        try {
          Socket socket = serverSocket.accept();
          connections.incrementAndGet();
          Thread worker = new Thread(() -> {
            try (socket) {
              readHead(socket.getInputStream());
              behaviour.serve(socket, socket.getOutputStream());
            } catch (IOException | InterruptedException e) {
              // the fault is the point
            }
          }, "raw-socket-worker");
          worker.setDaemon(true);
          worker.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "raw-socket-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort();
  }

  public int connections() {
    return connections.get();
  }

  /** Writes the status line and headers (with a Content-Length the body may not honour). */
  public static void writeHead(OutputStream out, int status, int contentLength) throws IOException {
    out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + contentLength
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Closes with a TCP reset instead of an orderly shutdown. */
  public static void reset(Socket socket) throws SocketException, IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
  }
}
