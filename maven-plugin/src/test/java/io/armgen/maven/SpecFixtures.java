package io.armgen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small spec documents written into a test's temporary folder, and the repository's own specs. */
final class SpecFixtures {
  private SpecFixtures() {}

  static String entry(String version, String pathsBody) {
    return "{\"swagger\": \"2.0\", \"info\": {\"title\": \"T\", \"version\": \"" + version + "\"},\n"
        + " \"paths\": {" + pathsBody + "}}";
  }

  static String entry(String version) {
    return entry(version, "\"/things\": {\"get\": {\"operationId\": \"Things_List\", \"responses\": {\"200\": {\"description\": \"ok\"}}}}");
  }

  static Path write(Path root, String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  /** The repository root: $ARMGEN_REPO_ROOT, else the first folder above the working directory holding specs/. */
  static Path repoRoot() {
    String env = System.getenv("ARMGEN_REPO_ROOT");
    if (env != null && Files.isDirectory(Path.of(env, "specs"))) {
      return Path.of(env);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("specs")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the repository root (set ARMGEN_REPO_ROOT)");
  }

  /** Copies the repository's specs/ into {@code target}/specs, so a test may change them. */
  static Path copyRepoSpecs(Path target) {
    Path source = repoRoot().resolve("specs");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve("specs").resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target.resolve("specs");
  }
}
