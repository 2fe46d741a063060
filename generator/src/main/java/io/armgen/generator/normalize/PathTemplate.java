package io.armgen.generator.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code {variables}} of a path template. */
final class PathTemplate {
  private PathTemplate() {}

  /**
   * The variable names in order, or empty when the braces are unbalanced, nested or a variable is
   * empty.
   */
  static Optional<List<String>> variables(String path) {
    List<String> names = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{') {
        if (open >= 0) {
          return Optional.empty();
        }
        open = i;
      } else if (c == '}') {
        if (open < 0 || i == open + 1) {
          return Optional.empty();
        }
        names.add(path.substring(open + 1, i));
        open = -1;
      }
    }
    return open >= 0 ? Optional.empty() : Optional.of(names);
  }

  /**
   * The first character outside the {@code {variables}} that a URL path cannot hold as it is
   * (controls, space, {@code " < > \ ^ ` | #}, line separators, bidirectional controls, unpaired
   * surrogates): the runtime sends the constant parts verbatim, so such a template could only
   * fail at every call.
   */
  static Optional<Character> unsendable(String path) {
    boolean inVariable = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{' || c == '}') {
        inVariable = c == '{';
      } else if (!inVariable && (c <= ' ' || "\"<>\\^`|#\u007f".indexOf(c) >= 0 || unprintable(path, i))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static boolean unprintable(String path, int i) {
    char c = path.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= path.length() || !Character.isLowSurrogate(path.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(path.charAt(i - 1));
    }
    int type = Character.getType(c);
    return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.FORMAT;
  }
}
