package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.model.ObjectType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gives located diagnostics, never an exception, and the run goes on. */
class RobustnessTest {
  @Test
  void malformedSchemasAreReportedAndTheRunContinues() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", """
        {'swagger': '2.0', 'info': {'title': 'T', 'version': '1'},
         'paths': {'/a': {'get': {'operationId': 'A_Get', 'parameters': [{'in': 'query'}, 42],
                                 'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Missing'}}}},
                          'put': 'not an operation',
                          'post': {'operationId': 'A_Post', 'responses': 'none'}}},
         'definitions': {
           'BadType': {'type': 42},
           'BadProps': {'type': 'object', 'properties': ['a']},
           'BadRequired': {'type': 'object', 'required': 'a', 'properties': {'a': {'type': 'string'}}},
           'BadItems': {'type': 'object', 'properties': {'list': {'type': 'array'}, 'p': 7, 'q': {'type': 'strange'}}},
           'BadAllOf': {'allOf': {'$ref': '#/definitions/Good'}},
           'BadRef': {'type': 'object', 'properties': {'r': {'$ref': 5}}},
           'BadEnum': {'type': 'string', 'enum': 'a'},
           'Good': {'type': 'object', 'properties': {'fine': {'type': 'string'}}}}}
        """));
    List<String> codes = Fixtures.errors(r).stream().map(d -> d.code() + " " + d.pointer()).toList();
    assertEquals(List.of(
        "PARAMETER_INVALID /paths/~1a/get/parameters/0",
        "PARAMETER_INVALID /paths/~1a/get/parameters/1",
        "OPERATION_INVALID /paths/~1a/put",
        "RESPONSES_INVALID /paths/~1a/post",
        "SCHEMA_TYPE /definitions/BadType/type",
        "SCHEMA_INVALID /definitions/BadEnum/enum",
        "SCHEMA_INVALID /definitions/BadProps/properties",
        "SCHEMA_INVALID /definitions/BadRequired/required",
        "SCHEMA_INVALID /definitions/BadItems/properties/list",
        "SCHEMA_INVALID /definitions/BadItems/properties/p",
        "SCHEMA_TYPE /definitions/BadItems/properties/q/type",
        "SCHEMA_INVALID /definitions/BadAllOf/allOf",
        "SCHEMA_INVALID /definitions/BadRef/properties/r/$ref"), codes);
    assertTrue(r.model().services().get(0).objects().stream().map(ObjectType::name).toList().contains("Good"));
  }

  @Test
  void diagnosticsCarryFileAndLineColumn() {
    SpecDocument doc = new SpecDocument(Path.of("located.json").toAbsolutePath(), "specs/located.json",
        TestLoad.parse("{\"swagger\": \"2.0\", \"paths\": {}, \"definitions\": {\"A\": {\"type\": 42}}}"),
        Map.of("/definitions/A", new int[] {7, 5}, "/definitions/A/type", new int[] {8, 15}));
    TestLoad load = TestLoad.inline("unused.json", "{}");
    NormalizeResult r = new Normalizer().normalize(new SingleDocument(load, doc), NormalizeOptions.defaults());
    Diagnostic d = Fixtures.withCode(r, "SCHEMA_TYPE").get(0);
    assertEquals("specs/located.json", d.file());
    assertEquals(8, d.line());
    assertEquals(15, d.column());
    assertEquals("/definitions/A/type", d.pointer());
  }

  /** One hand-made document as the only entry; refs resolved like {@link TestLoad}. */
  private record SingleDocument(TestLoad delegate, SpecDocument doc) implements io.armgen.generator.load.LoadResult {
    @Override
    public List<SpecDocument> entries() {
      return List.of(doc);
    }

    @Override
    public Map<Path, SpecDocument> documents() {
      return Map.of(doc.path(), doc);
    }

    @Override
    public List<Diagnostic> diagnostics() {
      return List.of();
    }

    @Override
    public java.util.Optional<io.armgen.generator.load.ResolvedRef> resolve(SpecDocument from, String ref) {
      return delegate.resolve(from, ref);
    }
  }
}
