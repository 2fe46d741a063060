package io.armgen.generator.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The few lines of a generated sample a reader needs on a page: the client's construction from
 * {@code main} and the call from {@code run}, as statements one can paste (imports and the class
 * around them are in the full sample, which the page links). At most {@link #MAX_LINES} lines.
 */
final class SampleSnippet {
  static final int MAX_LINES = 15;
  private static final String RUN_DECLARATION = "public static ";

  private SampleSnippet() {}

  /** The snippet of a sample class's source as {@code SampleWriter} emits it. */
  static String of(String source) {
    List<String> lines = source.lines().toList();
    List<String> client = statement(lines, indexOf(lines, " client = ", 0));
    int run = -1;
    for (int i = 0; i < lines.size() && run < 0; i++) {
      if (lines.get(i).trim().startsWith(RUN_DECLARATION) && lines.get(i).contains(" run(")) {
        run = i;
      }
    }
    String returnType = run < 0 ? "void" : lines.get(run).trim().replaceFirst("^public static ", "")
        .replaceFirst(" run\\(.*$", "");
    int body = run;
    while (body >= 0 && body < lines.size() && !lines.get(body).endsWith("{")) {
      body++;
    }
    List<String> call = statement(lines, body < 0 ? -1 : body + 1);
    if (!call.isEmpty() && !returnType.equals("void")) {
      call.set(0, call.get(0).replaceFirst("return ", returnType + " result = "));
    }
    List<String> out = new ArrayList<>(dedent(client));
    out.addAll(dedent(call));
    if (out.size() > MAX_LINES) {
      out = new ArrayList<>(dedent(call));
      out.add(0, "// the client is built as in the full sample");
    }
    if (out.size() > MAX_LINES) {
      out = new ArrayList<>(out.subList(0, MAX_LINES - 1));
      out.add("// ... the full sample has the rest");
    }
    return String.join("\n", out) + "\n";
  }

  private static int indexOf(List<String> lines, String needle, int from) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i;
      }
    }
    return -1;
  }

  /** The statement starting at line {@code start}, up to the line that ends it with ';'. */
  private static List<String> statement(List<String> lines, int start) {
    List<String> out = new ArrayList<>();
    for (int i = start; i >= 0 && i < lines.size(); i++) {
      out.add(lines.get(i));
      if (lines.get(i).endsWith(";")) {
        break;
      }
    }
    return out;
  }

  private static List<String> dedent(List<String> statement) {
    if (statement.isEmpty()) {
      return statement;
    }
    String first = statement.get(0);
    int indent = first.length() - first.stripLeading().length();
    List<String> out = new ArrayList<>();
    for (String line : statement) {
      int cut = Math.min(indent, line.length() - line.stripLeading().length());
      out.add(line.substring(cut));
    }
    return out;
  }
}
