package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.hasObject;
import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlattenPassTest {
  @Test
  void liftsPropertiesNextToRefRecursivelyWithCombinedFlags() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Outer': {'type': 'object', 'required': ['properties'], 'properties': {
          'name': {'type': 'string'},
          'properties': {'$ref': '#/definitions/Props', 'x-ms-client-flatten': true}}},
        'Props': {'type': 'object', 'required': ['state', 'deep'], 'properties': {
          'state': {'type': 'string'},
          'name': {'type': 'string', 'readOnly': true},
          'deep': {'x-ms-client-flatten': true, 'readOnly': true, 'type': 'object', 'required': ['leaf'],
                   'properties': {'leaf': {'type': 'string'}, 'other': {'type': 'string'}}}}}
        """)));
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    ObjectType outer = object(s, "Outer");
    assertEquals(List.of(List.of("name"), List.of("properties", "state"), List.of("properties", "name"),
        List.of("properties", "deep", "leaf"), List.of("properties", "deep", "other")),
        outer.properties().stream().map(Property::wirePath).toList());
    assertEquals(List.of("name", "state", "propertiesName", "leaf", "other"),
        outer.properties().stream().map(Property::javaName).toList());
    assertTrue(property(outer, "state").required(), "required at both levels");
    assertTrue(property(outer, "leaf").required(), "required at all three levels");
    assertFalse(property(outer, "other").required());
    assertTrue(property(outer, "leaf").readOnly(), "the middle level is read-only");
    assertTrue(property(outer, "propertiesName").readOnly());
    assertFalse(hasObject(s, "Props"), "used only through flattening");
  }

  @Test
  void flattenedTypeStaysWhenUsedElsewhere() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'A': {'type': 'object', 'properties': {'properties': {'$ref': '#/definitions/P', 'x-ms-client-flatten': true}}},
        'B': {'type': 'object', 'properties': {'p': {'$ref': '#/definitions/P'}}},
        'P': {'type': 'object', 'properties': {'x': {'type': 'string'}}}
        """))));
    assertTrue(hasObject(s, "P"));
    assertEquals(List.of("properties", "x"), object(s, "A").properties().get(0).wirePath());
  }

  @Test
  void flattenOfANonObjectIsIgnoredWithAWarning() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'A': {'type': 'object', 'properties': {'tags': {'type': 'object', 'additionalProperties': {'type': 'string'}, 'x-ms-client-flatten': true}}}
        """)));
    assertEquals(1, Fixtures.withCode(r, "FLATTEN_IGNORED").size());
    assertEquals(List.of("tags"), object(Fixtures.only(r), "A").properties().get(0).wirePath());
  }

  /** The one FLATTEN_IGNORED warning of {@code r}, which must name the property and the reason. */
  private static void assertIgnored(NormalizeResult r, String ownerDotProperty, String reason) {
    List<Diagnostic> ignored = Fixtures.withCode(r, "FLATTEN_IGNORED");
    assertEquals(1, ignored.size(), () -> r.diagnostics().toString());
    assertEquals(Severity.WARNING, ignored.get(0).severity());
    assertTrue(ignored.get(0).message().contains("'" + ownerDotProperty + "'"), ignored.get(0).message());
    assertTrue(ignored.get(0).message().endsWith(reason), ignored.get(0).message());
  }

  private static List<List<String>> wirePaths(ObjectType o) {
    return o.properties().stream().map(Property::wirePath).toList();
  }

  @Test
  void aPolymorphicTypeIsNotFlattened() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Owner': {'type': 'object', 'properties': {'pet': {'$ref': '#/definitions/Pet', 'x-ms-client-flatten': true}}},
        'Pet': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'],
                'properties': {'kind': {'type': 'string'}, 'name': {'type': 'string'}}},
        'Dog': {'allOf': [{'$ref': '#/definitions/Pet'}], 'x-ms-discriminator-value': 'dog',
                'properties': {'barks': {'type': 'boolean'}}}
        """)));
    Fixtures.assertNoErrors(r);
    assertIgnored(r, "Owner.pet", "its type is polymorphic");
    ObjectType owner = object(Fixtures.only(r), "Owner");
    assertEquals(List.of(List.of("pet")), wirePaths(owner), "no pet.kind or pet.name lifted");
    assertEquals(new TypeRef.Named("Pet"), property(owner, "pet").type());
    assertTrue(hasObject(Fixtures.only(r), "Pet"));
  }

  @Test
  void aSubtypeOfAPolymorphicTypeIsNotFlattened() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Owner': {'type': 'object', 'properties': {'dog': {'$ref': '#/definitions/Dog', 'x-ms-client-flatten': true}}},
        'Pet': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind': {'type': 'string'}}},
        'Dog': {'allOf': [{'$ref': '#/definitions/Pet'}], 'x-ms-discriminator-value': 'dog',
                'properties': {'barks': {'type': 'boolean'}}}
        """)));
    Fixtures.assertNoErrors(r);
    assertIgnored(r, "Owner.dog", "its type is polymorphic");
    assertEquals(List.of(List.of("dog")), wirePaths(object(Fixtures.only(r), "Owner")));
  }

  @Test
  void anObjectThatAlsoAllowsFreeFormKeysIsNotFlattened() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Owner': {'type': 'object', 'properties': {'settings': {'$ref': '#/definitions/Settings', 'x-ms-client-flatten': true}}},
        'Settings': {'type': 'object', 'properties': {'level': {'type': 'integer'}}, 'additionalProperties': {'type': 'string'}}
        """)));
    Fixtures.assertNoErrors(r);
    assertIgnored(r, "Owner.settings", "its type also allows free-form keys");
    ObjectType owner = object(Fixtures.only(r), "Owner");
    assertEquals(List.of(List.of("settings")), wirePaths(owner), "the extra keys would have nowhere to go");
    assertEquals(new TypeRef.Named("Settings"), property(owner, "settings").type());
  }

  @Test
  void aTypeThatContainsItsOwnerIsNotFlattenedIntoIt() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Node': {'type': 'object', 'properties': {'name': {'type': 'string'},
                 'child': {'$ref': '#/definitions/Node', 'x-ms-client-flatten': true}}}
        """)));
    Fixtures.assertNoErrors(r);
    assertIgnored(r, "Node.child", "its type contains the owner (a cycle)");
    ObjectType node = object(Fixtures.only(r), "Node");
    assertEquals(List.of(List.of("name"), List.of("child")), wirePaths(node));
    assertEquals(new TypeRef.Named("Node"), property(node, "child").type());
  }

  @Test
  void aCycleThroughTwoTypesStopsAtTheFirstRepeat() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'A': {'type': 'object', 'properties': {'a': {'type': 'string'}, 'b': {'$ref': '#/definitions/B', 'x-ms-client-flatten': true}}},
        'B': {'type': 'object', 'properties': {'x': {'type': 'string'}, 'a': {'$ref': '#/definitions/A', 'x-ms-client-flatten': true}}}
        """)));
    Fixtures.assertNoErrors(r);
    // A is processed first: B is lifted into A, but B's own flattening of A (its owner) is refused
    assertIgnored(r, "B.a", "its type contains the owner (a cycle)");
    Service s = Fixtures.only(r);
    assertEquals(List.of(List.of("a"), List.of("b", "x"), List.of("b", "a")), wirePaths(object(s, "A")));
    assertEquals(new TypeRef.Named("A"), object(s, "A").properties().get(2).type());
  }

  @Test
  void aTypeExtendingARuntimeBaseIsNotFlattened() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Owner': {'type': 'object', 'properties': {'inner': {'$ref': '#/definitions/Inner', 'x-ms-client-flatten': true}}},
        'Inner': {'allOf': [{'$ref': '#/definitions/ProxyResource'}], 'properties': {'size': {'type': 'integer'}}},
        'ProxyResource': {'type': 'object', 'properties': {
          'id': {'type': 'string', 'readOnly': true}, 'name': {'type': 'string', 'readOnly': true},
          'type': {'type': 'string', 'readOnly': true}}}
        """)));
    Fixtures.assertNoErrors(r);
    assertIgnored(r, "Owner.inner", "its type extends a runtime base type");
    assertEquals(List.of(List.of("inner")), wirePaths(object(Fixtures.only(r), "Owner")));
  }
}
