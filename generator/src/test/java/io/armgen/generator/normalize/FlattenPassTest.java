package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.hasObject;
import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
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
}
