package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionReportTest {
  @Test
  void warnsOncePerKeyAndFileForUnhandledExtensionsOnly() {
    // x-ms-client-default is acted on for model properties (not yet for parameters)
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", """
        {'swagger': '2.0', 'info': {'title': 'T', 'version': '1'}, 'x-ms-paths': {},
         'paths': {'/a': {'get': {'operationId': 'A_Get', 'x-ms-request-id': 'r',
            'parameters': [{'name': 'x-ms-client-request-id', 'in': 'header', 'type': 'string'}],
            'responses': {'200': {'description': 'ok', 'headers': {'x-ms-request-id': {'type': 'string'}}},
                          'x-ms-foo': 1},
            'x-ms-examples': {'e': {'$ref': './ex.json'}}}}},
         'definitions': {'A': {'type': 'object', 'x-ms-azure-resource': true, 'x-ms-foo': 1, 'properties': {
            'x-ms-not-an-extension': {'type': 'string', 'x-ms-mutability': ['read'], 'x-ms-client-default': 'a'},
            'b': {'type': 'string', 'x-ms-client-default': 'b', 'x-ms-identifiers': []}}}}}
        """, "../other/types.json", "{'swagger': '2.0', 'definitions': {'B': {'x-ms-foo': true}}}",
        "ex.json", "{'x-ms-foo': 'example data'}"));
    List<Diagnostic> warnings = Fixtures.withCode(r, "EXTENSION_IGNORED");
    assertEquals(List.of(
            "../other/types.json /definitions/B/x-ms-foo",
            "spec.json /paths/~1a/get/x-ms-request-id",
            "spec.json /paths/~1a/get/responses/x-ms-foo"),
        warnings.stream().map(d -> d.file() + " " + d.pointer()).toList());
    assertEquals(Severity.WARNING, warnings.get(0).severity());
  }
}
