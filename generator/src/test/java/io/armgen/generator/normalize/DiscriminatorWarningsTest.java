package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.generator.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Polymorphism the generated code cannot honour is a warning at the schema (an error under --strict). */
class DiscriminatorWarningsTest {
  private static final String GET_BASE = "'/t': {'get': {'operationId': 'Things_Get', "
      + "'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Base'}}}}}";

  private static List<String> warnings(String code, String definitions) {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger(GET_BASE, definitions)));
    return Fixtures.withCode(r, code).stream().map(Diagnostic::pointer).toList();
  }

  @Test
  void aDiscriminatorThatIsNotAStringOrEnum() {
    assertEquals(List.of("/definitions/Base/properties/kind"), warnings("DISCRIMINATOR_TYPE", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind': {'type': 'integer'}}},
        'One': {'allOf': [{'$ref': '#/definitions/Base'}], 'x-ms-discriminator-value': '1'}
        """));
  }

  @Test
  void aValueTheClosedEnumDiscriminatorLacks() {
    assertEquals(List.of("/definitions/Other"), warnings("DISCRIMINATOR_VALUE_UNKNOWN", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind':
          {'type': 'string', 'enum': ['One', 'other'], 'x-ms-enum': {'name': 'Kind', 'modelAsString': false}}}},
        'One': {'allOf': [{'$ref': '#/definitions/Base'}]},
        'Other': {'allOf': [{'$ref': '#/definitions/Base'}], 'x-ms-discriminator-value': 'another'}
        """));
  }

  @Test
  void twoSubtypesWithOneValue() {
    assertEquals(List.of("/definitions/Two"), warnings("DISCRIMINATOR_VALUE_DUPLICATE", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind': {'type': 'string'}}},
        'One': {'allOf': [{'$ref': '#/definitions/Base'}], 'x-ms-discriminator-value': 'same'},
        'Two': {'allOf': [{'$ref': '#/definitions/Base'}], 'x-ms-discriminator-value': 'same'}
        """));
  }

  @Test
  void aPolymorphicBaseReachedThroughTheSecondAllOfEntry() {
    assertEquals(List.of("/definitions/Both"), warnings("POLYMORPHIC_SECOND_BASE", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind': {'type': 'string'}}},
        'Named': {'type': 'object', 'properties': {'name': {'type': 'string'}}},
        'Both': {'allOf': [{'$ref': '#/definitions/Named'}, {'$ref': '#/definitions/Base'}]},
        'Fine': {'allOf': [{'$ref': '#/definitions/Base'}, {'$ref': '#/definitions/Named'}]}
        """));
  }

  @Test
  void plainPolymorphismIsQuiet() {
    assertEquals(List.of(), warnings("DISCRIMINATOR_TYPE", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind': {'type': 'string'}}},
        'One': {'allOf': [{'$ref': '#/definitions/Base'}]}
        """));
  }
}
