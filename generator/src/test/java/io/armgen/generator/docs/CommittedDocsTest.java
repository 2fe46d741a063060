package io.armgen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages and samples committed in docs/ are exactly what {@code armgen docs specs -o docs} writes today. */
class CommittedDocsTest {
  static final String REFRESH = "refresh them from the repository root with: ./armgen docs specs -o docs";

  /** The pages for the four specs, as the repository's docs/ should hold them. */
  static List<GeneratedFile> expectedPages() {
    Path repo = RepoPaths.repoRoot();
    GeneratorResult result = new Generator().check(GeneratorOptions.of(List.of(RepoPaths.specs())));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    List<SampleEmitter.Sample> samples = new SampleEmitter().emit(result.model(), (at, note) -> { });
    return new DocsGenerator().pages(result.model(), samples, repo, null);
  }

  @Test
  void committedPagesAreUpToDate() throws IOException {
    Path docs = RepoPaths.repoRoot().resolve("docs");
    List<String> problems = new ArrayList<>();
    List<GeneratedFile> expected = expectedPages();
    for (GeneratedFile page : expected) {
      Path file = docs.resolve(page.relativePath());
      if (!Files.isRegularFile(file)) {
        problems.add("missing: docs/" + page.relativePath());
      } else if (!Files.readString(file, StandardCharsets.UTF_8).equals(page.content())) {
        problems.add("out of date: docs/" + page.relativePath());
      }
    }
    Set<String> generated = expected.stream().map(GeneratedFile::relativePath).collect(Collectors.toSet());
    try (Stream<Path> files = Files.walk(docs)) {
      files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".java"))
          .map(p -> docs.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !generated.contains(p)).sorted()
          .forEach(p -> problems.add("no longer generated: docs/" + p + " (delete it)"));
    }
    if (!problems.isEmpty()) {
      fail("docs/ does not match the specs; " + REFRESH + "\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void onePagePerResourceOfEachServiceAndAnIndex() {
    Set<String> paths = new TreeSet<>(expectedPages().stream().map(GeneratedFile::relativePath)
        .filter(p -> p.endsWith(".md")).toList());
    assertEquals(Set.of("index.md", "ContainerRegistry/PrivateEndpointConnection.md",
        "ContainerService/PrivateEndpointConnection.md", "DocumentDB/PrivateEndpointConnection.md",
        "KeyVault/PrivateEndpointConnection.md"), paths);
  }
}
