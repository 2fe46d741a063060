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

  /**
   * {@code text} sent as {@code contentType}, encoded in the charset it names.
   *
   * @param text the body
   * @param contentType the {@code Content-Type}, e.g. {@code text/plain; charset=UTF-8}
   * @return the content
   * @throws NullPointerException if an argument is null
   */
  public static TextContent of(String text, String contentType) {
    return new TextContent(text, contentType);
  }

  /**
   * Reads a response body as text, in the charset its {@code Content-Type} names (UTF-8 when none).
   *
   * @return the reader; an empty body reads as the empty string
   */
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
