package io.armgen.benchmarks;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@link DelayedArmServer}'s answers over TLS with HTTP/2 negotiated by ALPN, as real ARM is
 * reached (HTTPS), on 127.0.0.1: the same GET, long-running PUT and operation status, each after
 * the delay, from a timer and a small thread pool (no thread waits out a delay). Jetty's own
 * defaults otherwise, including its limit of concurrent streams per connection (the JDK client
 * opens another connection when a connection's limit is reached).
 *
 * <p>{@code java ... DelayedH2Server <delayMillis> <keystore.p12> <password> [maxConcurrentStreams]} prints
 * {@code endpoint https://127.0.0.1:<port>}; the client trusts the keystore's certificate (made
 * with {@code keytool} by {@code benchmarks/async-scale.sh} for the run, with 127.0.0.1 as its
 * subject alternative name).
 */
public final class DelayedH2Server {
  private DelayedH2Server() {}

  public static void main(String[] args) throws Exception {
    long delayMillis = Long.parseLong(args[0]);
    QueuedThreadPool threads = new QueuedThreadPool(8, 2);
    threads.setName("h2-server");
    Server server = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.addCustomizer(new SecureRequestCustomizer());
    HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(config);
    if (args.length > 3) {
      h2.setMaxConcurrentStreams(Integer.parseInt(args[3]));
    }
    ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
    alpn.setDefaultProtocol("h2");
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(args[1]);
    tls.setKeyStorePassword(args[2]);
    tls.setKeyStoreType("PKCS12");
    tls.setCipherComparator(HTTP2Cipher.COMPARATOR);
    ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2,
        new HttpConnectionFactory(config));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    connector.setAcceptQueueSize(20_000);
    server.addConnector(connector);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    server.setHandler(new Answers(delayMillis, timer));
    server.start();
    System.out.println("endpoint https://127.0.0.1:" + connector.getLocalPort() + " max-concurrent-streams "
        + h2.getMaxConcurrentStreams());
    System.out.flush();
    server.join();
  }

  /** Routes as {@link DelayedArmServer} does and answers after the delay. */
  private static final class Answers extends AbstractHandler {
    private final long delayMillis;
    private final ScheduledExecutorService timer;
    private final byte[] body;

    Answers(long delayMillis, ScheduledExecutorService timer) throws IOException {
      this.body = ExamplePayload.privateEndpointConnectionGet();
      this.delayMillis = delayMillis;
      this.timer = timer;
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) {
      base.setHandled(true);
      AsyncContext async = request.startAsync();
      async.setTimeout(0);
      String endpoint = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
      timer.schedule(() -> async.start(() -> {
        try {
          answer(request, response, endpoint);
        } catch (IOException e) {
          // the client went away; nothing to answer
        } finally {
          async.complete();
        }
      }), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String endpoint) throws IOException {
      String auth = request.getHeader("authorization");
      response.setHeader("x-ms-request-id", "00000000-0000-0000-0000-000000000001");
      response.setContentType("application/json; charset=utf-8");
      byte[] out;
      if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
        response.setStatus(401);
        out = "{\"error\":{\"code\":\"AuthenticationFailed\",\"message\":\"no token\"}}".getBytes(StandardCharsets.UTF_8);
      } else if (request.getRequestURI().equals(LoopbackArmServer.PATH) && request.getMethod().equals("GET")) {
        out = body;
      } else if (request.getRequestURI().equals(LoopbackArmServer.PATH) && request.getMethod().equals("PUT")) {
        request.getInputStream().readAllBytes();
        response.setStatus(201);
        response.setHeader("Azure-AsyncOperation", endpoint + "/operations/op1?api-version=1");
        out = body;
      } else if (request.getRequestURI().equals("/operations/op1")) {
        out = "{\"status\":\"Succeeded\"}".getBytes(StandardCharsets.UTF_8);
      } else {
        response.setStatus(404);
        out = "{\"error\":{\"code\":\"NotFound\",\"message\":\"no route\"}}".getBytes(StandardCharsets.UTF_8);
      }
      response.setContentLength(out.length);
      response.getOutputStream().write(out);
    }
  }
}
