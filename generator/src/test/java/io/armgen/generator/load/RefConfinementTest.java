package io.armgen.generator.load;

import static io.armgen.generator.load.SpecTree.assertAt;
import static io.armgen.generator.load.SpecTree.load;
import static io.armgen.generator.load.SpecTree.only;
import static io.armgen.generator.load.SpecTree.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.testing.CountingSpecServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References may not reach the network or files outside the allowed roots. */
class RefConfinementTest {
  @TempDir Path tmp;
  private SpecTree tree;
  private CountingSpecServer server;

  @BeforeEach
  void setUp() throws IOException {
    tree = new SpecTree(tmp);
    server = new CountingSpecServer();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private String remoteRefSpec() {
    return SpecTree.swagger("\"definitions\": {\n  \"A\": {\"$ref\": \"" + server.baseUrl()
        + "/types.json#/definitions/X\"}\n}");
  }

  @Test
  void remoteRefIsAnErrorAndIsNotFetched() {
    String text = remoteRefSpec();
    LoadResult result = load(tree.write("specification/api.json", text));
    int[] at = RefDiagnosticsTest.find(text, "\"http://");
    assertAt(only(result, LoadCodes.REF_REMOTE_URL), Severity.ERROR, "api.json", "/definitions/A/$ref", at[0], at[1]);
    assertEquals(0, server.requests());
    assertEquals(1, result.documents().size());
  }

  @Test
  void allowedRemoteRefIsAWarningSayingItIsStillNotFetched() {
    Path entry = tree.write("specification/api.json", remoteRefSpec());
    LoadResult result = new SpecLoader(LoaderOptions.defaults().withAllowRemoteRefs(true)).load(List.of(entry));
    Diagnostic d = only(result, LoadCodes.REF_REMOTE_URL);
    assertEquals(Severity.WARNING, d.severity());
    assertTrue(d.message().contains("does not fetch"), d::format);
    assertEquals(0, server.requests());
    assertTrue(result.resolve(result.entries().get(0), "#/definitions/A").isEmpty());
  }

  @Test
  void refsToSystemFilesAreRefused() {
    String text = SpecTree.swagger("\"definitions\": {\n"
        + "  \"A\": {\"$ref\": \"/etc/passwd\"},\n"
        + "  \"B\": {\"$ref\": \"" + "../".repeat(30) + "etc/passwd#/x\"}\n}");
    LoadResult result = load(tree.write("specification/api.json", text));
    List<Diagnostic> refused = withCode(result, LoadCodes.REF_OUTSIDE_ROOT);
    assertEquals(2, refused.size(), result.diagnostics()::toString);
    int[] b = RefDiagnosticsTest.find(text, "\"../../");
    assertAt(refused.get(1), Severity.ERROR, "api.json", "/definitions/B/$ref", b[0], b[1]);
    assertEquals(2, result.diagnostics().size(), result.diagnostics()::toString);
    assertEquals(1, result.documents().size());
  }

  @Test
  void anExistingFileOutsideTheRootIsNotRead() throws IOException {
    // not JSON: had the loader read it, a JSON_SYNTAX diagnostic would name it
    Files.writeString(tmp.resolve("secret.json"), "token=do-not-read");
    Path entry = tree.write("specification/a/b/api.json", SpecTree.swagger("\"definitions\": {\"A\": {\"$ref\": \"../../../../secret.json\"}}"));
    LoadResult refused = load(entry);
    assertEquals(List.of(LoadCodes.REF_OUTSIDE_ROOT), refused.diagnostics().stream().map(Diagnostic::code).toList());
    assertTrue(refused.diagnostics().get(0).message().indexOf("do-not-read") < 0);

    LoadResult allowed = new SpecLoader(LoaderOptions.defaults().withAllowedRoots(List.of(tmp))).load(List.of(entry));
    Diagnostic read = only(allowed, LoadCodes.JSON_SYNTAX);
    assertTrue(read.file().endsWith("secret.json"), read::format);
  }

  @Test
  void aSymbolicLinkInsideTheRootCannotLeadOut() throws IOException {
    Path secret = tmp.resolve("secret.json");
    Files.writeString(secret, "{\"definitions\": {\"X\": {}}}");
    Path link = tree.repo.resolve("specification/link.json");
    try {
      Files.createSymbolicLink(link, secret);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not available here: " + e);
    }
    Path entry = tree.write("specification/api.json", SpecTree.swagger("\"definitions\": {\"A\": {\"$ref\": \"link.json#/definitions/X\"}}"));
    LoadResult result = load(entry);
    assertEquals(List.of(LoadCodes.REF_OUTSIDE_ROOT), result.diagnostics().stream().map(Diagnostic::code).toList());
    assertEquals(1, result.documents().size());
  }
}
