package io.armgen.runtime.media;

import io.armgen.runtime.http.RequestBody;

/** A request body in one media type: its {@code Content-Type} and the bytes or stream to send. */
public interface RequestContent {
  /**
   * The media type of the body.
   *
   * @return the {@code Content-Type} header value, parameters included (e.g. {@code text/plain; charset=UTF-8})
   */
  String contentType();

  /**
   * The body to send. Called once per request, when the request is built.
   *
   * @return the body

   * @throws IllegalArgumentException when the value cannot be written (e.g. a model that fails validation)
   */
  RequestBody body();
}
