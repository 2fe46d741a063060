package io.armgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real Azure specs (test data in ../shared) generate code that compiles without warnings. */
class UpstreamCorpusTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"containerregistry.json", "keyvault.json", "privateEndpointConnection.json", "managedClusters.json"})
  void upstreamSpecGeneratesCompilingCode(String entryName) throws IOException {
    Path root = RepoPaths.upstreamSpecsOrSkip();
    Path entry;
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> found = files.filter(p -> p.getFileName().toString().equals(entryName)).toList();
      assertEquals(1, found.size(), () -> "expected one " + entryName + " under " + root + ", found " + found);
      entry = found.get(0);
    }
    long start = System.nanoTime();
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(entry)));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertFalse(result.hasErrors(), () -> result.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR).limit(20).map(Object::toString).toList().toString());
    System.out.printf("upstream %s: %d files, %d warnings, generated in %d ms%n", entryName, result.files().size(),
        result.warningCount(), ms);
    GeneratedCode.compileClean(result.files());
  }
}
