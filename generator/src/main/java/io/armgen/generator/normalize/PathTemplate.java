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
}
