package io.armgen.generator.load;

import static io.armgen.generator.load.SpecTree.assertAt;
import static io.armgen.generator.load.SpecTree.load;
import static io.armgen.generator.load.SpecTree.only;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one file: encodings, YAML, positions, syntax errors, depth and size. */
class DocumentReadingTest {
  @TempDir Path tmp;

  private static final String POSITIONS = String.join("\n",
      "{",
      "  \"swagger\": \"2.0\",",
      "  \"paths\": {",
      "    \"/a~b/{id}\": {",
      "      \"get\": {\"operationId\": \"A_Get\"}",
      "    }",
      "  },",
      "  \"tags\": [\"x\", {\"name\": \"y\"}]",
      "}");

  private SpecDocument single(LoadResult result) {
    assertEquals(List.of(), result.diagnostics());
    return result.entries().get(0);
  }

  @Test
  void recordsTheLineAndColumnOfEveryNodeByEscapedPointer() {
    SpecDocument doc = single(load(new SpecTree(tmp).write("specification/api.json", POSITIONS)));
    assertArrayEquals(new int[] {1, 1}, doc.positions().get(""));
    assertArrayEquals(new int[] {2, 14}, doc.positions().get("/swagger"));
    assertArrayEquals(new int[] {3, 12}, doc.positions().get("/paths"));
    assertArrayEquals(new int[] {4, 18}, doc.positions().get("/paths/~1a~0b~1{id}"));
    assertArrayEquals(new int[] {5, 14}, doc.positions().get("/paths/~1a~0b~1{id}/get"));
    assertArrayEquals(new int[] {5, 30}, doc.positions().get("/paths/~1a~0b~1{id}/get/operationId"));
    assertArrayEquals(new int[] {8, 12}, doc.positions().get("/tags/0"));
    assertArrayEquals(new int[] {8, 26}, doc.positions().get("/tags/1/name"));
    assertNull(doc.positions().get("/tags/2"));
    assertArrayEquals(new int[] {8, 26}, doc.positionOf("/tags/1/name/deeper"), "nearest ancestor");
    assertEquals(10, doc.positions().size(), "every node, enumerable: " + doc.positions().keySet());
  }

  @Test
  void countsColumnsInCharactersNotBytes() {
    SpecDocument doc = single(load(new SpecTree(tmp).write("specification/api.json",
        "{\"é\": 1, \"k\": 2, \"swagger\": \"2.0\", \"paths\": {}}")));
    assertArrayEquals(new int[] {1, 15}, doc.positions().get("/k"));
    assertEquals(1, doc.root().get("é").intValue());
  }

  @Test
  void stripsAUtf8ByteOrderMarkWithoutShiftingColumns() {
    byte[] text = POSITIONS.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    SpecDocument doc = single(load(new SpecTree(tmp).writeBytes("specification/api.json", withBom)));
    assertEquals("2.0", doc.root().get("swagger").textValue());
    assertArrayEquals(new int[] {1, 1}, doc.positions().get(""));
    assertArrayEquals(new int[] {2, 14}, doc.positions().get("/swagger"));
  }

  @Test
  void readsYamlByExtensionWithPositionsAndRefs() {
    SpecTree tree = new SpecTree(tmp);
    tree.write("specification/common.yml", "definitions:\n  Foo:\n    type: object\n");
    Path entry = tree.write("specification/api.yaml", String.join("\n",
        "swagger: '2.0'",
        "info:",
        "  title: x",
        "paths:",
        "  /a:",
        "    get:",
        "      responses:",
        "        200:",
        "          description: ok",
        "          schema:",
        "            $ref: 'common.yml#/definitions/Foo'",
        ""));
    LoadResult result = load(entry);
    SpecDocument doc = single(result);
    assertEquals("ok", doc.root().at("/paths/~1a/get/responses/200/description").textValue());
    assertArrayEquals(new int[] {1, 10}, doc.positions().get("/swagger"));
    assertArrayEquals(new int[] {11, 19}, doc.positions().get("/paths/~1a/get/responses/200/schema/$ref"));
    assertEquals("object", result.resolve(doc, "common.yml#/definitions/Foo").orElseThrow().node().get("type").textValue());
  }

  @Test
  void acceptsUnquotedYamlSwaggerVersion() {
    Path entry = new SpecTree(tmp).write("specification/api.yaml", "swagger: 2.0\npaths: {}\n");
    assertEquals(List.of(), load(entry).diagnostics());
  }

  @Test
  void reportsJsonSyntaxErrorsWithTheParsersPosition() {
    Path entry = new SpecTree(tmp).write("specification/bad.json", "{\n  \"swagger\": \"2.0\",\n  \"paths\": {,}\n}\n");
    LoadResult result = load(entry);
    assertAt(only(result, LoadCodes.JSON_SYNTAX), Severity.ERROR, "bad.json", "", 3, 13);
    assertTrue(result.documents().isEmpty());
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheParsersLine() {
    Path entry = new SpecTree(tmp).write("specification/bad.yaml", "swagger: '2.0'\npaths:\n  a: [1, 2\n  b: c\n");
    var d = only(load(entry), LoadCodes.YAML_SYNTAX);
    assertEquals(4, d.line(), d::format);
    assertTrue(d.column() > 0, d::format);
    assertTrue(d.message().contains("expected ',' or ']'"), d::format);
  }

  @Test
  void reportsEmptyTrailingAndNonUtf8ContentAsSyntaxErrors() {
    SpecTree tree = new SpecTree(tmp);
    Path empty = tree.write("specification/empty.json", "  \n");
    Path trailing = tree.write("specification/trailing.json", "{\"swagger\": \"2.0\", \"paths\": {}}\n{}");
    Path latin1 = tree.writeBytes("specification/latin1.json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});
    LoadResult result = load(empty, trailing, latin1);
    List<String> files = SpecTree.withCode(result, LoadCodes.JSON_SYNTAX).stream().map(d -> Path.of(d.file()).getFileName().toString()).toList();
    assertEquals(List.of("empty.json", "trailing.json", "latin1.json"), files, result.diagnostics()::toString);
    assertAt(SpecTree.withCode(result, LoadCodes.JSON_SYNTAX).get(1), Severity.ERROR, "trailing.json", "", 2, 1);
  }

  @Test
  void warnsAboutARepeatedKeyAndKeepsTheLastValue() {
    Path entry = new SpecTree(tmp).write("specification/api.json",
        "{\"swagger\": \"2.0\", \"paths\": {},\n \"x-a\": 1,\n \"x-a\": 2}");
    LoadResult result = load(entry);
    assertAt(only(result, LoadCodes.DUPLICATE_KEY), Severity.WARNING, "api.json", "/x-a", 3, 9);
    assertEquals(2, result.entries().get(0).root().get("x-a").intValue());
    assertArrayEquals(new int[] {3, 9}, result.entries().get(0).positions().get("/x-a"));
  }

  @Test
  void loadsAThousandLevelsOfNestingWithRefsInside() {
    String deep = "[".repeat(500) + "{\"$ref\": \"#/definitions/Leaf\"}" + "]".repeat(500);
    String objects = "{\"n\": ".repeat(499) + "{}" + "}".repeat(499);
    Path entry = new SpecTree(tmp).write("specification/deep.json",
        SpecTree.swagger("\"definitions\": {\"Leaf\": {\"type\": \"string\"}},\n\"x-deep\": " + deep + ",\n\"x-objects\": " + objects));
    LoadResult result = load(entry);
    SpecDocument doc = single(result);
    String leafRef = "/x-deep" + "/0".repeat(500) + "/$ref";
    assertEquals("#/definitions/Leaf", doc.root().at(leafRef).textValue());
    assertEquals(6, doc.positions().get(leafRef)[0]);
    assertTrue(doc.positions().containsKey("/x-objects" + "/n".repeat(499)));
  }

  @Test
  void loadsFiftyThousandLevelsWhenAllowedBecauseNothingRecurses() {
    int depth = 50_000;
    Path entry = new SpecTree(tmp).write("specification/deep.json",
        SpecTree.swagger("\"x-deep\": " + "[".repeat(depth) + "]".repeat(depth)));
    LoadResult result = new SpecLoader(LoaderOptions.defaults().withMaxNestingDepth(depth + 10)).load(List.of(entry));
    SpecDocument doc = single(result);
    assertEquals(5, doc.positionOf("/x-deep" + "/0".repeat(depth - 1))[0]);
  }

  @Test
  void reportsNestingBeyondTheLimitAtTheContainerThatCrossesIt() {
    String prefix = "{\"swagger\": \"2.0\", \"paths\": {}, \"x\": ";
    Path entry = new SpecTree(tmp).write("specification/deep.json", prefix + "[".repeat(2_500) + "]".repeat(2_500) + "}");
    LoadResult result = load(entry);
    // the root object is level 1, so the 2,000th '[' is level 2,001
    String pointer = "/x" + "/0".repeat(1_999);
    assertAt(only(result, LoadCodes.NESTING_TOO_DEEP), Severity.ERROR, "deep.json", pointer, 1, prefix.length() + 2_000);
    assertTrue(result.documents().isEmpty());
  }

  @Test
  void loadsATensOfMegabytesFileByStreaming() throws IOException {
    Path file = new SpecTree(tmp).write("specification/big.json", "");
    int definitions = 60_000;
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("{\"swagger\": \"2.0\", \"paths\": {}, \"definitions\": {\n");
      for (int i = 0; i < definitions; i++) {
        out.write("\"Model" + i + "\": {\"type\": \"object\", \"description\": \"" + "d".repeat(80)
            + "\", \"properties\": {\"next\": {\"$ref\": \"#/definitions/Model" + ((i + 1) % definitions)
            + "\"}, \"name\": {\"type\": \"string\", \"readOnly\": true}}}" + (i + 1 < definitions ? ",\n" : "\n"));
      }
      out.write("}}\n");
    }
    long started = System.nanoTime();
    LoadResult result = load(file);
    long ms = (System.nanoTime() - started) / 1_000_000;
    SpecDocument doc = single(result);
    System.out.printf("loaded a %d MB spec (%d definitions) in %d ms%n", Files.size(file) >> 20, definitions, ms);
    assertTrue(Files.size(file) > 12_000_000);
    assertArrayEquals(new int[] {definitions + 1, 15}, doc.positions().get("/definitions/Model" + (definitions - 1)));
  }
}
