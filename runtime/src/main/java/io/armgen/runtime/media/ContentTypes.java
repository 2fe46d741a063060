package io.armgen.runtime.media;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** Small checks and readings of media type strings. */
public final class ContentTypes {
  private ContentTypes() {}

  /**
   * {@code given}, when it is one of {@code allowed} (compared without case): the operations
   * whose body may be sent in several media types take the one to use as an argument.
   *
   * @param given the media type the caller chose; may be null
   * @param allowed the media types the operation declares
   * @return the allowed type that matched, spelled as declared
   * @throws IllegalArgumentException naming the allowed types otherwise
   */
  public static String oneOf(String given, String... allowed) {
    if (given != null) {
      for (String candidate : allowed) {
        if (candidate.equalsIgnoreCase(given)) {
          return candidate;
        }
      }
    }
    throw new IllegalArgumentException("Content type " + (given == null ? "null" : "'" + given + "'")
        + " is not one of " + String.join(", ", allowed));
  }

  /**
   * The {@code charset} parameter of a media type.
   *
   * @param contentType a {@code Content-Type} value such as {@code text/plain; charset=ISO-8859-1}; may be null
   * @return the charset, UTF-8 when the parameter is absent or names no charset this JVM supports
   */
  public static Charset charset(String contentType) {
    if (contentType != null) {
      for (String parameter : contentType.split(";")) {
        String p = parameter.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          String name = p.substring("charset=".length()).trim().replace("\"", "");
          try {
            return Charset.forName(name);
          } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
