package io.armgen.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the armgen repository root, so the benchmarks read the bundled specs wherever JMH's
 * forked JVM starts: {@code ARMGEN_REPO_ROOT} when set, else the nearest folder at or above the
 * working directory that holds {@code specs/}.
 */
final class RepoRoot {
  private RepoRoot() {}

  static Path locate() {
    String fromEnv = System.getenv("ARMGEN_REPO_ROOT");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("specs"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no specs/ folder at or above the working directory; set ARMGEN_REPO_ROOT to the repository root");
  }
}
