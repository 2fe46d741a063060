package io.armgen.generator.write;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Keeps every generated path inside the output folder, whatever names the spec contained. */
final class SafePaths {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_$][A-Za-z0-9_$.\\-]*");

  private SafePaths() {}

  /**
   * Checks a '/'-separated relative path: no empty, "." or ".." segments, no absolute path, only
   * characters Java source paths need.
   *
   * @return the path unchanged
   * @throws OutputException otherwise
   */
  static String check(String rel) {
    if (rel == null || rel.isEmpty() || rel.startsWith("/") || rel.contains("\\") || rel.contains(":")) {
      throw new OutputException("unsafe generated path: " + rel);
    }
    for (String segment : rel.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
        throw new OutputException("unsafe generated path: " + rel);
      }
    }
    return rel;
  }

  /** {@code root/rel}, checked to stay inside {@code root}. */
  static Path resolveInside(Path root, String rel) {
    Path target = root.resolve(check(rel)).normalize();
    if (!target.startsWith(root)) {
      throw new OutputException("generated path escapes the output folder: " + rel);
    }
    return target;
  }
}
