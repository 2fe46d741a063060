package io.armgen.runtime.media;

import io.armgen.runtime.http.HttpResponse;
import io.armgen.runtime.http.RequestBody;
import java.util.Objects;

/**
 * A text body ({@code text/plain} and the like): the string as it is, encoded in the charset the
 * media type names (UTF-8 when it names none). Responses are decoded the same way from their
 * {@code Content-Type}.
 */
public final class TextContent implements RequestContent {
  private final String text;
  private final String contentType;

  private TextContent(String text, String contentType) {
    this.text = Objects.requireNonNull(text, "text");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
  }

  /** {@code text} sent as {@code contentType}, e.g. {@code text/plain; charset=UTF-8}. */
  public static TextContent of(String text, String contentType) {
    return new TextContent(text, contentType);
  }

  /** Reads a response body as text; an empty body is the empty string. */
  public static ResponseContent<String> reader() {
    return TextContent::read;
  }

  private static String read(HttpResponse response) {
    return new String(response.body(), ContentTypes.charset(response.header("content-type")));
  }

  @Override
  public String contentType() {
    return contentType;
  }

  @Override
  public RequestBody body() {
    return RequestBody.of(text.getBytes(ContentTypes.charset(contentType)));
  }
}
