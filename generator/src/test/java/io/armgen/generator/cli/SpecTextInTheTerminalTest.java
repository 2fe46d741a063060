package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec text the CLI prints (the file name and pointers in diagnostics and the summary, the version
 * in the summary, a definition's name in a pointer, the title in the model dump) reaches the terminal with its control characters, terminal
 * escape sequences and bidi overrides shown as escapes, never acting: before, an ESC sequence in a
 * title could clear the screen or recolour a CI log, a CR hide the start of a line, a bidi override
 * reverse what follows. The JSON format stays valid JSON and reads back to the spec's text.
 */
class SpecTextInTheTerminalTest {
  /** An ESC sequence (clear screen, red), a bell, a carriage return and a right-to-left override. */
  private static final String HOSTILE = "\u001b[2J\u001b[31mX\u0007Y\rZ\u202eW";
  /** What must never reach the terminal raw. */
  private static final List<Character> ACTING = List.of('\u001b', '\u0007', '\r', '\u202e');

  @TempDir
  Path tmp;
  private Path spec;

  @BeforeEach
  void writeSpec() throws IOException {
    // no provider namespace in the paths: the service is named after its title
    String definition = "Thing" + HOSTILE;
    String text = ("{'swagger': '2.0', 'info': {'title': " + json("Title" + HOSTILE) + ", 'version': "
        + json("2024-01-01" + HOSTILE) + "},"
        + " 'host': 'management.azure.com', 'schemes': ['https'],"
        + " 'paths': {'/things': {'get': {'operationId': 'Things_Get',"
        + "   'responses': {'200': {'description': 'ok'}}}}},"
        + " 'definitions': {" + json(definition) + ": {'type': 'object', 'required': ['missing'],"
        + "   'properties': {'name': {'type': 'string'}}}}}").replace('\'', '"');
    spec = tmp.resolve("specs/terminal/spec" + HOSTILE + ".json");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, text, StandardCharsets.UTF_8);
  }

  @Test
  void textDiagnosticsAndTheSummaryShowTheCharactersEscaped() {
    CliRun run = CliRun.of("generate", spec.toString(), "-o", tmp.resolve("out").toString(), "-v");
    assertEquals(0, run.exit(), run::err);
    String printed = run.out() + run.err();
    for (char c : ACTING) {
      assertEquals(-1, printed.indexOf(c), () -> String.format("U+%04X printed raw:%n%s", (int) c, TerminalText.escape(printed)));
    }
    String escaped = "\\u001b[2J\\u001b[31mX\\u0007Y\\u000dZ\\u202eW";
    // the file name, in the diagnostic and in the summary
    assertTrue(run.err().contains("spec" + escaped + ".json"), run::err);
    assertTrue(run.out().contains("spec" + escaped + ".json)"), run::out);
    // the definition's name, in the warning's pointer and message
    String warning = run.err().lines().filter(l -> l.contains("REQUIRED_UNKNOWN")).findFirst().orElseThrow(() -> new AssertionError(run.err()));
    assertTrue(warning.contains("(at /definitions/Thing" + escaped + "/required"), warning);
    // the version, in the summary; the title names the service there only as a Java name, which has none of them
    assertTrue(run.out().contains(" 2024-01-01" + escaped + " -> "), run::out);
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  Title2J31mXYZW ")), run::out);
    // one line per diagnostic: the CR and the bidi override did not start or reorder one
    assertTrue(run.err().lines().allMatch(l -> l.startsWith("armgen: ") || l.startsWith(spec.getParent().toString())),
        run::err);
  }

  @Test
  void jsonDiagnosticsStayValidAndReadBackToTheSpecsText() throws IOException {
    CliRun run = CliRun.of("generate", spec.toString(), "-o", tmp.resolve("out").toString(), "--diagnostics-format", "json");
    assertEquals(0, run.exit(), run::err);
    for (char c : ACTING) {
      assertEquals(-1, run.err().indexOf(c), () -> String.format("U+%04X printed raw:%n%s", (int) c, TerminalText.escape(run.err())));
    }
    String array = run.err().lines().filter(l -> l.startsWith("[")).findFirst().orElseThrow(() -> new AssertionError(run.err()));
    JsonNode diagnostics = new ObjectMapper().readTree(array);
    List<String> files = new ArrayList<>();
    diagnostics.forEach(d -> files.add(d.path("file").asText()));
    assertTrue(files.contains(spec.toString()), files::toString);
    JsonNode required = null;
    for (JsonNode d : diagnostics) {
      if (d.path("code").asText().equals("REQUIRED_UNKNOWN")) {
        required = d;
      }
    }
    assertTrue(required != null, array);
    assertTrue(required.path("pointer").asText().startsWith("/definitions/Thing" + HOSTILE + "/"), required::toString);
  }

  @Test
  void theModelDumpIsValidJsonWithTheTitleEscaped() throws IOException {
    CliRun run = CliRun.of("model", spec.toString(), "-q");
    assertEquals(0, run.exit(), run::err);
    for (char c : ACTING) {
      assertEquals(-1, run.out().indexOf(c), () -> String.format("U+%04X printed raw", (int) c));
    }
    assertEquals("Title" + HOSTILE, new ObjectMapper().readTree(run.out()).path("services").path(0).path("title").asText());
  }

  @Test
  void escapingKeepsPrintableTextAndSurrogatePairs() {
    assertEquals("plain text, Ünïcödé, 日本, \ud83d\ude00", TerminalText.escape("plain text, Ünïcödé, 日本, \ud83d\ude00"));
    assertEquals("a\\u0000b\\u007fc\\u0085d\\u2028e\\u2066f\\ud800", TerminalText.escape("a\u0000b\u007fc\u0085d\u2028e\u2066f\ud800"));
    assertEquals("one\\u000dtwo\nthree\\u001b", TerminalText.escapeLines("one\rtwo\nthree\u001b"));
    assertFalse(TerminalText.escape("x\ny").contains("\n"));
  }

  private static String json(String text) {
    try {
      return new ObjectMapper().writeValueAsString(text).replace('"', '\'');
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
