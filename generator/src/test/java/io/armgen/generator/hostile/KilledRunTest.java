package io.armgen.generator.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.testing.RepoPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generate run KILLED halfway (SIGKILL, in a child JVM paused by the test-only
 * {@code armgen.test.pauseAfterFiles} hook while the new output is half staged) leaves the
 * previous output byte for byte as it was, and the next run recovers.
 */
class KilledRunTest {
  private static final String MARKER = "armgen: test pause after files: ";

  @TempDir
  Path tmp;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void killedRunLeavesThePreviousOutputExactlyAsItWas() throws Exception {
    Path out = tmp.resolve("out");
    String specs = RepoPaths.specs().toString();
    CliRun first = CliRun.generate(RepoPaths.specs(), out);
    assertEquals(0, first.exit(), first.err());
    Files.writeString(out.resolve("user-notes.txt"), "kept by armgen");
    Map<String, String> before = snapshot(out);

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Darmgen.test.pauseAfterFiles=5", "-cp", System.getProperty("java.class.path"),
        "io.armgen.generator.cli.ArmgenCommand", "generate", specs, "-o", out.toString(), "--package-prefix", "other.prefix")
        .redirectErrorStream(true)
        .start();
    try {
      CompletableFuture<String> paused = CompletableFuture.supplyAsync(() -> readUntilMarker(child));
      String seen = paused.get(90, TimeUnit.SECONDS);
      assertTrue(seen.contains(MARKER + "5"), seen);
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
    } finally {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
    assertEquals(before, snapshot(out), "the killed run changed the previous output");
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertTrue(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".out.armgen-staging-")),
          "the run was killed while staging (its staging folder is left)");
    }

    CliRun next = CliRun.generate(RepoPaths.specs(), out, "--package-prefix", "other.prefix");
    assertEquals(0, next.exit(), next.err());
    assertEquals("kept by armgen", Files.readString(out.resolve("user-notes.txt")));
    assertTrue(Files.isDirectory(out.resolve("other/prefix")));
    assertFalse(Files.exists(out.resolve("hostile")), "the previous generated files were replaced");
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of(out), siblings.toList(), "the next run cleaned up the killed run's staging folder");
    }
  }

  private static String readUntilMarker(Process child) {
    StringBuilder seen = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        seen.append(line).append('\n');
        if (line.startsWith(MARKER)) {
          return seen.toString();
        }
      }
    } catch (IOException e) {
      seen.append(e);
    }
    return seen.toString();
  }

  /** Every file below {@code dir} with its content (bytes as ISO-8859-1 text, so any byte compares). */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted().toList()) {
        String rel = dir.relativize(p).toString();
        files.put(rel, Files.isDirectory(p) ? "<dir>"
            : Arrays.hashCode(Files.readAllBytes(p)) + ":" + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
