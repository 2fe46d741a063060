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

  @Test
  void aDiscriminatorThatIsNoProperty() {
    assertEquals(List.of("/definitions/Base"), warnings("DISCRIMINATOR_MISSING", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'properties': {'name': {'type': 'string'}}},
        'One': {'allOf': [{'$ref': '#/definitions/Base'}]}
        """));
  }

  @Test
  void theDiscriminatorIsFoundByNameAmongOtherProperties() {
    String definitions = """
        'Base': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {
          'size': {'type': 'integer'}, 'kind': {'type': 'string', 'enum': ['One'], 'x-ms-enum': {'name': 'Kind', 'modelAsString': true}}}},
        'One': {'allOf': [{'$ref': '#/definitions/Base'}]}
        """;
    assertEquals(List.of(), warnings("DISCRIMINATOR_TYPE", definitions), "an enum discriminator is settable");
    assertEquals(List.of(), warnings("DISCRIMINATOR_MISSING", definitions));
  }

  @Test
  void anOpenEnumOrACaseVariantOfAClosedOneAcceptsTheValue() {
    assertEquals(List.of(), warnings("DISCRIMINATOR_VALUE_UNKNOWN", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind':
          {'type': 'string', 'enum': ['One'], 'x-ms-enum': {'name': 'Kind', 'modelAsString': true}}}},
        'One': {'allOf': [{'$ref': '#/definitions/Base'}]},
        'Other': {'allOf': [{'$ref': '#/definitions/Base'}], 'x-ms-discriminator-value': 'another'}
        """));
    assertEquals(List.of(), warnings("DISCRIMINATOR_VALUE_UNKNOWN", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind':
          {'type': 'string', 'enum': ['one', 'other'], 'x-ms-enum': {'name': 'Kind', 'modelAsString': false}}}},
        'One': {'allOf': [{'$ref': '#/definitions/Base'}]},
        'Other': {'allOf': [{'$ref': '#/definitions/Base'}], 'x-ms-discriminator-value': 'OTHER'}
        """));
  }

  @Test
  void aSubtypeWithTheBasesOwnValue() {
    assertEquals(List.of("/definitions/One"), warnings("DISCRIMINATOR_VALUE_DUPLICATE", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'x-ms-discriminator-value': 'base', 'required': ['kind'],
          'properties': {'kind': {'type': 'string'}}},
        'One': {'allOf': [{'$ref': '#/definitions/Base'}], 'x-ms-discriminator-value': 'base'}
        """));
  }

  @Test
  void aSecondBaseWhoseAncestorIsPolymorphic() {
    assertEquals(List.of("/definitions/Both"), warnings("POLYMORPHIC_SECOND_BASE", """
        'Base': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind': {'type': 'string'}}},
        'Middle': {'allOf': [{'$ref': '#/definitions/Base'}], 'properties': {'m': {'type': 'string'}}},
        'Named': {'type': 'object', 'properties': {'name': {'type': 'string'}}},
        'Plain': {'type': 'object', 'properties': {'p': {'type': 'string'}}},
        'Both': {'allOf': [{'$ref': '#/definitions/Named'}, {'$ref': '#/definitions/Middle'}]},
        'Fine': {'allOf': [{'$ref': '#/definitions/Named'}, {'$ref': '#/definitions/Plain'}]}
        """));
  }
}
