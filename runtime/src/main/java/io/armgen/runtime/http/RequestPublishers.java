package io.armgen.runtime.http;

import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;

/** Turns a {@link RequestBody} into what the JDK client sends: bytes as they are, streams as read. */
final class RequestPublishers {
  private RequestPublishers() {}

  static BodyPublisher of(RequestBody content) {
    if (content == null) {
      return BodyPublishers.noBody();
    }
    if (!content.streamed()) {
      return BodyPublishers.ofByteArray(content.bytes());
    }
    BodyPublisher stream = BodyPublishers.ofInputStream(content::open);
    // a known length goes out as Content-Length; otherwise the JDK sends the body chunked
    return content.length() < 0 ? stream : BodyPublishers.fromPublisher(stream, content.length());
  }
}
