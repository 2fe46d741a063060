package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecHeaderTest {
  @TempDir
  Path dir;

  @Test
  void readsVersionOfAnEntryDocumentWhateverTheMemberOrder() throws IOException {
    Path file = write(dir, "a.json",
        "{\"paths\": {\"/x\": {\"get\": {\"responses\": {}}}}, \"definitions\": {\"A\": {\"type\": \"object\"}},"
            + " \"info\": {\"title\": \"t\", \"contact\": {\"name\": \"n\"}, \"version\": \"2024-01-01\"}, \"swagger\": \"2.0\"}");
    SpecHeader header = SpecHeader.read(file).orElseThrow();
    assertTrue(header.entry());
    assertEquals("2024-01-01", header.apiVersion());
  }

  @Test
  void commonTypesWithEmptyPathsAndExamplesAreNotEntries() throws IOException {
    Path common = write(dir, "types.json", "{\"swagger\": \"2.0\", \"info\": {\"version\": \"1.0\"}, \"paths\": {}}");
    Path example = write(dir, "Get.json", "{\"parameters\": {}, \"responses\": {\"200\": {}}}");
    assertFalse(SpecHeader.read(common).orElseThrow().entry());
    assertFalse(SpecHeader.read(example).orElseThrow().entry());
  }

  @Test
  void readsYamlAndXmsPaths() throws IOException {
    Path file = write(dir, "a.yaml",
        "swagger: '2.0'\ninfo:\n  version: 2022-02-02\nx-ms-paths:\n  /x?op=1:\n    get: {}\n");
    SpecHeader header = SpecHeader.read(file).orElseThrow();
    assertTrue(header.entry());
    assertEquals("2022-02-02", header.apiVersion());
  }

  @Test
  void brokenFileHasNoHeader() throws IOException {
    assertTrue(SpecHeader.read(write(dir, "bad.json", "{\"swagger\": ")).isEmpty());
    assertTrue(SpecHeader.read(write(dir, "list.json", "[1, 2")).isEmpty());
    assertFalse(SpecHeader.read(write(dir, "data.json", "[1, 2]")).orElseThrow().entry());
  }

  @Test
  void aByteOrderMarkIsNotInTheWay() throws IOException {
    Path file = write(dir, "bom.json", "\uFEFF{\"swagger\": \"2.0\", \"info\": {\"version\": \"v1\"}, \"paths\": {\"/x\": {}}}");
    SpecHeader header = SpecHeader.read(file).orElseThrow();
    assertTrue(header.entry());
    assertEquals("v1", header.apiVersion());
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
