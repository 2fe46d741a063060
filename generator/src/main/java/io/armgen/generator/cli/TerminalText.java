package io.armgen.generator.cli;

/**
 * Text from a spec (file names, JSON pointers, titles, definition names) made safe for a terminal
 * or a CI log: every character that would act instead of show is written as a visible escape, a
 * backslash, {@code u} and four hex digits (ESC as the six characters {@code \}{@code u001b}). These
 * are control characters (ESC starts terminal escape sequences, BEL rings, CR returns to the start
 * of the line so that a later text hides an earlier one, LF forges a line), format characters (the
 * bidi overrides and isolates that reorder what is shown), line and paragraph separators, and
 * unpaired surrogates. Everything else, any script and emoji included, is shown as it is.
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code text} as one line with every acting character escaped; "null" for null. */
  static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (acts(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@code text} of several lines: each line {@link #escape escaped}, the line feeds kept. */
  static String escapeLines(String text) {
    if (text == null) {
      return "null";
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      out.append(i == 0 ? "" : "\n").append(escape(lines[i]));
    }
    return out.toString();
  }

  /** True for a character a terminal acts on or that reorders or breaks the line (a lone surrogate here). */
  static boolean acts(char c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }
}
