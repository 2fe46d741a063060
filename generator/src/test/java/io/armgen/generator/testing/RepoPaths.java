package io.armgen.generator.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's specs/ and the shared upstream corpus from tests. */
public final class RepoPaths {
  private RepoPaths() {}

  /** The repository root: $ARMGEN_REPO_ROOT, or the nearest ancestor of the working dir with specs/. */
  public static Path repoRoot() {
    String env = System.getenv("ARMGEN_REPO_ROOT");
    if (env != null && Files.isDirectory(Path.of(env, "specs"))) {
      return Path.of(env).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isDirectory(p.resolve("specs")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
      p = p.getParent();
    }
    throw new IllegalStateException("cannot find the repository root (a folder with specs/ and pom.xml)");
  }

  public static Path specs() {
    return repoRoot().resolve("specs");
  }

  /**
   * The upstream Azure specs folder ({@code <repo>/../shared/upstream-specs}); skips the test when
   * it is absent, except under CI=true where that fails.
   */
  public static Path upstreamSpecsOrSkip() {
    Path shared = repoRoot().resolve("../shared/upstream-specs").normalize();
    boolean present = Files.isDirectory(shared.resolve("specification"));
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("upstream specs not found at ../shared/upstream-specs, and CI=true requires them");
    }
    assumeTrue(present, "upstream specs not found at ../shared/upstream-specs: skipping the real-world corpus test");
    return shared;
  }
}
