package io.armgen.examples.approval;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with one column width per column, for terminals and logs. */
final class ConnectionTable {
  static final List<String> HEADER = List.of("SERVICE", "PARENT", "CONNECTION", "STATUS", "DESCRIPTION");

  /** One line of the table. */
  record Row(String service, String parent, String connection, String status, String description) {
    List<String> cells() {
      return List.of(service, parent, connection, status, description);
    }
  }

  private ConnectionTable() {}

  static String format(List<Row> rows) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(HEADER);
    rows.forEach(r -> lines.add(r.cells()));
    int[] widths = new int[HEADER.size()];
    for (List<String> line : lines) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        text.append(i == widths.length - 1 ? line.get(i) : String.format("%-" + (widths[i] + 2) + "s", line.get(i)));
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
