package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    tree.write("specification/common-types/types.json", "{\"swagger\": \"2.0\", \"paths\": {}, \"definitions\": {}}");
    tree.write("specification/svc/v1.json", "{\"swagger\": \"1.2\", \"paths\": {\"/x\": {}}}");
    tree.write("specification/svc/notes.txt", "{\"swagger\": \"2.0\", \"paths\": {\"/x\": {}}}");
    tree.write("specification/svc/broken.json", "{\"swagger\": \"2.0\", \"paths\": {");
    tree.write("specification/.hidden/h.json", "{\"swagger\": \"2.0\", \"paths\": {\"/x\": {}}}");

    SpecFiles.Expansion expansion = SpecFiles.expand(List.of(tree.repo));
    assertEquals(List.of(a, b, msPaths), expansion.files());
    assertEquals(List.of(), expansion.diagnostics());
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
