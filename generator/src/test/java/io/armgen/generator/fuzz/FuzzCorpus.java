package io.armgen.generator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.testing.FileTrees;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents the fuzzer mutates: the entry files of {@code specs/} and, when present, of the
 * upstream corpus, each copied with its folder tree into a scratch folder so that a mutant written
 * next to its original resolves the same relative {@code $ref}s. Upstream is optional here (the
 * upstream tests proper skip or fail on its absence).
 */
final class FuzzCorpus {
  /** One entry document. {@code weight} = how often it is picked relative to the others. */
  record Source(String name, Path entry, JsonNode tree, int weight) {}

  private static final List<String> UPSTREAM_LIGHT = List.of("keyvault.json", "privateEndpointConnection.json");
  /** 90 and 250 generated files per mutant: long runs only. */
  private static final List<String> UPSTREAM_HEAVY = List.of("containerregistry.json", "managedClusters.json");

  private FuzzCorpus() {}

  /**
   * @param scratch where the trees are copied
   * @param heavy also include the ContainerRegistry and AKS specs (long runs only)
   */
  static List<Source> load(Path scratch, boolean heavy) throws IOException {
    List<Source> sources = new ArrayList<>();
    Path specs = FileTrees.copy(RepoPaths.specs(), scratch.resolve("repo/specs"));
    try (Stream<Path> walk = Files.walk(specs)) {
      for (Path p : walk.filter(FuzzCorpus::isEntry).sorted().toList()) {
        sources.add(new Source("specs/" + specs.relativize(p), p, read(p), 4));
      }
    }
    Path upstream = RepoPaths.repoRoot().resolve("../shared/upstream-specs/specification").normalize();
    if (Files.isDirectory(upstream)) {
      Path copy = FileTrees.copy(upstream, scratch.resolve("upstream/specification"));
      try (Stream<Path> walk = Files.walk(copy)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          String file = p.getFileName().toString();
          if (UPSTREAM_LIGHT.contains(file) || (heavy && UPSTREAM_HEAVY.contains(file))) {
            sources.add(new Source("upstream/" + file, p, read(p), 1));
          }
        }
      }
    } else {
      System.out.println("fuzz: upstream specs not found at ../shared/upstream-specs; fuzzing specs/ only");
    }
    return sources;
  }

  private static boolean isEntry(Path p) {
    if (!p.toString().endsWith(".json") || p.toString().contains("/examples/")) {
      return false;
    }
    return read(p).has("paths");
  }

  private static JsonNode read(Path p) {
    try {
      return new ObjectMapper().readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
