package io.armgen.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Saves the server's coverage reports at the end of the run: {@code azure.json}
 * ({@code GET /report/azure}), {@code report.json} ({@code GET /report}) and, per Swagger file,
 * scenarios passed (count > 0) over scenarios with a route ({@code coverage-by-file.md} and
 * {@code .json}; see {@link ScenarioFiles} for how names are tied to files).
 */
final class CoverageReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CoverageReport() {}

  static void save(TestServer server, Path packageDir, Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    String azure = server.get("/report/azure");
    String general = server.get("/report");
    Files.writeString(dir.resolve("azure.json"), azure, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("report.json"), general, StandardCharsets.UTF_8);

    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String text : new String[] {general, azure}) {
      JSON.readTree(text).properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
    }
    Map<String, Set<String>> byFile = ScenarioFiles.byFile(packageDir, counts.keySet());
    StringBuilder table = new StringBuilder("| Swagger file | passed / with a route | not reached |\n|---|---|---|\n");
    ObjectNode json = JSON.createObjectNode();
    int allPassed = 0;
    int all = 0;
    for (Map.Entry<String, Set<String>> e : byFile.entrySet()) {
      ObjectNode file = json.putObject(e.getKey());
      ObjectNode scenarios = file.putObject("scenarios");
      int passed = 0;
      StringBuilder missing = new StringBuilder();
      for (String name : e.getValue()) {
        int count = counts.getOrDefault(name, 0);
        scenarios.put(name, count);
        if (count > 0) {
          passed++;
        } else {
          missing.append(missing.length() == 0 ? "" : ", ").append(name);
        }
      }
      file.put("passed", passed);
      file.put("withRoute", e.getValue().size());
      allPassed += passed;
      all += e.getValue().size();
      table.append("| ").append(e.getKey()).append(" | ").append(passed).append(" / ").append(e.getValue().size())
          .append(" | ").append(missing).append(" |\n");
    }
    table.append("| **total** | ").append(allPassed).append(" / ").append(all).append(" | |\n");
    Files.writeString(dir.resolve("coverage-by-file.md"), table.toString(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("coverage-by-file.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString((JsonNode) json), StandardCharsets.UTF_8);
  }
}
