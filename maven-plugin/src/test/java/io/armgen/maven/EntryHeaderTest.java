package io.armgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryHeaderTest {
  @TempDir
  Path dir;

  @Test
  void readsVersionOfAnEntryDocumentWhateverTheMemberOrder() throws IOException {
    Path file = SpecFixtures.write(dir, "a.json",
        "{\"paths\": {\"/x\": {\"get\": {\"responses\": {}}}}, \"definitions\": {\"A\": {\"type\": \"object\"}},"
            + " \"info\": {\"title\": \"t\", \"contact\": {\"name\": \"n\"}, \"version\": \"2024-01-01\"}, \"swagger\": \"2.0\"}");
    EntryHeader header = EntryHeader.read(file).orElseThrow();
    assertTrue(header.entry());
    assertEquals("2024-01-01", header.apiVersion());
  }

  @Test
  void commonTypesWithEmptyPathsAndExamplesAreNotEntries() throws IOException {
    Path common = SpecFixtures.write(dir, "types.json", "{\"swagger\": \"2.0\", \"info\": {\"version\": \"1.0\"}, \"paths\": {}}");
    Path example = SpecFixtures.write(dir, "Get.json", "{\"parameters\": {}, \"responses\": {\"200\": {}}}");
    assertFalse(EntryHeader.read(common).orElseThrow().entry());
    assertFalse(EntryHeader.read(example).orElseThrow().entry());
  }

  @Test
  void readsYamlAndXmsPaths() throws IOException {
    Path file = SpecFixtures.write(dir, "a.yaml",
        "swagger: '2.0'\ninfo:\n  version: 2022-02-02\nx-ms-paths:\n  /x?op=1:\n    get: {}\n");
    EntryHeader header = EntryHeader.read(file).orElseThrow();
    assertTrue(header.entry());
    assertEquals("2022-02-02", header.apiVersion());
  }

  @Test
  void brokenFileHasNoHeader() throws IOException {
    assertTrue(EntryHeader.read(SpecFixtures.write(dir, "bad.json", "{\"swagger\": ")).isEmpty());
    assertTrue(EntryHeader.read(SpecFixtures.write(dir, "list.json", "[1, 2]")).isEmpty());
  }
}
