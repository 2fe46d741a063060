package io.armgen.generator.load;

import static io.armgen.generator.load.SpecTree.assertAt;
import static io.armgen.generator.load.SpecTree.load;
import static io.armgen.generator.load.SpecTree.only;
import static io.armgen.generator.load.SpecTree.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each loader diagnostic: its code, severity, file, pointer and line:column. */
class RefDiagnosticsTest {
  @TempDir Path tmp;
  private SpecTree tree;

  @BeforeEach
  void createTree() {
    tree = new SpecTree(tmp);
  }

  /** 1-based {line, column} of the first occurrence of {@code needle} in {@code text}. */
  static int[] find(String text, String needle) {
    int at = text.indexOf(needle);
    assertTrue(at >= 0, needle);
    int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    int column = at - text.lastIndexOf('\n', at - 1);
    return new int[] {line, column};
  }

  private Diagnostic assertRefDiagnostic(LoadResult result, String code, Severity severity, String text, String refValue,
      String pointer) {
    int[] at = find(text, refValue);
    Diagnostic d = only(result, code);
    assertAt(d, severity, "api.json", pointer, at[0], at[1]);
    return d;
  }

  @Test
  void missingEntryFileIsReportedAsGiven() {
    Path missing = tree.repo.resolve("specification/nope.json");
    LoadResult result = load(missing);
    Diagnostic d = only(result, LoadCodes.FILE_NOT_FOUND);
    assertAt(d, Severity.ERROR, "nope.json", "", 0, 0);
    assertTrue(result.entries().isEmpty());
  }

  @Test
  void missingReferencedFileIsReportedAtTheRef() {
    String text = SpecTree.swagger("\"definitions\": {\n  \"A\": {\"$ref\": \"./gone.json#/definitions/A\"}\n}");
    LoadResult result = load(tree.write("specification/api.json", text));
    assertRefDiagnostic(result, LoadCodes.FILE_NOT_FOUND, Severity.ERROR, text, "\"./gone.json", "/definitions/A/$ref");
  }

  @Test
  void missingExampleFileIsOnlyAWarning() {
    String text = SpecTree.swagger("\"x-ms-paths\": {\"/a?b\": {\"get\": {\"x-ms-examples\": {\n  \"Get\": {\"$ref\": \"./examples/Get.json\"}}}}}");
    LoadResult result = load(tree.write("specification/api.json", text));
    assertRefDiagnostic(result, LoadCodes.FILE_NOT_FOUND, Severity.WARNING, text, "\"./examples/Get.json",
        "/x-ms-paths/~1a?b/get/x-ms-examples/Get/$ref");
  }

  @Test
  void entryWithoutSwagger2IsReportedButReferencedFilesNeedNone() {
    tree.write("specification/common.json", "{\"definitions\": {\"X\": {}}}");
    Path noVersion = tree.write("specification/a.json", "{\"paths\": {}, \"definitions\": {\"Y\": {\"$ref\": \"common.json#/definitions/X\"}}}");
    Path wrongVersion = tree.write("specification/b.json", "{\n  \"swagger\": \"3.0\"\n}");
    Path openApi = tree.write("specification/c.json", "{\"openapi\": \"3.0.1\"}");
    LoadResult result = load(noVersion, wrongVersion, openApi);
    List<Diagnostic> found = withCode(result, LoadCodes.NOT_SWAGGER_2);
    assertEquals(3, found.size(), result.diagnostics()::toString);
    assertAt(found.get(0), Severity.ERROR, "a.json", "", 1, 1);
    assertAt(found.get(1), Severity.ERROR, "b.json", "/swagger", 2, 14);
    assertTrue(found.get(2).message().contains("OpenAPI 3"), found.get(2)::format);
    assertEquals(3, result.diagnostics().size(), "common.json has no swagger key and needs none");
    assertEquals(4, result.documents().size(), "such entries still load, so every problem is found");
  }

  @Test
  void danglingLocalAndCrossFilePointersAreReportedAtTheRef() {
    tree.write("specification/other.json", "{\"definitions\": {\"There\": {}}}");
    String text = SpecTree.swagger("\"definitions\": {\n  \"A\": {\"$ref\": \"#/definitions/Nope\"},\n"
        + "  \"B\": {\"$ref\": \"other.json#/definitions/Gone\"},\n  \"C\": {\"$ref\": \"other.json#/definitions/There\"}\n}");
    LoadResult result = load(tree.write("specification/api.json", text));
    List<Diagnostic> found = withCode(result, LoadCodes.REF_DANGLING);
    assertEquals(2, found.size(), result.diagnostics()::toString);
    int[] local = find(text, "\"#/definitions/Nope");
    int[] remote = find(text, "\"other.json#/definitions/Gone");
    assertAt(found.get(0), Severity.ERROR, "api.json", "/definitions/A/$ref", local[0], local[1]);
    assertAt(found.get(1), Severity.ERROR, "api.json", "/definitions/B/$ref", remote[0], remote[1]);
    assertTrue(found.get(1).message().contains("other.json"), found.get(1)::format);
  }

  @Test
  void aliasLoopsAreCyclesButARecursiveModelIsNot() {
    tree.write("specification/other.json", "{\"definitions\": {\"Y\": {\"$ref\": \"api.json#/definitions/X\"}}}");
    String text = SpecTree.swagger("\"definitions\": {\n"
        + "  \"A\": {\"$ref\": \"#/definitions/B\"},\n"
        + "  \"B\": {\"$ref\": \"#/definitions/A\"},\n"
        + "  \"Self\": {\"$ref\": \"#/definitions/Self\"},\n"
        + "  \"X\": {\"$ref\": \"other.json#/definitions/Y\"},\n"
        + "  \"PointsIntoLoop\": {\"$ref\": \"#/definitions/A\"},\n"
        + "  \"Node\": {\"type\": \"object\", \"properties\": {\n"
        + "    \"parent\": {\"$ref\": \"#/definitions/Node\"},\n"
        + "    \"children\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/Node\"}}}}\n}");
    LoadResult result = load(tree.write("specification/api.json", text));
    List<Diagnostic> cycles = withCode(result, LoadCodes.REF_CYCLE);
    assertEquals(List.of("/definitions/A/$ref", "/definitions/Self/$ref", "/definitions/X/$ref"),
        cycles.stream().map(Diagnostic::pointer).toList(), result.diagnostics()::toString);
    int[] a = find(text, "\"#/definitions/B");
    assertAt(cycles.get(0), Severity.ERROR, "api.json", "/definitions/A/$ref", a[0], a[1]);
    assertTrue(cycles.get(2).message().contains("other.json#/definitions/Y"), cycles.get(2)::format);
    assertEquals(3, result.diagnostics().size(), result.diagnostics()::toString);
    SpecDocument api = result.entries().get(0);
    assertTrue(result.resolve(api, "#/definitions/A").isEmpty());
    assertEquals("/definitions/Node", result.resolve(api, "#/definitions/Node/properties/parent").orElseThrow().pointer());
  }

  @Test
  void malformedRefsAreReportedEachAtItsRef() {
    String text = SpecTree.swagger("\"definitions\": {\n"
        + "  \"A\": {\"$ref\": 5},\n"
        + "  \"B\": {\"$ref\": \"#definitions/A\"},\n"
        + "  \"C\": {\"$ref\": \"#/definitions/a~2b\"},\n"
        + "  \"D\": {\"$ref\": \"#/definitions/%zz\"},\n"
        + "  \"E\": {\"$ref\": \"ftp://example.com/x.json\"},\n"
        + "  \"F\": {\"$ref\": \"\"},\n"
        + "  \"G\": {\"type\": \"object\", \"properties\": {\"$ref\": {\"type\": \"string\"}}}\n}");
    LoadResult result = load(tree.write("specification/api.json", text));
    List<Diagnostic> found = withCode(result, LoadCodes.REF_MALFORMED);
    assertEquals(List.of("A", "B", "C", "D", "E", "F"),
        found.stream().map(d -> d.pointer().split("/")[2]).toList(), result.diagnostics()::toString);
    int[] five = find(text, "5}");
    assertAt(found.get(0), Severity.ERROR, "api.json", "/definitions/A/$ref", five[0], five[1]);
    assertEquals(found.size(), result.diagnostics().size(), "a property named $ref is not a reference");
  }

  @Test
  void severalProblemsAreAllReportedInOneRun() {
    tree.write("specification/broken.json", "{\"definitions\": {\"X\": }");
    tree.write("specification/fine.json", "{\"definitions\": {\"Y\": {}}}");
    String text = SpecTree.swagger("\"definitions\": {\n"
        + "  \"A\": {\"$ref\": \"broken.json#/definitions/X\"},\n"
        + "  \"B\": {\"$ref\": \"missing.json#/definitions/X\"},\n"
        + "  \"C\": {\"$ref\": \"fine.json#/definitions/Z\"},\n"
        + "  \"D\": {\"$ref\": \"#/definitions/D\"},\n"
        + "  \"E\": {\"$ref\": \"https://example.com/x.json\"},\n"
        + "  \"F\": {\"$ref\": \"/etc/passwd\"}\n}");
    Path api = tree.write("specification/api.json", text);
    LoadResult result = load(api, tree.repo.resolve("specification/absent.json"));
    Set<String> codes = result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toSet());
    assertEquals(Set.of(LoadCodes.JSON_SYNTAX, LoadCodes.FILE_NOT_FOUND, LoadCodes.REF_DANGLING, LoadCodes.REF_CYCLE,
        LoadCodes.REF_REMOTE_URL, LoadCodes.REF_OUTSIDE_ROOT), codes, result.diagnostics()::toString);
    assertEquals(7, result.diagnostics().size(), result.diagnostics()::toString);
    assertEquals(2, withCode(result, LoadCodes.FILE_NOT_FOUND).size());
    assertTrue(only(result, LoadCodes.JSON_SYNTAX).file().endsWith("broken.json"));
  }
}
