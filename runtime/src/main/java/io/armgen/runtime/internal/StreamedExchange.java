package io.armgen.runtime.internal;

import io.armgen.runtime.http.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends a request whose successful response body is handed over unread, as the connection's
 * stream, so a body of any size can be consumed without holding it in memory. The response
 * timeout of the request covers the status and headers only; the reader sets the pace after
 * that. Any other status is read whole, so error handling sees the body as usual.
 */
public final class StreamedExchange {
  private StreamedExchange() {}

  public static io.armgen.runtime.http.HttpResponse send(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    HttpHeaders headers = HttpHeaders.of(response.headers().map());
    if (response.statusCode() >= 200 && response.statusCode() < 300) {
      return io.armgen.runtime.http.HttpResponse.streamed(response.statusCode(), headers, response.body());
    }
    try (InputStream body = response.body()) {
      return new io.armgen.runtime.http.HttpResponse(response.statusCode(), headers, body.readAllBytes());
    }
  }
}
