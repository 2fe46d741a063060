package io.armgen.generator.emit;

/**
 * Makes spec text safe inside generated Javadoc. Measured: JavaPoet passes {@code *}{@code /}
 * and {@code \}{@code u} through, and the output then fails to compile. Always pass the result as
 * a {@code $L} argument, never as a format string (a {@code $} in spec text would be read as a
 * JavaPoet placeholder).
 */
public final class DocText {
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
        case '\t':
          sb.append(' ');
          break;
        default:
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString().strip();
  }
}
