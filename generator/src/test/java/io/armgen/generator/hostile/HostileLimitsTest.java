package io.armgen.generator.hostile;

import static io.armgen.generator.hostile.HostileSpec.document;
import static io.armgen.generator.hostile.HostileSpec.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.testing.CountingSpecServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile cases that need a server, a big file or deep nesting (section 2 of the issue). */
class HostileLimitsTest {
  /**
   * Size of the big-spec case in MB: 10 in {@code mvn verify}; the {@code fuzz-long} profile sets
   * {@code armgen.hostile.bigSpecMb=50} (about 25-30 s in a fresh JVM on a 2-core machine under load,
   * too slow for every build).
   */
  private static final int BIG_SPEC_MB = Integer.getInteger("armgen.hostile.bigSpecMb", 10);
  private static final int BIG_SPEC_MODELS = 100;

  @TempDir
  Path tmp;
  private CountingSpecServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = new CountingSpecServer();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private String serverUrl() {
    return server.baseUrl();
  }

  @Test
  void remoteRefsAreRefusedAndNeverFetched() {
    Path spec = write(tmp, "spec.json", document("'definitions': {'A': {'$ref': '" + serverUrl() + "/x.json#/definitions/X'},"
        + " 'B': {'type': 'object', 'properties': {'b': {'$ref': '" + serverUrl().replace("http:", "https:") + "/y.json'}}}}"));
    CliRun run = CliRun.generate(spec, tmp.resolve("out"));
    run.assertRejected("REF_REMOTE_URL", "spec.json", "/definitions/A/$ref");
    run.assertRejected("REF_REMOTE_URL", "spec.json", "/definitions/B/properties/b/$ref");
    assertEquals(0, server.requests(), "the loopback server was contacted");
  }

  @Test
  void remoteRefsAllowedByTheFlagAreStillNeverFetched() {
    Path spec = write(tmp, "spec.json", document(
        "'definitions': {'B': {'type': 'object', 'properties': {'b': {'$ref': '" + serverUrl() + "/x.json#/definitions/X'}}}}"));
    CliRun run = CliRun.generate(spec, tmp.resolve("out"), "--allow-remote-refs");
    run.assertNoStackTrace();
    assertTrue(run.warningCodes().contains("REF_REMOTE_URL"), run.err());
    assertEquals(0, server.requests(), "the loopback server was contacted");
    if (run.exit() == 0) {
      run.assertCompiles();
    } else {
      assertEquals(1, run.exit(), run.err());
    }
  }

  /**
   * A big spec loads and compiles: {@value #BIG_SPEC_MODELS} models after {@code BIG_SPEC_MB} MB of
   * bulk in an extension the generator ignores. The models come last, so the summary's type count
   * shows that the whole file was read, not only its beginning.
   */
  @Test
  void bigSpecLoadsAndCompiles() throws IOException {
    Path spec = tmp.resolve("specs/hostile/big.json");
    Files.createDirectories(spec.getParent());
    long target = BIG_SPEC_MB * 1024L * 1024L;
    long start = System.nanoTime();
    try (Writer w = Files.newBufferedWriter(spec, StandardCharsets.UTF_8)) {
      String head = document("");
      w.write(head, 0, head.length() - 1);
      w.write(", \"x-bulk\": [");
      long written = head.length();
      for (int i = 0; written < target; i++) {
        String item = (i == 0 ? "" : ",") + "{\"id\": " + i + ", \"name\": \"item-" + i + "\", \"tags\": [\"a\", \"b\", \"c\"],"
            + " \"nested\": {\"flag\": true, \"value\": 12.5, \"text\": \"" + "lorem ipsum ".repeat(8) + "\"}}\n";
        w.write(item);
        written += item.length();
      }
      w.write("], " + HostileSpec.json("'definitions': {" + models(BIG_SPEC_MODELS) + "}") + "}");
    }
    long wrote = System.nanoTime();
    assertTrue(Files.size(spec) >= target, () -> "the big spec is " + sizeOf(spec) + " bytes, not " + target);
    CliRun run = CliRun.generate(spec, tmp.resolve("out"));
    long generated = System.nanoTime();
    List<GeneratedFile> files = run.assertCompiles();
    long compiled = System.nanoTime();
    assertTrue(run.out().contains("1 services, " + BIG_SPEC_MODELS + " types, 1 operations"), run::out);
    assertTrue(files.stream().anyMatch(f -> f.relativePath().endsWith("/Model" + (BIG_SPEC_MODELS - 1) + ".java")),
        "the last model, after the bulk, was generated");
    System.out.printf("big spec: %d MB (%d bytes): written in %d ms, generated in %d ms, compiled in %d ms%n",
        sizeOf(spec) >> 20, sizeOf(spec), (wrote - start) / 1_000_000, (generated - wrote) / 1_000_000,
        (compiled - generated) / 1_000_000);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String models(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ",").append("'Model").append(i).append("': {'type': 'object', 'description': 'Model ").append(i)
          .append("', 'properties': {'name': {'type': 'string'}, 'count': {'type': 'integer', 'format': 'int32'},")
          .append(" 'next': {'$ref': '#/definitions/Model").append((i + 1) % count).append("'}}}");
    }
    return sb.toString();
  }

  /** 1,000 levels of arrays inside an extension: loaded and walked without a StackOverflowError. */
  @Test
  void thousandDeepNestingInAnExtensionCompiles() {
    String deep = "[".repeat(1_000) + "1" + "]".repeat(1_000);
    Path spec = write(tmp, "spec.json", document("'definitions': {'A': {'type': 'object', 'x-deep': " + deep
        + ", 'properties': {'a': {'type': 'string', 'x-ms-deep': " + deep + "}}}}"));
    CliRun.generate(spec, tmp.resolve("out")).assertCompiles();
  }

  /** About 1,000 JSON levels of inline object schemas: a diagnostic or compiling code, no StackOverflowError. */
  @Test
  void thousandDeepInlineSchemas() {
    int levels = 495;
    String chain = "{'type': 'object', 'properties': {'p': ".repeat(levels) + "{'type': 'string'}" + "}}".repeat(levels);
    Path spec = write(tmp, "spec.json", document("'definitions': {'Deep': " + chain + "}"));
    CliRun run = CliRun.generate(spec, tmp.resolve("out"));
    run.assertNoStackTrace();
    if (run.exit() != 0) {
      assertEquals(1, run.exit(), run.err());
      System.out.println("thousand-deep inline schemas: " + run.err());
    } else {
      run.assertCompiles();
    }
  }

  /** Far beyond the nesting limit: NESTING_TOO_DEEP, not a StackOverflowError. */
  @Test
  void hundredThousandDeepNestingIsRefused() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Path spec = write(tmp, "spec.json", document("'definitions': {'A': {'type': 'object', 'x-deep': " + deep + "}}"));
    CliRun.generate(spec, tmp.resolve("out")).assertRejected("NESTING_TOO_DEEP", "spec.json",
        "/definitions/A/x-deep" + "/0".repeat(1_997));
  }
}
