package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after every scenario class (see {@code junit-platform.properties}) and compares the
 * server's own counts with the committed table of scenarios not passed ({@link NotPassedTable}),
 * so the table cannot rot: every scenario the server did not count is in it, no scenario it says
 * is not called or refused was counted (a gap or a policy may have been: the server counts a call
 * of the route, conforming or not), and a row that says armgen refuses a construct names a
 * diagnostic armgen printed for that file. Also checks that every name in the reports belongs to exactly one Swagger file.
 *
 * <p>On a mismatch it writes the table the run calls for, keeping the reasons already given, to
 * {@code target/autorest-testserver-report/not-passed.md}.
 */
@ExtendWith(TestServerExtension.class)
@Order(Integer.MAX_VALUE)
class ConformanceTableTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theTableOfScenariosNotPassedMatchesTheServersCounts(TestServer server) throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String report : List.of("/report", "/report/azure")) {
      JSON.readTree(server.get(report)).properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
    }
    Path packageDir = Path.of(System.getProperty("armgen.testserver.dir"));
    Map<String, Set<String>> byFile = ScenarioFiles.byFile(packageDir, counts.keySet());
    List<String> problems = new ArrayList<>();
    Map<String, String> owner = new TreeMap<>();
    byFile.forEach((file, names) -> names.forEach(name -> {
      String earlier = owner.putIfAbsent(name, file);
      if (earlier != null) {
        problems.add(name + " is claimed by both " + earlier + " and " + file + " (ScenarioFiles)");
      }
    }));
    counts.keySet().stream().filter(name -> !owner.containsKey(name))
        .forEach(name -> problems.add(name + " belongs to no Swagger file (ScenarioFiles)"));

    Path tablePath = Path.of(System.getProperty("armgen.conformance.table"));
    List<NotPassedTable.Row> rows = NotPassedTable.read(tablePath);
    String log = Files.readString(Path.of(System.getProperty("armgen.conformance.generateLog")), StandardCharsets.UTF_8);
    Map<String, NotPassedTable.Row> byKey = new LinkedHashMap<>();
    for (NotPassedTable.Row row : rows) {
      if (byKey.put(row.file() + " " + row.scenario(), row) != null) {
        problems.add("the table lists " + row.file() + " " + row.scenario() + " twice");
      }
      Set<String> names = byFile.get(row.file());
      if (names == null) {
        problems.add("the table names " + row.file() + ", which is no Swagger file of ScenarioFiles");
        continue;
      }
      if (row.wholeFile()) {
        names.stream().filter(n -> counts.get(n) > 0).forEach(n -> problems.add(row.file()
            + " is listed as '*' (nothing passed) but the server counted " + n + ": list its scenarios one by one"));
      } else if (!names.contains(row.scenario())) {
        problems.add("the table lists " + row.scenario() + " under " + row.file() + ", but the reports hold no such scenario of it");
      } else if (counts.get(row.scenario()) > 0 && (row.outcome().equals("not called") || row.outcome().equals("refused"))) {
        // a gap or a policy may reach the server (which counts any call of the route) and still not conform
        problems.add(row.scenario() + " (" + row.file() + ") is listed as " + row.outcome()
            + " but the server counted it " + counts.get(row.scenario()) + " times: remove its row");
      }
      if (row.code() != null && !refusedInLog(log, row.file(), row.code())) {
        problems.add(row.scenario() + " (" + row.file() + ") is listed as refused " + row.code()
            + " but armgen printed no " + row.code() + " diagnostic for " + row.file());
      }
    }
    byFile.forEach((file, names) -> names.stream()
        .filter(n -> counts.get(n) == 0 && !byKey.containsKey(file + " " + n) && !byKey.containsKey(file + " *"))
        .forEach(n -> problems.add(n + " (" + file + ") was not counted by the server and is missing from the table")));

    if (!problems.isEmpty()) {
      writeExpectedTable(byFile, counts, byKey);
    }
    assertTrue(problems.isEmpty(), problems.size() + " mismatches between " + tablePath.getFileName()
        + " and this run (the table this run calls for: target/autorest-testserver-report/not-passed.md):\n"
        + String.join("\n", problems));
    assertEquals(owner.keySet(), counts.keySet());
  }

  /** A diagnostic line of the generate run for {@code file} with {@code code}. */
  static boolean refusedInLog(String log, String file, String code) {
    return log.lines().anyMatch(line -> line.contains("/" + file + ":") && line.contains(" " + code + ": "));
  }

  private static void writeExpectedTable(Map<String, Set<String>> byFile, Map<String, Integer> counts,
      Map<String, NotPassedTable.Row> known) throws java.io.IOException {
    StringBuilder out = new StringBuilder("| file | scenario | outcome | reason |\n|---|---|---|---|\n");
    byFile.forEach((file, names) -> {
      boolean nonePassed = !names.isEmpty() && names.stream().allMatch(n -> counts.get(n) == 0);
      NotPassedTable.Row whole = known.get(file + " *");
      if (nonePassed && whole != null) {
        out.append(line(whole));
        return;
      }
      names.stream().filter(n -> counts.get(n) == 0).sorted().forEach(n -> {
        NotPassedTable.Row row = known.getOrDefault(file + " " + n, whole);
        out.append(row == null ? "| " + file + " | " + n + " | not called | TODO |\n"
            : line(new NotPassedTable.Row(file, n, row.outcome(), row.code(), row.reason())));
      });
    });
    Path report = Path.of(System.getProperty("armgen.testserver.report"));
    Files.createDirectories(report);
    Files.writeString(report.resolve("not-passed.md"), out.toString(), StandardCharsets.UTF_8);
  }

  private static String line(NotPassedTable.Row row) {
    String outcome = row.code() == null ? row.outcome() : "refused " + row.code();
    return "| " + row.file() + " | " + row.scenario() + " | " + outcome + " | " + row.reason() + " |\n";
  }
}
