package io.armgen.generator.hostile;

import static io.armgen.generator.hostile.HostileSpec.document;
import static io.armgen.generator.hostile.HostileSpec.json;
import static io.armgen.generator.hostile.HostileSpec.literal;
import static io.armgen.generator.hostile.HostileSpec.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.emit.GeneratedFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Section 2 of the hardening issue: each broken or hostile spec gives either a clear diagnostic
 * (code, file and JSON pointer, exit 1, nothing written) or output that compiles with
 * {@code -Xlint:all -Werror}; always through the CLI entry point, never with a stack trace.
 * The cases that need a server, a big file or deep nesting are in {@link HostileLimitsTest}.
 */
class HostileSpecsTest {
  @TempDir
  Path tmp;

  private CliRun generate(Path spec, String... extra) {
    return CliRun.generate(spec, tmp.resolve("out"), extra);
  }

  @Test
  void invalidJson() {
    Path spec = write(tmp, "spec.json", "{\n  \"swagger\": \"2.0\",\n  \"paths\": {,}\n}\n");
    var d = generate(spec).assertRejected("JSON_SYNTAX", "spec.json", "");
    assertEquals(3, d.path("line").asInt());
    assertEquals(13, d.path("column").asInt());
  }

  @Test
  void invalidYaml() {
    Path spec = write(tmp, "spec.yaml", "swagger: '2.0'\npaths:\n  /a: [unclosed\n");
    var d = generate(spec).assertRejected("YAML_SYNTAX", "spec.yaml", "");
    assertTrue(d.path("line").asInt() >= 3, d::toString);
  }

  @Test
  void missingEntryFile() {
    generate(tmp.resolve("specs/hostile/nope.json")).assertRejected("FILE_NOT_FOUND", "nope.json", "");
  }

  @Test
  void missingReferencedFile() {
    Path spec = write(tmp, "spec.json", document("'definitions': {'A': {'$ref': './gone.json#/definitions/A'}}"));
    generate(spec).assertRejected("FILE_NOT_FOUND", "spec.json", "/definitions/A/$ref");
  }

  @Test
  void danglingLocalRef() {
    Path spec = write(tmp, "spec.json", document(
        "'definitions': {'A': {'type': 'object', 'properties': {'b': {'$ref': '#/definitions/Missing'}}}}"));
    generate(spec).assertRejected("REF_DANGLING", "spec.json", "/definitions/A/properties/b/$ref");
  }

  @Test
  void danglingRefIntoAnotherFile() {
    write(tmp, "other.json", json("{'definitions': {'Here': {'type': 'string'}}}"));
    Path spec = write(tmp, "spec.json", document("'definitions': {'A': {'$ref': './other.json#/definitions/NotHere'}}"));
    generate(spec).assertRejected("REF_DANGLING", "spec.json", "/definitions/A/$ref");
  }

  @Test
  void refAliasCycleIsAnError() {
    Path spec = write(tmp, "spec.json", document(
        "'definitions': {'A': {'$ref': '#/definitions/B'}, 'B': {'$ref': '#/definitions/C'}, 'C': {'$ref': '#/definitions/A'}}"));
    generate(spec).assertRejected("REF_CYCLE", "spec.json", "/definitions/A/$ref");
  }

  /**
   * A definition that is an array or map of itself, directly or through another such definition,
   * has no finite Java type: it is refused by name (before the fix: a hang in normalize).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      list of itself       | 'Chain': {'type': 'array', 'items': {'$ref': '#/definitions/Chain'}}                                          | /definitions/Chain | 2
      map of itself        | 'Chain': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/Chain'}}                          | /definitions/Chain | 2
      list of a map of it  | 'Chain': {'type': 'array', 'items': {'additionalProperties': {'$ref': '#/definitions/Chain'}}}              | /definitions/Chain | 2
      A list of B, B of A  | 'A': {'type': 'array', 'items': {'$ref': '#/definitions/B'}},\\n'B': {'type': 'array', 'items': {'$ref': '#/definitions/A'}} | /definitions/A | 2
      property of a Chain  | 'Holder': {'type': 'object', 'properties': {'chain': {'$ref': '#/definitions/Chain'}}},\\n'Chain': {'type': 'array', 'items': {'$ref': '#/definitions/Chain'}} | /definitions/Chain | 3
      """)
  void arraysAndMapsOfThemselvesAreRefusedByName(String name, String definitions, String pointer, int line) {
    Path spec = write(tmp, "spec.json", document("'definitions': {\n" + definitions.replace("\\n", "\n") + "}"));
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> generate(spec), "armgen hangs");
    var d = run.assertRejected("TYPE_CYCLE", "spec.json", pointer);
    assertEquals(line, d.path("line").asInt(), d::toString);
  }

  @Test
  void recursiveModelsAreFineAndCompile() {
    Path spec = write(tmp, "spec.json", document("'definitions': {"
        + "'Node': {'type': 'object', 'properties': {'parent': {'$ref': '#/definitions/Node'},"
        + "  'children': {'type': 'array', 'items': {'$ref': '#/definitions/Node'}},"
        + "  'byName': {'type': 'object', 'additionalProperties': {'$ref': '#/definitions/Node'}},"
        + "  'other': {'$ref': '#/definitions/Other'}}},"
        + "'Other': {'type': 'object', 'properties': {'back': {'$ref': '#/definitions/Node'}}}}"));
    List<GeneratedFile> files = generate(spec).assertCompiles();
    assertTrue(files.stream().anyMatch(f -> f.relativePath().endsWith("/models/Node.java")));
  }

  @Test
  void allOfCycleIsAnError() {
    Path spec = write(tmp, "spec.json", document("'definitions': {"
        + "'A': {'type': 'object', 'allOf': [{'$ref': '#/definitions/B'}], 'properties': {'a': {'type': 'string'}}},"
        + "'B': {'type': 'object', 'allOf': [{'$ref': '#/definitions/A'}], 'properties': {'b': {'type': 'string'}}}}"));
    generate(spec).assertRejected("ALLOF_CYCLE", "spec.json", "/definitions/B/allOf");
  }

  @Test
  void allOfSelfReferenceIsAnError() {
    Path spec = write(tmp, "spec.json", document(
        "'definitions': {'A': {'type': 'object', 'allOf': [{'$ref': '#/definitions/A'}]}}"));
    generate(spec).assertRejected("ALLOF_CYCLE", "spec.json", "/definitions/A/allOf");
  }

  /** Keywords, path separators, unicode, spaces, leading digits, empty names: valid Java, inside -o. */
  @Test
  void hostileDefinitionAndPropertyNamesCompile() {
    String names = "['class', '../../escape', '/abs/Path', 'a/b', 'Ünïcødé', '名前', 'with space', '1stThing', '', "
        + "'\\\"quoted\\\"', 'back\\\\slash', 'Object', 'String', 'toString', 'int', 'null', '$ref2', '_']";
    StringBuilder defs = new StringBuilder();
    StringBuilder props = new StringBuilder();
    for (String n : parseList(names)) {
      String key = literal(n);
      defs.append(key).append(": {'type': 'object', 'properties': {").append(key).append(": {'type': 'string'}}},");
      props.append(key).append(": {'type': 'integer', 'format': 'int32'},");
    }
    defs.append("'Holder': {'type': 'object', 'properties': {").append(props, 0, props.length() - 1).append("}}");
    Path spec = write(tmp, "spec.json", document("'definitions': {" + defs + "}"));
    List<GeneratedFile> files = generate(spec).assertCompiles();
    for (GeneratedFile f : files) {
      assertTrue(f.relativePath().matches("hostile/gen/hostile/v2024_01_01/(models/)?([A-Za-z0-9_$]+|package-info)\\.java"), f.relativePath());
    }
  }

  @Test
  void twoNamesMappingToTheSameJavaNameBothSurvive() {
    Path spec = write(tmp, "spec.json", document("'definitions': {"
        + "'foo-bar': {'type': 'object', 'properties': {'a': {'type': 'string'}}},"
        + "'FooBar': {'type': 'object', 'properties': {'b': {'type': 'string'}}},"
        + "'foo_bar': {'type': 'object', 'properties': {'c': {'type': 'string'}}},"
        + "'Holder': {'type': 'object', 'properties': {'foo-bar': {'type': 'string'}, 'fooBar': {'type': 'string'},"
        + "  'FOO_BAR': {'type': 'integer'}, 'x': {'$ref': '#/definitions/foo-bar'}, 'y': {'$ref': '#/definitions/FooBar'}}}}"));
    CliRun run = generate(spec);
    List<GeneratedFile> files = run.assertCompiles();
    assertEquals(3, files.stream().filter(f -> f.relativePath().matches(".*/models/FooBar\\w*\\.java")).count(),
        () -> files.stream().map(GeneratedFile::relativePath).toList().toString());
    assertTrue(run.warningCodes().contains("NAME_COLLISION"), run.err());
  }

  @Test
  void enumValuesMappingToTheSameConstantOrEmptyCompile() {
    Path spec = write(tmp, "spec.json", document("'definitions': {"
        + "'Closed': {'type': 'string', 'enum': ['a-b', 'a_b', 'A B', '', 'class', '1', '+', '-'],"
        + "  'x-ms-enum': {'name': 'Closed', 'modelAsString': false}},"
        + "'Open': {'type': 'string', 'enum': ['a-b', 'a_b', 'A B', '', 'class', '1', '+', '-'],"
        + "  'x-ms-enum': {'name': 'Open', 'modelAsString': true}},"
        + "'OnlyEmpty': {'type': 'string', 'enum': [''], 'x-ms-enum': {'name': 'OnlyEmpty', 'modelAsString': false}},"
        + "'Numbers': {'type': 'integer', 'enum': [1, 1.0, -1], 'x-ms-enum': {'name': 'Numbers', 'modelAsString': false}},"
        + "'Holder': {'type': 'object', 'properties': {'c': {'$ref': '#/definitions/Closed'}, 'o': {'$ref': '#/definitions/Open'},"
        + "  'e': {'$ref': '#/definitions/OnlyEmpty'}, 'n': {'$ref': '#/definitions/Numbers'}}}}"));
    generate(spec).assertCompiles();
  }

  /** The emitter refuses it (a closed enum nothing can be read into); a located diagnostic, no exception. */
  @Test
  void emptyClosedEnumIsADiagnostic() {
    Path spec = write(tmp, "spec.json", document("'definitions': {"
        + "'Nothing': {'type': 'string', 'enum': [], 'x-ms-enum': {'name': 'Nothing', 'modelAsString': false}},"
        + "'Holder': {'type': 'object', 'properties': {'n': {'$ref': '#/definitions/Nothing'}}}}"));
    var d = generate(spec).assertRejected("EMIT_UNSUPPORTED", "spec.json", "/definitions/Nothing");
    assertTrue(d.path("message").asText().contains("no values"), d::toString);
  }

  /** Texts that could end a comment, inject a unicode escape, a JavaPoet format or HTML: all inert. */
  @Test
  void hostileDescriptionsCompile() {
    List<String> texts = List.of("ends a comment */ class Evil {} /*", "nul \u0000 and bell \u0007 chars",
        "unicode escape \\u002a/ and \\u000a newline \\u0022 quote \\uuuu0041 \\u", "dollars $L $S $N $$ ${x} $",
        "<script>alert(1)</script> <p> & &amp; </table> <!-- -->", "@param x @return y {@code z} {@link Nope}",
        "line1\r\nline2\u2028line3", "x".repeat(200_000), "\"quotes\" and back\\slash", "");
    StringBuilder props = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      String d = literal(texts.get(i));
      props.append("'p").append(i).append("': {'type': 'string', 'description': ").append(d).append("},");
      values.append("{'value': 'v").append(i).append("', 'description': ").append(d).append("},");
    }
    String all = literal(String.join(" ", texts.subList(0, 7)));
    Path spec = write(tmp, "spec.json", document("'definitions': {"
        + "'Described': {'type': 'object', 'description': " + all + ", 'properties': {" + props
        + "  'e': {'type': 'string', 'description': " + all + ", 'enum': ['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9'],"
        + "    'x-ms-enum': {'name': 'Described' , 'modelAsString': true, 'values': [" + values.substring(0, values.length() - 1) + "]}},"
        + "  'c': {'type': 'string', 'enum': ['*/', '\\\\u002a/', '$L', '<b>'], 'x-ms-enum': {'name': 'Texts', 'modelAsString': false}}"
        + "}}}").replace("'title': 'Hostile'", "'title': " + all).replace("'description': 'ok'", "'description': " + all));
    List<GeneratedFile> files = generate(spec).assertCompiles();
    for (GeneratedFile f : files) {
      assertFalse(f.content().contains("\u0000"), f.relativePath());
      assertFalse(f.content().contains("*/ class Evil"), "comment terminator neutralised in " + f.relativePath());
    }
  }

  @Test
  void duplicateOperationIds() {
    Path spec = write(tmp, "spec.json", json("{'swagger': '2.0', 'info': {'title': 'T', 'version': '1'}, 'paths': {"
        + "'/a': {'get': {'operationId': 'Things_Get', 'responses': {'200': {'description': 'ok'}}}},"
        + "'/b': {'get': {'operationId': 'Things_Get', 'responses': {'200': {'description': 'ok'}}}}}}"));
    generate(spec).assertRejected("DUPLICATE_OPERATION_ID", "spec.json", "/paths/~1b/get/operationId");
  }

  @Test
  void malformedPathTemplates() {
    for (String path : List.of("/a/{unclosed", "/a/{}", "/a/}x{", "/a/{undeclared}", "/a/{{x}}")) {
      Path spec = write(tmp, "spec.json", json("{'swagger': '2.0', 'info': {'title': 'T', 'version': '1'}, 'paths': {"
          + literal(path) + ": {'get': {'operationId': 'Things_Get', 'parameters': [{'name': 'x', 'in': 'path', 'required': true,"
          + " 'type': 'string'}], 'responses': {'200': {'description': 'ok'}}}}}}"));
      String pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/get";
      try {
        generate(spec).assertRejected("PATH_TEMPLATE", "spec.json", pointer);
      } catch (AssertionError e) {
        throw new AssertionError("path " + path + ": " + e.getMessage(), e);
      }
    }
  }

  /** A variable used twice is not malformed: both places get the same value. */
  @Test
  void repeatedPathVariableCompiles() {
    Path spec = write(tmp, "spec.json", json("{'swagger': '2.0', 'info': {'title': 'T', 'version': '1'}, 'paths': {"
        + "'/a/{x}/b/{x}': {'get': {'operationId': 'Things_Get', 'parameters': [{'name': 'x', 'in': 'path', 'required': true,"
        + " 'type': 'string'}], 'responses': {'200': {'description': 'ok'}}}}}}"));
    generate(spec).assertCompiles();
  }

  @Test
  void refsOutsideTheRootAreRefusedAndNotRead() {
    Path spec = write(tmp, "spec.json", document("'definitions': {'A': {'$ref': '/etc/passwd'},"
        + " 'B': {'$ref': '" + "../".repeat(20) + "etc/passwd#/x'}, 'C': {'$ref': 'file:///etc/passwd'}}"));
    CliRun run = generate(spec);
    run.assertRejected("REF_OUTSIDE_ROOT", "spec.json", "/definitions/A/$ref");
    run.assertRejected("REF_OUTSIDE_ROOT", "spec.json", "/definitions/B/$ref");
    run.assertRejected("REF_MALFORMED", "spec.json", "/definitions/C/$ref");
    assertFalse(run.err().contains("root:"), "nothing of /etc/passwd is shown: " + run.err());
  }

  /** Without a specs/, specification/ or .git folder above it, the fallback root is never "/". */
  @Test
  void specWithoutRootMarkersCannotReachTheFileSystemRoot() {
    Path spec = tmp.resolve("spec.json");
    HostileSpec.write(tmp, "unused.json", "{}");
    try {
      java.nio.file.Files.writeString(spec, document("'definitions': {'A': {'$ref': '../../../../../../etc/passwd'}}"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    generate(spec).assertRejected("REF_OUTSIDE_ROOT", "spec.json", "/definitions/A/$ref");
  }

  private static List<String> parseList(String singleQuotedJsonArray) {
    try {
      return List.of(new com.fasterxml.jackson.databind.ObjectMapper().readValue(json(singleQuotedJsonArray), String[].class));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
