package io.armgen.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The committed table of scenarios not passed ({@code conformance/README.md}, section
 * {@value #HEADING}): one row per scenario, {@code | file | scenario | outcome | reason |}, sorted
 * by file and scenario. A scenario of {@code *} stands for every scenario of a file none of whose
 * scenarios is passed (a file not exercised yet).
 *
 * <p>Outcomes: {@code refused CODE} (armgen reports the construct with diagnostic {@code CODE} for
 * that file and leaves it out), {@code policy} (the runtime behaves otherwise on purpose, for ARM),
 * {@code gap} (a known non-conformance) and {@code not called} (no test calls it yet).
 */
final class NotPassedTable {
  static final String HEADING = "## Scenarios not passed";

  /** One row; {@code code} is the diagnostic code of a {@code refused} row, else null. */
  record Row(String file, String scenario, String outcome, String code, String reason) {
    boolean wholeFile() {
      return scenario.equals("*");
    }
  }

  private NotPassedTable() {}

  /**
   * The rows of the table in {@code readme}.
   *
   * @throws IllegalArgumentException naming the line of a malformed row or outcome
   */
  static List<Row> read(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int start = lines.indexOf(HEADING);
    if (start < 0) {
      throw new IllegalArgumentException(readme + " has no '" + HEADING + "' section");
    }
    List<Row> rows = new ArrayList<>();
    boolean inTable = false;
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      if (!inTable) {
        inTable = true;
        i++; // the header row; the next is the |---| rule
        continue;
      }
      rows.add(parse(line, i + 1));
    }
    return rows;
  }

  private static Row parse(String line, int number) {
    String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
    if (cells.length != 4) {
      throw new IllegalArgumentException("line " + number + ": a row has 4 cells (file, scenario, outcome, reason): " + line);
    }
    String file = unquote(cells[0]);
    String scenario = unquote(cells[1]);
    String outcome = unquote(cells[2]);
    String reason = cells[3].strip();
    String code = null;
    if (outcome.startsWith("refused ")) {
      code = outcome.substring("refused ".length()).strip();
      outcome = "refused";
    }
    if (!List.of("refused", "policy", "gap", "not called").contains(outcome)) {
      throw new IllegalArgumentException("line " + number + ": unknown outcome '" + outcome
          + "' (refused CODE, policy, gap, not called)");
    }
    if (reason.isEmpty()) {
      throw new IllegalArgumentException("line " + number + ": every row says why");
    }
    return new Row(file, scenario, outcome.toLowerCase(Locale.ROOT), code, reason);
  }

  private static String unquote(String cell) {
    String s = cell.strip();
    return s.length() >= 2 && s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
  }
}
