package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project's four specs and the real upstream Azure specs load cleanly. */
class RealSpecsLoadTest {

  @Test
  void projectSpecsLoadWithoutAnyDiagnostic() {
    SpecFiles.Expansion expansion = SpecFiles.expand(List.of(RepoPaths.specs()));
    assertEquals(List.of(), expansion.diagnostics());
    assertEquals(4, expansion.files().size(), expansion.files()::toString);
    LoadResult result = new SpecLoader(LoaderOptions.defaults()).load(expansion.files());
    assertEquals(List.of(), result.diagnostics());
    assertEquals(4, result.entries().size());
    assertTrue(result.documents().keySet().stream().anyMatch(p -> p.endsWith(Path.of("common-types", "v1", "types.json"))));
    assertTrue(result.documents().keySet().stream().anyMatch(p -> p.toString().contains("examples")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"containerregistry.json", "keyvault.json", "privateEndpointConnection.json", "managedClusters.json"})
  void upstreamEntryLoadsWithoutErrors(String entryName) throws IOException {
    Path upstream = RepoPaths.upstreamSpecsOrSkip();
    Path entry;
    try (Stream<Path> files = Files.walk(upstream)) {
      List<Path> found = files.filter(p -> p.getFileName().toString().equals(entryName)).toList();
      assertEquals(1, found.size(), () -> "one " + entryName + " expected, found " + found);
      entry = found.get(0);
    }
    long started = System.nanoTime();
    LoadResult result = new SpecLoader(LoaderOptions.defaults()).load(List.of(entry));
    long ms = (System.nanoTime() - started) / 1_000_000;
    List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    assertEquals(List.of(), errors);
    // the shared copy lacks most example files; that is all the warnings may be about
    assertTrue(result.diagnostics().stream().allMatch(d -> d.code().equals(LoadCodes.FILE_NOT_FOUND)), result.diagnostics()::toString);
    assertTrue(result.documents().size() > 1, "referenced files are loaded too");
    System.out.printf("upstream %s (%d KB): %d documents in %d ms, %d warnings%n", entryName, Files.size(entry) >> 10,
        result.documents().size(), ms, result.diagnostics().size());
  }
}
