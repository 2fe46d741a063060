package io.armgen.generator.load;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointer encoding: {@code ~} is written {@code ~0} and {@code /} is written {@code ~1}. */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * Escapes one reference token so that it can be appended after a '/' (RFC 6901).
   *
   * @param token the token, such as a definition name
   * @return the token with {@code ~} as {@code ~0} and {@code /} as {@code ~1}
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer to a child.
   *
   * @param parent the parent's pointer, {@code ""} for the root
   * @param token the child's name or index, unescaped
   * @return {@code parent + "/" + escape(token)}
   */
  public static String append(String parent, String token) {
    return parent + "/" + escape(token);
  }

  /**
   * Splits a pointer into its unescaped reference tokens; {@code ""} (the whole document) has none.
   *
   * @param pointer the pointer
   * @return the tokens, in order
   * @throws IllegalArgumentException when the pointer does not start with '/' or has a '~' not
   *     followed by '0' or '1'
   */
  public static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON pointer must be empty or start with '/'");
    }
    if (pointer.indexOf('~') < 0) {
      // nothing to unescape (the common case): cut at each '/' without copying char by char
      int start = 1;
      for (int slash = pointer.indexOf('/', start); slash >= 0; slash = pointer.indexOf('/', start)) {
        tokens.add(pointer.substring(start, slash));
        start = slash + 1;
      }
      tokens.add(pointer.substring(start));
      return tokens;
    }
    StringBuilder token = new StringBuilder();
    for (int i = 1; i <= pointer.length(); i++) {
      if (i == pointer.length() || pointer.charAt(i) == '/') {
        tokens.add(token.toString());
        token.setLength(0);
        continue;
      }
      char c = pointer.charAt(i);
      if (c == '~') {
        char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          throw new IllegalArgumentException("'~' must be followed by '0' or '1' in a JSON pointer");
        }
        token.append(next == '0' ? '~' : '/');
        i++;
      } else {
        token.append(c);
      }
    }
    return tokens;
  }
}
