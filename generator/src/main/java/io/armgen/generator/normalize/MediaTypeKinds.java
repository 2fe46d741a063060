package io.armgen.generator.normalize;

import io.armgen.generator.model.OperationMedia.Kind;
import java.util.Locale;
import java.util.Optional;

/**
 * Which kind of body a media type names: {@code application/json} and every {@code +json} type
 * are JSON, {@code text/plain} is text, {@code application/octet-stream}, images and PDFs are
 * binary, and so on. Parameters ({@code ; charset=UTF-8}) do not change the kind.
 */
final class MediaTypeKinds {
  private MediaTypeKinds() {}

  /** The kind, or empty for a media type no generated client can send or read (e.g. {@code multipart/mixed}). */
  static Optional<Kind> of(String mediaType) {
    String type = essence(mediaType);
    int slash = type.indexOf('/');
    if (slash <= 0 || slash == type.length() - 1) {
      return Optional.empty();
    }
    String top = type.substring(0, slash);
    String sub = type.substring(slash + 1);
    if (sub.equals("json") || sub.endsWith("+json")) {
      return Optional.of(Kind.JSON);
    }
    if (sub.equals("xml") || sub.endsWith("+xml")) {
      return Optional.of(Kind.XML);
    }
    if (type.equals("application/x-www-form-urlencoded")) {
      return Optional.of(Kind.FORM);
    }
    if (type.equals("multipart/form-data")) {
      return Optional.of(Kind.MULTIPART);
    }
    if (top.equals("multipart") || top.equals("*")) {
      return Optional.empty();
    }
    if (top.equals("text")) {
      return Optional.of(Kind.TEXT);
    }
    return Optional.of(Kind.BINARY);
  }

  /** The type and subtype, lower case, without parameters. */
  static String essence(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }
}
