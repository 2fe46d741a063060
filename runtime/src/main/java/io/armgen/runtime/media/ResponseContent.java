package io.armgen.runtime.media;

import io.armgen.runtime.http.HttpResponse;
import java.io.IOException;

/**
 * Reads a successful response's body in one media type.
 *
 * @param <T> the type read
 */
public interface ResponseContent<T> {
  /**
   * The value of the body.
   *
   * @param response the response, its body already in memory unless {@link #streamed()}
   * @return the value; what an empty body reads as is up to the implementation
   * @throws IOException when the body does not fit (the client reports it as a malformed response)
   */
  T read(HttpResponse response) throws IOException;

  /**
   * True when the body is to be handed over unread, as a stream the caller reads and closes;
   * then the response is not held in memory, whatever its size.
   *
   * @return true for a streamed body; false by default
   */
  default boolean streamed() {
    return false;
  }
}
