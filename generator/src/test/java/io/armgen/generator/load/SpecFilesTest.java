package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expanding folders into entry spec files. */
class SpecFilesTest {
  @TempDir Path tmp;

  @Test
  void findsEntryDocumentsSortedAndSkipsExamplesCommonTypesAndOtherFiles() {
    SpecTree tree = new SpecTree(tmp);
    Path b = tree.write("specification/svc/b.json", "\uFEFF{\"info\": {\"x\": [1]}, \"swagger\": \"2.0\", \"paths\": {\"/b\": {}}}");
    Path a = tree.write("specification/svc/a.yaml", "swagger: '2.0'\npaths:\n  /a:\n    get: {}\n");
    Path msPaths = tree.write("specification/svc/c.yml", "swagger: '2.0'\npaths: {}\nx-ms-paths:\n  /c?x: {}\n");
    tree.write("specification/svc/examples/Get.json", "{\"swagger\": \"2.0\", \"paths\": {\"/x\": {}}}");
    Path common = tree.write("specification/common-types/types.json", "{\"swagger\": \"2.0\", \"paths\": {}, \"definitions\": {}}");
    Path v1 = tree.write("specification/svc/v1.json", "{\"swagger\": \"1.2\", \"paths\": {\"/x\": {}}}");
    tree.write("specification/svc/notes.txt", "{\"swagger\": \"2.0\", \"paths\": {\"/x\": {}}}");
    tree.write("specification/svc/broken.json", "{\"swagger\": \"2.0\", \"paths\": {");
    tree.write("specification/.hidden/h.json", "{\"swagger\": \"2.0\", \"paths\": {\"/x\": {}}}");

    SpecFiles.Expansion expansion = SpecFiles.expand(List.of(tree.repo));
    assertEquals(List.of(a, b, msPaths), expansion.files());
    assertEquals(List.of("JSON_SYNTAX"), expansion.diagnostics().stream().map(Diagnostic::code).toList());
    assertTrue(expansion.diagnostics().get(0).file().endsWith("broken.json"));
    assertEquals(1, expansion.diagnostics().get(0).line());
    assertEquals(List.of(common, v1), expansion.skipped().stream().map(SpecFiles.Skipped::file).toList());
    assertEquals(List.of(Severity.INFO, Severity.WARNING),
        expansion.skipped().stream().map(s -> s.reason().severity()).toList());
    // the common types said nothing once a $ref reached them; the other file still does
    assertEquals(List.of(LoadCodes.SPEC_NOT_READ),
        SpecFiles.unreferenced(expansion.skipped(), List.of(common)).stream().map(Diagnostic::code).toList());
  }

  @Test
  void takesANamedFileAsIsAndReportsMissingInputs() {
    SpecTree tree = new SpecTree(tmp);
    Path common = tree.write("specification/common-types/types.json", "{\"definitions\": {}}");
    Path missing = tmp.resolve("nowhere");
    SpecFiles.Expansion expansion = SpecFiles.expand(List.of(common, missing, common));
    assertEquals(List.of(common), expansion.files());
    Diagnostic d = expansion.diagnostics().get(0);
    assertEquals(List.of(LoadCodes.FILE_NOT_FOUND), expansion.diagnostics().stream().map(Diagnostic::code).toList());
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(missing.toString(), d.file());
  }

  @Test
  void keepsRelativeInputsRelative() {
    SpecTree tree = new SpecTree(tmp);
    tree.write("specification/svc/api.json", "{\"swagger\": \"2.0\", \"paths\": {\"/x\": {}}}");
    Path cwd = Path.of("").toAbsolutePath();
    Path relative = cwd.relativize(tree.repo.resolve("specification"));
    SpecFiles.Expansion expansion = SpecFiles.expand(List.of(relative));
    assertEquals(List.of(relative.resolve("svc/api.json").normalize()), expansion.files());
  }
}
