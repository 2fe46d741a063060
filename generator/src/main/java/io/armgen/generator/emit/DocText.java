package io.armgen.generator.emit;

/**
 * Spec text made safe for a generated Java file: the one place every string from a spec passes
 * through on its way into a comment, a Javadoc or a string literal.
 *
 * <p>Why it is needed: javac decodes a backslash-u escape anywhere in a source file, comments
 * included, before it reads anything else, so a spec text holding backslash-u-000a ends a line
 * comment and whatever follows is compiled as code. JavaPoet passes such escapes, {@code *}{@code /}
 * and line separators (U+2028, on which it breaks a line even inside a string literal) through as
 * they are. The results here contain no eligible unicode escape except inside a string literal, no
 * control character, no line or paragraph separator, no bidirectional formatting character (which
 * would make a reader see other code than javac compiles) and no unpaired surrogate.
 *
 * <p>Always pass a result as a {@code $L} argument, never as a format string (a {@code $} in spec
 * text would be read as a JavaPoet placeholder). {@link SourceTextCheck} verifies every rendered
 * file, so a text that bypasses this class is caught before it is written.
 */
final class DocText {
  private DocText() {}

  /**
   * Escapes {@code text} for a Javadoc comment: closes no comment, starts no unicode escape, no
   * control characters, HTML and {@code @} neutralised, lines kept.
   *
   * @return "" for null
   */
  public static String javadoc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '*':
          // "*/" would end the comment
          sb.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "*&#47;" : "*");
          if (i + 1 < text.length() && text.charAt(i + 1) == '/') {
            i++;
          }
          break;
        case '\\':
          // a backslash followed by u starts a unicode escape, even inside comments
          sb.append("&#92;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '@':
          sb.append("&#64;");
          break;
        case '\r':
          break;
        case '\n':
          sb.append('\n');
          break;
        default:
          i = appendCommentChar(text, i, sb);
      }
    }
    return sb.toString().strip();
  }

  /**
   * {@code text} for a {@code //} comment: one line, with every character that could end the
   * comment or mislead a reader made a space, and every backslash that would start a unicode
   * escape doubled (so a file name or version reads as it is, only never as code).
   *
   * @return "" for null
   */
  public static String lineComment(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        int run = 1;
        while (i + run < text.length() && text.charAt(i + run) == '\\') {
          run++;
        }
        sb.append("\\".repeat(run));
        boolean escapeFollows = i + run < text.length() && text.charAt(i + run) == 'u';
        if (escapeFollows && run % 2 == 1) {
          sb.append('\\'); // an even run cannot start an escape
        }
        i += run - 1;
      } else if (c == '\n' || c == '\r') {
        sb.append(' ');
      } else {
        i = appendCommentChar(text, i, sb);
      }
    }
    return sb.toString();
  }

  /**
   * {@code text} as a Java string literal, quotes included, whose value is exactly {@code text}:
   * backslash, quote and the usual controls escaped as {@code \n}, {@code \t}, ...; other
   * controls, line separators, bidirectional formatting characters and unpaired surrogates as
   * unicode escapes (harmless inside a literal, and invisible characters become visible).
   *
   * <p>Usually one literal; two joined by {@code +} in parentheses when an unpaired high surrogate is
   * followed by a backslash escape (still a constant expression, valid as a {@code case} label).
   *
   * @return {@code null} (the Java keyword) for null, as JavaPoet's {@code $S} gives
   */
  public static String literal(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    boolean split = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (endsInHighSurrogateEscape(sb) && (c == '"' || c == '\\' || c < ' ')) {
        // javac pairs a high-surrogate escape with what follows and then misreads a backslash
        // (measured with javac 17): a new literal starts with no escape before it
        sb.append("\" + \"");
        split = true;
      }
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (isUnsafe(c)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
    return split ? "(" + sb + ")" : sb.toString();
  }

  /** True when {@code sb} ends in a unicode escape (an odd run of backslashes, u, four hex digits) of a high surrogate. */
  private static boolean endsInHighSurrogateEscape(StringBuilder sb) {
    int n = sb.length();
    if (n < 6 || sb.charAt(n - 5) != 'u') {
      return false;
    }
    int backslashes = 0;
    while (n - 6 - backslashes >= 0 && sb.charAt(n - 6 - backslashes) == '\\') {
      backslashes++;
    }
    if (backslashes % 2 == 0) {
      return false;
    }
    int value = 0;
    for (int k = n - 4; k < n; k++) {
      int digit = Character.digit(sb.charAt(k), 16);
      if (digit < 0) {
        return false;
      }
      value = value * 16 + digit;
    }
    return Character.isHighSurrogate((char) value);
  }

  /**
   * True for characters that must never appear raw in a generated file: controls other than line
   * feed, line and paragraph separators, bidirectional formatting characters and surrogates (an
   * unpaired one cannot be written as UTF-8; callers keep valid pairs together).
   */
  static boolean isUnsafe(char c) {
    return (Character.isISOControl(c) && c != '\n') || c == '\u2028' || c == '\u2029' || isBidiControl(c)
        || Character.isSurrogate(c);
  }

  /** The characters of the "Trojan Source" attacks: they reorder how a line is displayed. */
  static boolean isBidiControl(char c) {
    return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Appends {@code text.charAt(i)} (a valid surrogate pair whole) to a comment, unsafe ones as a space. */
  private static int appendCommentChar(String text, int i, StringBuilder sb) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
      sb.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    sb.append(isUnsafe(c) ? ' ' : c);
    return i;
  }
}
