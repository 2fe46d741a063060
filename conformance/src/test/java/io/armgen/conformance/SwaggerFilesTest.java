package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every Swagger file of the test-server package is generated (the generate run's summary names
 * it) and its code compiled with {@code -Xlint:all -Werror} (the module's test compilation), or is
 * listed here with the reason it is not (a file armgen refuses must be refused with a diagnostic:
 * the generate run then fails before javac); and {@link ScenarioFiles} has an entry for each.
 */
@ExtendWith(TestServerExtension.class)
class SwaggerFilesTest {
  /** Files not generated in conformance/, and why (none: every file of the package is). */
  static final Map<String, String> NOT_GENERATED = Map.of();

  @Test
  void everyFileIsGeneratedOrListedWithItsReason(TestServer server) throws IOException {
    Path swagger = Path.of(System.getProperty("armgen.testserver.dir"), "swagger");
    TreeSet<String> files;
    try (Stream<Path> list = Files.list(swagger)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(74, files.size(), "the package's Swagger files: " + files);
    String log = Files.readString(Path.of(System.getProperty("armgen.conformance.generateLog")), StandardCharsets.UTF_8);
    List<String> summaries = log.lines().filter(l -> l.contains(" -> io.armgen.conformance.")).toList();
    for (String file : files) {
      boolean generated = summaries.stream().anyMatch(l -> l.endsWith("/" + file + ")"));
      assertTrue(generated != NOT_GENERATED.containsKey(file), file + (generated
          ? " is generated but listed as not generated" : " is neither generated nor listed with a reason"));
    }
    assertTrue(log.lines().noneMatch(l -> l.contains(": error ")), "the generate run printed errors");
    List<String> sources = ScenarioFiles.SOURCES.stream().map(ScenarioFiles.Source::swagger).toList();
    assertEquals(List.copyOf(files), sources, "ScenarioFiles has one entry per Swagger file, sorted");
  }
}
