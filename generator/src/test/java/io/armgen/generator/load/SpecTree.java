package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes fixture documents under a temporary folder laid out like the Azure specs repository:
 * {@code <tmp>/repo/specification/...}, so that the loader's default root is {@code <tmp>/repo}
 * whatever lies above the temporary folder.
 */
final class SpecTree {
  final Path repo;

  SpecTree(Path tempDir) {
    this.repo = tempDir.resolve("repo");
    try {
      Files.createDirectories(repo.resolve("specification"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code content} (UTF-8) to {@code relative} below the repo folder. */
  Path write(String relative, String content) {
    return writeBytes(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  Path writeBytes(String relative, byte[] content) {
    Path file = repo.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A minimal entry document with the given extra top-level members (JSON text without braces). */
  static String swagger(String members) {
    return "{\n  \"swagger\": \"2.0\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"paths\": {},\n" + members + "\n}\n";
  }

  static LoadResult load(Path... entries) {
    return new SpecLoader(LoaderOptions.defaults()).load(List.of(entries));
  }

  /** The one diagnostic with {@code code}; fails listing all of them otherwise. */
  static Diagnostic only(LoadResult result, String code) {
    List<Diagnostic> matching = withCode(result, code);
    assertEquals(1, matching.size(), () -> "expected one " + code + " in " + result.diagnostics());
    return matching.get(0);
  }

  static List<Diagnostic> withCode(LoadResult result, String code) {
    return result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
  }

  static void assertAt(Diagnostic d, Severity severity, String fileSuffix, String pointer, int line, int column) {
    assertEquals(severity, d.severity(), d::format);
    assertTrue(d.file().replace('\\', '/').endsWith(fileSuffix), () -> "file of " + d.format());
    assertEquals(pointer, d.pointer(), d::format);
    assertEquals(line, d.line(), () -> "line of " + d.format());
    assertEquals(column, d.column(), () -> "column of " + d.format());
  }
}
