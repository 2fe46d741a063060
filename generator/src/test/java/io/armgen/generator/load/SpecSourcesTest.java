package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecSourcesTest {
  @TempDir
  Path project;

  private Path kv;
  private Path cr;
  private Path common;
  private Path example;

  @BeforeEach
  void layout() throws IOException {
    kv = write(project, "src/main/swagger/keyvault/2021/kv.json", entry("2021-06-01"));
    cr = write(project, "src/main/swagger/registry/2019/cr.json", entry("2019-05-01"));
    common = write(project, "src/main/swagger/common/types.json",
        "{\"swagger\": \"2.0\", \"info\": {\"version\": \"1.0\"}, \"paths\": {}}");
    example = write(project, "src/main/swagger/keyvault/2021/examples/Get.json", "{\"responses\": {}}");
    write(project, "src/main/swagger/.hidden/x.json", entry("2021-06-01"));
  }

  @Test
  void folderCandidatesLeaveOutExamplesAndHiddenFolders() {
    SpecSources sources = SpecSources.resolve(project, List.of("src/main/swagger"));
    assertEquals(List.of(common, kv, cr).stream().sorted().toList(), List.copyOf(sources.candidates()));
  }

  @Test
  void folderEntriesAreTheDocumentsWithOperations() {
    SpecFiles.Expansion found = SpecSources.resolve(project, List.of("src/main/swagger")).entries(List.of());
    assertEquals(List.of(kv, cr), found.files());
    assertTrue(found.diagnostics().isEmpty(), found.diagnostics()::toString);
    // the common types are not an entry: said once the run shows no $ref reached them
    assertEquals(List.of(common), found.skipped().stream().map(SpecFiles.Skipped::file).toList());
  }

  @Test
  void globMatchesAllFilesButOnlyEntryDocumentsAreGenerated() {
    SpecSources sources = SpecSources.resolve(project, List.of("src/main/swagger/**/*.json"));
    assertTrue(sources.candidates().contains(example));
    assertTrue(sources.candidates().contains(common));
    assertEquals(List.of(kv, cr), sources.entries(null).files());
  }

  @Test
  void anExistingFileWithGlobCharactersInItsNameIsTakenAsItIs() throws IOException {
    Path odd = write(project, "src/main/swagger/odd/spec{1}[a]*.json", entry("2021-06-01"));
    SpecSources sources = SpecSources.resolve(project, List.of("src/main/swagger/odd/spec{1}[a]*.json"));
    assertEquals(List.of(odd), sources.entries(List.of()).files());
    assertTrue(sources.emptyGlobs().isEmpty());
  }

  @Test
  void apiVersionsKeepOnlyTheListedVersions() {
    SpecSources sources = SpecSources.resolve(project, List.of("src/main/swagger/keyvault", "src/main/swagger/registry/2019/cr.json"));
    assertEquals(List.of(cr), sources.entries(List.of("2019-05-01")).files());
    assertEquals(List.of(), sources.entries(List.of("1999-01-01")).files());
  }

  @Test
  void severalSpecsInOneExecutionAreMergedWithoutDuplicates() {
    SpecSources sources = SpecSources.resolve(project, List.of("src/main/swagger/keyvault/2021/kv.json", "src/main/swagger/**/kv.json",
        " src/main/swagger/registry "));
    assertEquals(List.of(kv, cr), sources.entries(List.of()).files());
  }

  @Test
  void globsWithParentFoldersOrAbsolutePrefixesMatchToo() {
    Path module = project.resolve("module");
    SpecSources relative = SpecSources.resolve(module, List.of("../src/main/swagger/**/kv.json"));
    assertEquals(List.of(kv), List.copyOf(relative.candidates()));
    String absoluteGlob = project.resolve("src/main/swagger").toString().replace('\\', '/') + "/*/2019/*.json";
    assertEquals(List.of(cr), List.copyOf(SpecSources.resolve(module, List.of(absoluteGlob)).candidates()));
  }

  @Test
  void missingFileIsReportedAndEmptyGlobIsListed() {
    SpecSources sources = SpecSources.resolve(project, List.of("nope.json", "src/**/*.yaml"));
    List<Diagnostic> problems = sources.entries(List.of()).diagnostics();
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).format().contains("nope.json"), problems.get(0).format());
    assertEquals(List.of("src/**/*.yaml"), sources.emptyGlobs());
  }

  @Test
  void aBrokenFileInAFolderOrAGlobIsAnErrorNamingItsLineAndColumn() throws IOException {
    write(project, "src/main/swagger/registry/2019/broken.json",
        "{\"swagger\": \"2.0\",\n \"paths\": {\"/x\": {},}}");
    for (String spec : List.of("src/main/swagger", "src/main/swagger/**/*.json")) {
      SpecFiles.Expansion found = SpecSources.resolve(project, List.of(spec)).entries(List.of());
      assertEquals(List.of(kv, cr), found.files());
      assertEquals(1, found.diagnostics().size(), found.diagnostics()::toString);
      Diagnostic d = found.diagnostics().get(0);
      assertEquals(Severity.ERROR, d.severity());
      assertEquals("JSON_SYNTAX", d.code());
      assertTrue(d.file().endsWith("broken.json"), d.file());
      assertEquals(2, d.line());
    }
  }

  @Test
  void anOpenApi3DocumentOrAMisspelledEntryIsAWarningWithItsReason() throws IOException {
    write(project, "src/main/swagger/v3/openapi.yaml", "openapi: 3.0.1\npaths:\n  /x: {}\n");
    write(project, "src/main/swagger/typo/typo.json", "{\"swager\": \"2.0\", \"paths\": {\"/x\": {}}}");
    SpecFiles.Expansion found = SpecSources.resolve(project, List.of("src/main/swagger")).entries(List.of());
    List<Diagnostic> warnings = SpecFiles.unreferenced(found.skipped(), List.of()).stream()
        .filter(d -> d.severity() == Severity.WARNING).toList();
    assertEquals(2, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).message().contains("swager"), warnings.get(0).message());
    assertTrue(warnings.get(1).message().contains("OpenAPI 3.0.1"), warnings.get(1).message());
  }

  private static String entry(String version) {
    return "{\"swagger\": \"2.0\", \"info\": {\"title\": \"T\", \"version\": \"" + version + "\"},\n"
        + " \"paths\": {\"/things\": {\"get\": {\"operationId\": \"Things_List\", \"responses\": {\"200\": {\"description\": \"ok\"}}}}}}";
  }

  private static Path write(Path root, String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }
}
