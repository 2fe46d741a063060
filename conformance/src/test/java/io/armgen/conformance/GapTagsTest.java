package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tests marked {@link Gap} and the {@code gap} and {@code policy} rows of the table in
 * {@code conformance/README.md} are one list: every scenario a gap test names has such a row (so
 * it is never counted as passed, even when the server counted the call), and every such row names,
 * in its reason, the gap test that pins it as {@code Class.method}.
 *
 * <p>Runs where the scenario classes are compiled, that is with the test server installed (the
 * extension skips it otherwise, or fails it under {@code CI=true}).
 */
@ExtendWith(TestServerExtension.class)
class GapTagsTest {
  @Test
  void gapTestsAndTheTablesGapAndPolicyRowsAreOneList() throws Exception {
    Map<String, List<String>> testsByScenario = gapTests();
    assertFalse(testsByScenario.isEmpty(), "no @Gap test found among the compiled scenario classes");
    List<NotPassedTable.Row> rows = NotPassedTable.read(Path.of(System.getProperty("armgen.conformance.table")));
    Map<String, NotPassedTable.Row> notPassed = new TreeMap<>();
    rows.stream().filter(r -> r.outcome().equals("gap") || r.outcome().equals("policy"))
        .forEach(r -> notPassed.put(r.scenario(), r));

    List<String> problems = new ArrayList<>();
    testsByScenario.forEach((scenario, tests) -> {
      NotPassedTable.Row row = notPassed.get(scenario);
      if (row == null) {
        problems.add(tests + " pins " + scenario + ", which the table does not list as a gap or policy");
        return;
      }
      tests.stream().filter(t -> !row.reason().contains(t))
          .forEach(t -> problems.add("the row of " + scenario + " does not name its gap test " + t));
    });
    notPassed.keySet().stream().filter(s -> !testsByScenario.containsKey(s))
        .forEach(s -> problems.add("the table lists " + s + " as " + notPassed.get(s).outcome() + " but no @Gap test names it"));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** Scenario name -> the {@code Class.method} of each @Gap test that names it. */
  private static Map<String, List<String>> gapTests() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(GapTagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path pkg = classes.resolve(GapTagsTest.class.getPackageName().replace('.', '/'));
    Map<String, List<String>> byScenario = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(pkg)) {
      files = list.filter(p -> p.getFileName().toString().endsWith("Test.class")).sorted().toList();
    }
    for (Path file : files) {
      String simple = file.getFileName().toString().replace(".class", "");
      Class<?> type = Class.forName(GapTagsTest.class.getPackageName() + "." + simple, false, GapTagsTest.class.getClassLoader());
      for (Method m : type.getDeclaredMethods()) {
        Gap gap = m.getAnnotation(Gap.class);
        if (gap != null) {
          for (String scenario : gap.value()) {
            byScenario.computeIfAbsent(scenario, k -> new ArrayList<>()).add(simple + "." + m.getName());
          }
        }
      }
    }
    return byScenario;
  }
}
