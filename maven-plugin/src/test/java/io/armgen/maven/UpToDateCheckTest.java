package io.armgen.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.load.SpecSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The up-to-date decision, on a spec pair where one file is reached only through $ref. */
class UpToDateCheckTest {
  @TempDir
  Path project;

  private Path entry;
  private Path shared;
  private Path manifest;
  private Path state;

  @BeforeEach
  void layout() throws IOException {
    entry = SpecFixtures.write(project, "specs/app/api.json", SpecFixtures.entry("2024-01-01"));
    shared = SpecFixtures.write(project, "specs/common/types.json", "{\"definitions\": {}}");
    manifest = SpecFixtures.write(project, "out/.armgen-manifest", "abc x.java\n");
    state = project.resolve("target/armgen/default.fingerprint");
  }

  private SortedSet<Path> candidates() {
    return SpecSources.resolve(project, List.of("specs/app")).candidates();
  }

  private UpToDateCheck check(String version, String config) {
    return new UpToDateCheck(state, version, config);
  }

  private void recordRun() throws IOException {
    check("1.0", "cfg").record(candidates(), List.of(entry, shared), List.of(manifest));
  }

  @Test
  void nothingRecordedIsNotUpToDate() throws IOException {
    assertFalse(check("1.0", "cfg").isUpToDate(candidates()));
  }

  @Test
  void unchangedInputsAreUpToDate() throws IOException {
    recordRun();
    assertTrue(check("1.0", "cfg").isUpToDate(candidates()));
  }

  @Test
  void touchingWithoutChangingContentStaysUpToDate() throws IOException {
    recordRun();
    Files.setLastModifiedTime(shared, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertTrue(check("1.0", "cfg").isUpToDate(candidates()));
  }

  @Test
  void changingAFileReachedOnlyThroughRefRegenerates() throws IOException {
    recordRun();
    Files.writeString(shared, "{\"definitions\": {\"X\": {}}}");
    assertFalse(check("1.0", "cfg").isUpToDate(candidates()));
  }

  @Test
  void aNewSpecInTheFolderRegenerates() throws IOException {
    recordRun();
    SpecFixtures.write(project, "specs/app/second.json", SpecFixtures.entry("2024-02-02"));
    assertFalse(check("1.0", "cfg").isUpToDate(candidates()));
  }

  @Test
  void aDeletedInputOrOutputRegenerates() throws IOException {
    recordRun();
    Files.delete(manifest);
    assertFalse(check("1.0", "cfg").isUpToDate(candidates()));
    Files.writeString(manifest, "abc x.java\n");
    assertTrue(check("1.0", "cfg").isUpToDate(candidates()));
    Files.delete(shared);
    assertFalse(check("1.0", "cfg").isUpToDate(candidates()));
  }

  @Test
  void otherVersionOrConfigurationRegenerates() throws IOException {
    recordRun();
    assertFalse(check("1.1", "cfg").isUpToDate(candidates()));
    assertFalse(check("1.0", "cfg2").isUpToDate(candidates()));
  }

  @Test
  void forgottenOrDamagedStateIsNotUpToDate() throws IOException {
    recordRun();
    check("1.0", "cfg").forget();
    assertFalse(check("1.0", "cfg").isUpToDate(candidates()));
    recordRun();
    Files.writeString(state, "garbage\n");
    assertFalse(check("1.0", "cfg").isUpToDate(candidates()));
  }

  /** With the real generator: the files it reports as read include the common-types file and examples. */
  @Test
  void generatorInputFilesCoverRefTargetsOfTheRepositorySpecs(@TempDir Path copy) throws IOException {
    Path specs = SpecFixtures.copyRepoSpecs(copy);
    Path registry = specs.resolve("containerregistry");
    GeneratorResult result = new Generator().generate(new GeneratorOptions(List.of(registry), null, false, List.of()));
    assertFalse(result.hasErrors(), result.diagnostics()::toString);
    Path common = specs.resolve("common-types/v1/types.json").toAbsolutePath().normalize();
    assertTrue(result.inputFiles().contains(common), result.inputFiles()::toString);

    Path out = copy.resolve("out");
    Files.createDirectories(out);
    Path outManifest = SpecFixtures.write(out, ".armgen-manifest", "x\n");
    SortedSet<Path> candidates = SpecSources.resolve(copy, List.of("specs/containerregistry")).candidates();
    assertFalse(candidates.contains(common), "common-types is not a candidate of the registry folder");
    UpToDateCheck check = new UpToDateCheck(copy.resolve("state"), "v", "c");
    check.record(candidates, result.inputFiles(), List.of(outManifest));
    assertTrue(check.isUpToDate(candidates));

    Files.writeString(common, Files.readString(common).replace("Fields every", "Fields that every"));
    assertFalse(check.isUpToDate(candidates));
  }
}
