package io.armgen.generator.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A parsed {@code $ref} string: the file part (empty for the same document) and the JSON pointer
 * of the fragment (empty for the whole document), percent-decoded as a URI reference requires.
 *
 * @param file the file part, relative to the referring document's folder; "" for the same document
 * @param pointer the RFC 6901 pointer (still ~0/~1-escaped), without '#'
 * @param remoteUrl true for an http(s) URL, in which case {@code file} holds the URL as written
 */
record RefTarget(String file, String pointer, boolean remoteUrl) {

  /**
   * Parses a {@code $ref} value.
   *
   * @throws IllegalArgumentException with a user-facing reason when the syntax is invalid
   */
  static RefTarget parse(String ref) {
    if (ref.isBlank()) {
      throw new IllegalArgumentException("empty $ref");
    }
    if (startsWithIgnoringAsciiCase(ref, "http://") || startsWithIgnoringAsciiCase(ref, "https://")) {
      return new RefTarget(ref, "", true);
    }
    if (hasUriScheme(ref)) {
      throw new IllegalArgumentException("unsupported URI scheme in $ref (only relative file paths and http(s) are understood)");
    }
    int hash = ref.indexOf('#');
    String file = percentDecode(hash < 0 ? ref : ref.substring(0, hash));
    String pointer = hash < 0 ? "" : percentDecode(ref.substring(hash + 1));
    JsonPointers.tokens(pointer); // validates: must be "" or start with '/', and '~' escapes
    return new RefTarget(file, pointer, false);
  }

  /**
   * {@code text.toLowerCase(Locale.ROOT).startsWith(lowerPrefix)} for an ASCII prefix, without
   * copying the whole {@code $ref} (this runs for every reference of every document). Unlike
   * {@link String#regionMatches(boolean, int, String, int, int)} it folds only ASCII letters, as
   * lower-casing does for the letters of "http(s)://".
   */
  private static boolean startsWithIgnoringAsciiCase(String text, String lowerPrefix) {
    if (text.length() < lowerPrefix.length()) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length(); i++) {
      char c = text.charAt(i);
      char folded = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (folded != lowerPrefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** {@code scheme:} per RFC 3986, but not a one-letter Windows drive such as {@code C:}. */
  private static boolean hasUriScheme(String ref) {
    int colon = ref.indexOf(':');
    if (colon < 2) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = ref.charAt(i);
      boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
      if (!ok || c > 127) {
        return false;
      }
    }
    return true;
  }

  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      int percent = text.indexOf('%', i);
      int runEnd = percent < 0 ? text.length() : percent;
      bytes.writeBytes(text.substring(i, runEnd).getBytes(StandardCharsets.UTF_8));
      if (percent < 0) {
        break;
      }
      int high = percent + 2 < text.length() ? Character.digit(text.charAt(percent + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(text.charAt(percent + 2), 16);
      if (low < 0) {
        throw new IllegalArgumentException("'%' must be followed by two hex digits in a $ref");
      }
      bytes.write(high * 16 + low);
      i = percent + 3;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
