package io.armgen.runtime.media;

import io.armgen.runtime.http.HttpResponse;
import java.io.IOException;

/** Reads a successful response's body in one media type. */
public interface ResponseContent<T> {
  /**
   * The value of the body.
   *
   * @throws IOException when the body does not fit (the client reports it as a malformed response)
   */
  T read(HttpResponse response) throws IOException;

  /**
   * True when the body is to be handed over unread, as a stream the caller reads and closes;
   * then the response is not held in memory, whatever its size.
   */
  default boolean streamed() {
    return false;
  }
}
