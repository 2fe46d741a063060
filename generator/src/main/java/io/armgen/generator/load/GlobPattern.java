package io.armgen.generator.load;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A {@code specs} entry such as {@code src/main/swagger/**}{@code /*.json}, matched against
 * '/'-separated paths relative to the project folder.
 *
 * <p>Our own translation rather than {@link java.nio.file.FileSystem#getPathMatcher}'s glob,
 * because users expect {@code **}{@code /} to match zero folders too (as in Ant and Maven
 * include patterns), which the JDK's glob does not do.
 */
public final class GlobPattern {
  private final String glob;
  private final Pattern regex;

  private GlobPattern(String glob, Pattern regex) {
    this.glob = glob;
    this.regex = regex;
  }

  /**
   * Whether a spec entry is a glob rather than a path.
   *
   * @param text the entry as the user wrote it
   * @return true when it holds any of the glob characters {@code *}, {@code ?}, {@code [} and &#123;
   */
  public static boolean isGlob(String text) {
    return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** Compiles {@code glob}; backslashes are taken as folder separators (Windows-style input). */
  static GlobPattern compile(String glob) {
    String normalized = glob.replace('\\', '/');
    return new GlobPattern(normalized, Pattern.compile(toRegex(normalized)));
  }

  /** The leading folders without glob characters: where a search for matches can start. */
  String fixedPrefix() {
    String[] segments = glob.split("/", -1);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < segments.length - 1 && !isGlob(segments[i]); i++) {
      prefix.append(segments[i]).append('/');
    }
    return prefix.toString();
  }

  /**
   * This pattern with its {@link #fixedPrefix()} replaced by the absolute folder {@code start}
   * (taken literally), for matching absolute paths: this way {@code ../specs/**}{@code /*.json}
   * and absolute patterns work alike.
   */
  GlobPattern anchoredAt(Path start) {
    String folder = start.toString().replace('\\', '/');
    String remainder = glob.substring(fixedPrefix().length());
    String anchored = folder.endsWith("/") ? folder : folder + "/";
    return new GlobPattern(anchored + remainder, Pattern.compile(Pattern.quote(anchored) + toRegex(remainder)));
  }

  /** Whether the '/'-separated {@code path} matches. */
  boolean matches(String path) {
    return regex.matcher(path).matches();
  }

  private static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    boolean inGroup = false;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
          if (doubleStar && i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
            re.append("(?:.*/)?");
            i += 2;
          } else if (doubleStar) {
            re.append(".*");
            i++;
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '{' -> {
          re.append("(?:");
          inGroup = true;
        }
        case '}' -> {
          re.append(')');
          inGroup = false;
        }
        case ',' -> re.append(inGroup ? "|" : ",");
        case '[' -> {
          int end = glob.indexOf(']', i + 1);
          if (end < 0) {
            re.append("\\[");
          } else {
            String set = glob.substring(i + 1, end);
            re.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
            i = end;
          }
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }

  @Override
  public String toString() {
    return glob;
  }
}
