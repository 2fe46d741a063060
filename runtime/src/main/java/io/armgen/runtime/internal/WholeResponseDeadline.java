package io.armgen.runtime.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends with a deadline on the whole response, body included. The JDK's
 * {@link HttpRequest.Builder#timeout} stops counting once the headers have arrived, so a server
 * that sends its head and then stalls mid-body would otherwise hold the caller for as long as it
 * keeps the connection open.
 */
public final class WholeResponseDeadline {
  private WholeResponseDeadline() {}

  /**
   * Sends {@code request} and reads the body, giving up after {@code timeout}.
   *
   * @param client the client to send with
   * @param request the request
   * @param timeout the deadline for headers and body together; null waits without limit
   * @return the response, its body in memory
   * @throws HttpTimeoutException when the deadline passes (the exchange is cancelled)
   * @throws IOException when the exchange fails
   * @throws InterruptedException when the waiting thread is interrupted (the exchange is cancelled)
   */
  public static HttpResponse<byte[]> send(HttpClient client, HttpRequest request, Duration timeout)
      throws IOException, InterruptedException {
    if (timeout == null) {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
    CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    try {
      return exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new HttpTimeoutException("no complete response within " + timeout);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }
}
