package io.armgen.generator.docs;

import java.util.List;

/** The few Markdown constructs the pages use, with the escaping each needs. */
final class Markdown {
  private Markdown() {}

  /**
   * Text for a table cell: pipes escaped (they would end the cell), line breaks as spaces (a
   * table row is one line), Markdown-active characters at risk escaped.
   */
  static String cell(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String oneLine = text.replace("\r\n", "\n").replace('\r', '\n').strip().replaceAll("\\s*\n\\s*", " ");
    return inline(oneLine).replace("|", "\\|");
  }

  /** Running text: characters that would start HTML or emphasis are escaped. */
  static String inline(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '<' || c == '>' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** An inline code span that survives backticks in {@code text}. */
  static String code(String text) {
    String t = text == null ? "" : text.replace("\n", " ");
    return t.contains("`") ? "`` " + t + " ``" : "`" + t + "`";
  }

  /**
   * Code that a browser may wrap only between its parts, after {@code .} and {@code /} and between
   * the humps of a camel-case word (an HTML {@code <code>} with {@code <wbr>}), so that long property
   * paths, accessor chains, type names and ids in narrow table columns break where a reader expects
   * rather than mid-word, or not at all. {@code <wbr>} adds no character when the text is copied.
   * Safe in table cells: the pipe is an HTML entity.
   */
  static String breakableCode(String text) {
    StringBuilder sb = new StringBuilder("<code>");
    String t = text == null ? "" : text.replace("\n", " ");
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(t.charAt(i - 1))) {
        sb.append("<wbr>");
      }
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '|' -> sb.append("&#124;");
        default -> sb.append(c);
      }
      if ((c == '.' || c == '/') && i > 0 && i < t.length() - 1) {
        sb.append("<wbr>");
      }
    }
    return sb.append("</code>").toString();
  }

  /** {@link #code} inside a table cell, where a pipe must be escaped even in code. */
  static String codeCell(String text) {
    return code(text).replace("|", "\\|");
  }

  /** A link whose text is escaped; {@code href} is a relative path or URL without spaces. */
  static String link(String text, String href) {
    return "[" + inline(text) + "](" + href.replace(" ", "%20").replace("(", "%28").replace(")", "%29") + ")";
  }

  /** A GFM table: a header row, the delimiter row and one row per entry; cells already escaped. */
  static String table(List<String> header, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(row(header));
    sb.append("|").append("---|".repeat(header.size())).append('\n');
    for (List<String> r : rows) {
      sb.append(row(r));
    }
    return sb.toString();
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  /** A fenced code block; the fence is longer than any backtick run in {@code code}. */
  static String codeBlock(String language, String code) {
    int longest = 0;
    int run = 0;
    for (char c : code.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + language + "\n" + (code.endsWith("\n") ? code : code + "\n") + fence + "\n";
  }
}
