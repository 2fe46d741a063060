package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.testing.RepoPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI says what it did and what is wrong, once, where it is, and no more than asked for. */
class HonestOutputTest {
  @TempDir
  Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ArmgenCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A spec with four operations and whatever {@code definitions} and {@code parameters} the test needs. */
  static String spec(String definitions, String parameters) {
    String op = """
        {"operationId": "Things_%s", "tags": ["Things"], "parameters": [{"$ref": "#/parameters/Name"}],
         "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}}}""";
    return """
        {"swagger": "2.0", "info": {"title": "T", "version": "2024-01-01"},
         "paths": {
           "/providers/Microsoft.Test/things/{name}": {"get": %s, "put": %s, "patch": %s, "delete": %s}},
         "parameters": {%s},
         "definitions": {%s}}
        """.formatted(op.formatted("Get"), op.formatted("Put"), op.formatted("Update"), op.formatted("Delete"),
        parameters, definitions);
  }

  static final String NAME_PARAMETER = """
      "Name": {"name": "name", "in": "path", "required": true, "type": "string"}""";
  static final String THING = """
      "Thing": {"type": "object", "properties": {"status": {"type": "string"}, "size": {"type": "integer"}}}""";

  private Path write(String name, String content) throws Exception {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void aParameterUsedByFourOperationsIsReportedOnce() throws Exception {
    Path spec = write("spec.json", spec(THING, "\"Name\": {\"name\": \"name\", \"type\": \"string\"}"));
    Run r = run("validate", spec.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals(1, count(r.err(), "PARAMETER_INVALID"), r.err());
    assertTrue(r.err().contains("(at /parameters/Name)"), r.err());
  }

  @Test
  void aDanglingRefSaysWhatItProbablyMeant() throws Exception {
    Path spec = write("spec.json", spec(THING, NAME_PARAMETER).replace("#/definitions/Thing", "#/definitions/Thnig"));
    Run r = run("validate", spec.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("REF_DANGLING") && r.err().contains("(did you mean #/definitions/Thing?)"), r.err());
    Path far = write("far.json", spec(THING, NAME_PARAMETER).replace("#/definitions/Thing", "#/definitions/Zebra"));
    assertFalse(run("validate", far.toString()).err().contains("did you mean"), "no guess when nothing is close");
  }

  @Test
  void requiredNamingNoPropertyIsAWarningThatStrictTurnsIntoAnError() throws Exception {
    String thing = THING.replace("\"type\": \"object\",", "\"type\": \"object\", \"required\": [\"statuss\", \"size\"],");
    Path spec = write("spec.json", spec(thing, NAME_PARAMETER));
    Run lenient = run("validate", spec.toString());
    assertEquals(0, lenient.exit(), lenient.err());
    assertTrue(lenient.err().contains("warning REQUIRED_UNKNOWN: 'required' names 'statuss'"), lenient.err());
    assertTrue(lenient.err().contains("(did you mean 'status'?) (at /definitions/Thing/required/0)"), lenient.err());
    assertEquals(1, count(lenient.err(), "REQUIRED_UNKNOWN"), "size exists: " + lenient.err());
    Run strict = run("validate", spec.toString(), "--strict");
    assertEquals(1, strict.exit());
    assertTrue(strict.out().startsWith("armgen: invalid: 0 errors, 1 warnings"), strict.out());
    assertTrue(strict.out().contains("(--strict: warnings count as errors)"), strict.out());
  }

  @Test
  void requiredMayNameAPropertyOfAnAllOfBase() throws Exception {
    String defs = THING + """
        , "Big": {"allOf": [{"$ref": "#/definitions/Thing"}, {"properties": {"colour": {"type": "string"}}}],
                  "required": ["size", "colour"]}""";
    Path spec = write("spec.json", spec(defs, NAME_PARAMETER));
    Run r = run("validate", spec.toString(), "--strict");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("REQUIRED_UNKNOWN"), r.err());
  }

  @Test
  void aKeywordInThePackagePrefixIsBlamedOnTheKeywordAndTheFlag() {
    Run keyword = run("generate", RepoPaths.specs().toString(), "-o", tmp.toString(), "--package-prefix", "com.example.class");
    assertEquals(2, keyword.exit());
    assertTrue(keyword.err().contains("Invalid value for option '--package-prefix': 'com.example.class' is not a valid"
        + " package prefix: 'class' is a Java keyword"), keyword.err());
    assertFalse(keyword.err().contains("packagePrefix"), "the plugin's name for it: " + keyword.err());
    Run upper = run("validate", RepoPaths.specs().toString(), "--package-prefix", "Com.Example");
    assertEquals(2, upper.exit());
    assertTrue(upper.err().contains("use lower-case Java identifiers"), upper.err());
  }

  @Test
  void validateTakesQuietAndVerbose() throws Exception {
    String thing = THING.replace("\"type\": \"object\",", "\"type\": \"object\", \"required\": [\"statuss\"],");
    Path spec = write("spec.json", spec(thing, NAME_PARAMETER));
    Run quiet = run("validate", "-q", spec.toString());
    assertEquals(0, quiet.exit(), quiet.err());
    assertEquals("", quiet.out());
    assertTrue(quiet.err().contains("REQUIRED_UNKNOWN"), "diagnostics still shown: " + quiet.err());

    Run verbose = run("validate", "--verbose", RepoPaths.specs().resolve("keyvault").toString());
    assertEquals(0, verbose.exit(), verbose.err());
    assertTrue(verbose.err().contains("armgen: entry "), verbose.err());
    assertTrue(verbose.err().contains("common-types"), "files reached through $ref are listed: " + verbose.err());
    assertTrue(verbose.out().contains("KeyVault 2021-06-01-preview -> "), verbose.out());
    assertEquals(2, run("validate", "-q", "-v", spec.toString()).exit(), "quiet and verbose exclude each other");
  }

  @Test
  void everySummaryLineStatesItsMilliseconds() {
    Pattern millis = Pattern.compile("\\((\\d+) ms");
    Run docs = run("docs", RepoPaths.specs().toString(), "-o", tmp.resolve("docs").toString());
    assertEquals(0, docs.exit(), docs.err());
    assertTrue(millis.matcher(docs.out()).find(), docs.out());
    Run validate = run("validate", RepoPaths.specs().toString());
    Matcher m = millis.matcher(validate.out());
    assertTrue(m.find(), validate.out());
    assertTrue(Long.parseLong(m.group(1)) >= 0);
  }

  @Test
  void theModelIsJsonWithEachKeyOnce() throws Exception {
    Run r = run("model", RepoPaths.specs().toString());
    assertEquals(0, r.exit(), r.err());
    ObjectMapper strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode model = strict.readTree(r.out()); // throws on any repeated key
    List<JsonNode> primitives = model.findParents("typeRef").stream()
        .filter(n -> n.path("typeRef").asText().equals("Primitive")).toList();
    assertFalse(primitives.isEmpty(), "type references are tagged");
    assertTrue(primitives.stream().allMatch(n -> n.path("kind").isTextual()), "and keep their own kind");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
