package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java names of types, properties and enum constants: unique case-insensitively, suffixed in a fixed order. */
class JavaNamingTest {
  @Test
  void threeTypesOfOneNameAreNumberedEntryFirstThenByFile() {
    // the entry refers to b's Widget before a's: the numbers follow the file names, not the order of discovery
    NormalizeResult r = Fixtures.normalize(TestLoad.inline(
        "spec.json", TestLoad.swagger("", """
            'Holder': {'type': 'object', 'properties': {
              'fromB': {'$ref': '../b/types.json#/definitions/Widget'},
              'fromA': {'$ref': '../a/types.json#/definitions/Widget'},
              'local': {'$ref': '#/definitions/Widget'}}},
            'Widget': {'type': 'object', 'properties': {'name': {'type': 'string'}}}
            """),
        "../b/types.json", TestLoad.swagger("", "'Widget': {'type': 'object', 'properties': {'bee': {'type': 'string'}}}"),
        "../a/types.json", TestLoad.swagger("", "'Widget': {'type': 'object', 'properties': {'ay': {'type': 'string'}}}")));
    Service s = Fixtures.only(r);
    var holder = object(s, "Holder");
    assertEquals(new TypeRef.Named("Widget"), property(holder, "local").type());
    assertEquals(new TypeRef.Named("Widget2"), property(holder, "fromA").type());
    assertEquals(new TypeRef.Named("Widget3"), property(holder, "fromB").type());
    List<Diagnostic> collisions = Fixtures.withCode(r, "NAME_COLLISION");
    assertEquals(List.of("../a/types.json", "../b/types.json"), collisions.stream().map(Diagnostic::file).toList());
    assertTrue(collisions.get(1).message().contains("'Widget3'"), collisions.get(1).message());
  }

  @Test
  void aDefinitionsClientNameNamesItsType() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'wire_widget': {'type': 'object', 'x-ms-client-name': 'Gadget', 'properties': {'a': {'type': 'string'}}},
        'blank_named': {'type': 'object', 'x-ms-client-name': ' ', 'properties': {'b': {'type': 'string'}}}
        """))));
    assertEquals("wire_widget", object(s, "Gadget").definitionName());
    assertEquals("blank_named", object(s, "BlankNamed").definitionName(), "a blank client name is ignored");
  }

  @Test
  void propertiesThatDifferOnlyInCaseAreNumberedInOrderWithAWarningEach() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Thing': {'type': 'object', 'properties': {
          'name': {'type': 'string'}, 'Name': {'type': 'string'}, 'NAME': {'type': 'string'}}}
        """)));
    var thing = object(Fixtures.only(r), "Thing");
    assertEquals(List.of("name", "name2", "name3"), thing.properties().stream().map(Property::javaName).toList());
    assertEquals(List.of("NAME"), property(thing, "name3").wirePath());
    List<Diagnostic> collisions = Fixtures.withCode(r, "NAME_COLLISION");
    assertEquals(2, collisions.size(), collisions::toString);
    assertTrue(collisions.get(1).message().contains("'name3' because 'name' is taken"), collisions.get(1).message());
  }

  @Test
  void enumConstantsOfOneNameGetNumberedSuffixes() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Holder': {'type': 'object', 'properties': {'mode': {'$ref': '#/definitions/Mode'}}},
        'Mode': {'type': 'string', 'enum': ['a-b', 'a_b', 'A B'], 'x-ms-enum': {'name': 'Mode', 'modelAsString': true}}
        """))));
    EnumType mode = Fixtures.enumType(s, "Mode");
    assertEquals(List.of("A_B", "A_B_2", "A_B_3"), mode.values().stream().map(EnumType.EnumValue::javaName).toList());
    assertEquals(List.of("a-b", "a_b", "A B"), mode.values().stream().map(EnumType.EnumValue::value).toList());
  }

  @Test
  void aPropertyNamedAdditionalPropertiesIsRenamedOnlyWhereTheClassKeepsFreeFormKeys() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Plain': {'type': 'object', 'properties': {'additionalProperties': {'type': 'string'}}},
        'Open': {'type': 'object', 'additionalProperties': {'type': 'string'},
          'properties': {'additionalProperties': {'type': 'string'}}},
        'Base': {'type': 'object', 'properties': {'additionalProperties': {'type': 'string'}}},
        'Derived': {'type': 'object', 'additionalProperties': true, 'allOf': [{'$ref': '#/definitions/Base'}],
          'properties': {'extra': {'type': 'string'}}}
        """))));
    assertEquals(List.of("additionalProperties"), object(s, "Plain").properties().stream().map(Property::javaName).toList());
    assertEquals(List.of("additionalPropertiesProperty"), object(s, "Open").properties().stream().map(Property::javaName).toList());
    assertEquals("additionalPropertiesProperty", object(s, "Base").properties().get(0).javaName(),
        "a subtype keeps free-form keys, so the base's accessor would clash with it");
  }
}
