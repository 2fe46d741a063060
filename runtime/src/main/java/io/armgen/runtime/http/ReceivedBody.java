package io.armgen.runtime.http;

import java.io.InputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;

/**
 * How the transport receives a response body: read whole under the client's limits
 * ({@link BoundedBody}), or, when the request asks for it ({@link HttpRequest#streamedResponse()})
 * and the status is 2xx, handed over unread as the connection's stream, so a body of any size can
 * be consumed without holding it. Any other status is read whole (and bounded) as usual, so error
 * handling sees its body.
 */
final class ReceivedBody {
  /** Either the open stream of a streamed 2xx body, or the bytes read. */
  record Received(InputStream stream, BoundedBody.Bytes bytes) {}

  private ReceivedBody() {}

  static BodyHandler<Received> handler(HttpRequest request, long maxBodyBytes, int maxErrorBodyBytes) {
    BodyHandler<BoundedBody.Bytes> bounded = BoundedBody.handler(maxBodyBytes, maxErrorBodyBytes);
    return info -> request.streamedResponse() && info.statusCode() >= 200 && info.statusCode() < 300
        ? BodySubscribers.mapping(BodySubscribers.ofInputStream(), stream -> new Received(stream, null))
        : BodySubscribers.mapping(bounded.apply(info), bytes -> new Received(null, bytes));
  }
}
