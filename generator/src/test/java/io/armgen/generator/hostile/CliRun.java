package io.armgen.generator.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.cli.ArmgenCommand;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.testing.GeneratedCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One run of the CLI entry point ({@link ArmgenCommand#execute}) and the checks the hostile tests share. */
record CliRun(int exit, String out, String err, Path outputDir) {
  /** A class name of ours ending in Exception/Error, as a stack trace or a leaked toString would show it. */
  private static final Pattern OUR_THROWABLE = Pattern.compile("io\\.armgen\\.[\\w.$]*(Exception|Error)\\b");

  /** {@code armgen generate SPEC -o OUT --diagnostics-format json [extra...]}. */
  static CliRun generate(Path spec, Path outputDir, String... extra) {
    List<String> args = new ArrayList<>(List.of("generate", spec.toString(), "-o", outputDir.toString(),
        "--diagnostics-format", "json"));
    args.addAll(List.of(extra));
    if (!args.contains("--package-prefix")) {
      args.addAll(List.of("--package-prefix", "hostile.gen"));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ArmgenCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new CliRun(exit, out.toString(), err.toString(), outputDir);
  }

  /** The diagnostics printed as JSON (the first line of stderr that is a JSON array). */
  JsonNode diagnostics() {
    for (String line : err.lines().toList()) {
      if (line.startsWith("[")) {
        try {
          return new ObjectMapper().readTree(line);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ObjectMapper().createArrayNode();
  }

  /** No stack trace and no class name of ours ever reach the user, whatever happened. */
  void assertNoStackTrace() {
    assertFalse(err.contains("\tat ") || out.contains("\tat "), () -> "stack trace printed:\n" + err);
    assertFalse(OUR_THROWABLE.matcher(err).find() || OUR_THROWABLE.matcher(out).find(),
        () -> "an exception class of ours is shown:\n" + err);
    assertFalse(err.contains("INTERNAL_ERROR"), () -> "internal error:\n" + err);
  }

  /** Exit 1, the diagnostic {@code code} on {@code fileSuffix} at exactly {@code pointer}, nothing written. */
  JsonNode assertRejected(String code, String fileSuffix, String pointer) {
    assertNoStackTrace();
    assertEquals(1, exit, () -> shorten("expected exit 1 with " + code + "; stderr:\n" + err));
    for (JsonNode d : diagnostics()) {
      if (d.path("code").asText().equals(code) && d.path("severity").asText().equals("error")
          && d.path("file").asText().endsWith(fileSuffix) && d.path("pointer").asText().equals(pointer)) {
        assertFalse(Files.exists(outputDir), "nothing is written when the run fails");
        return d;
      }
    }
    return fail(shorten("no error " + code + " on " + fileSuffix + " at '" + pointer + "'; diagnostics:\n"
        + diagnostics().toPrettyString()));
  }

  /** Exit 0 and the written sources compile with -Xlint:all -Werror; returns them. */
  List<GeneratedFile> assertCompiles() {
    assertNoStackTrace();
    assertEquals(0, exit, () -> shorten("expected success; stderr:\n" + err));
    List<GeneratedFile> files = javaFiles(outputDir);
    assertFalse(files.isEmpty(), "no Java files written");
    GeneratedCode.compileClean(files);
    return files;
  }

  /** The warnings' codes, to check that a tolerated oddity was at least mentioned. */
  List<String> warningCodes() {
    List<String> codes = new ArrayList<>();
    diagnostics().forEach(d -> {
      if (d.path("severity").asText().equals("warning")) {
        codes.add(d.path("code").asText());
      }
    });
    return codes;
  }

  /** The binary name of the one generated type called {@code simpleName}, whatever package it was given. */
  static String className(List<GeneratedFile> files, String simpleName) {
    List<String> found = files.stream().map(GeneratedFile::relativePath).filter(p -> p.endsWith("/" + simpleName + ".java"))
        .toList();
    assertEquals(1, found.size(), () -> "one generated " + simpleName + ": " + files.stream().map(GeneratedFile::relativePath).toList());
    return found.get(0).substring(0, found.get(0).length() - ".java".length()).replace('/', '.');
  }

  /** Failure messages stay readable when a pointer or a text is huge. */
  static String shorten(String text) {
    return text.length() <= 4_000 ? text : text.substring(0, 4_000) + "... (" + text.length() + " characters)";
  }

  static List<GeneratedFile> javaFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<GeneratedFile> files = new ArrayList<>();
      for (Path p : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files.add(new GeneratedFile(dir.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8)));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
