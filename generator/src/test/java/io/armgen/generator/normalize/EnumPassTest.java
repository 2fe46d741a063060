package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.enumType;
import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumPassTest {
  private static List<String> values(EnumType e) {
    return e.values().stream().map(EnumType.EnumValue::value).toList();
  }

  @Test
  void closedOpenNamesAndValueDescriptions() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Holder': {'type': 'object', 'properties': {
          'closed': {'type': 'string', 'enum': ['a', 'b'], 'x-ms-enum': {'name': 'Closed', 'modelAsString': false}},
          'open': {'type': 'string', 'enum': ['x'], 'x-ms-enum': {'name': 'Open', 'modelAsString': true,
             'values': [{'value': 'x', 'name': 'Ex', 'description': 'the x'}]}},
          'bare': {'type': 'string', 'enum': ['', 'v-1']},
          'count': {'type': 'integer', 'format': 'int64', 'enum': [1, 2]},
          'plain': {'type': 'string'},
          'named': {'$ref': '#/definitions/Color'}}},
        'Color': {'type': 'string', 'enum': ['Red']}
        """))));
    EnumType closed = enumType(s, "Closed");
    assertFalse(closed.expandable());
    assertTrue(enumType(s, "Open").expandable());
    assertEquals("EX", enumType(s, "Open").values().get(0).javaName());
    assertEquals("the x", enumType(s, "Open").values().get(0).description());
    EnumType bare = enumType(s, "HolderBare");
    assertTrue(bare.expandable(), "no x-ms-enum: open");
    assertEquals(List.of("EMPTY", "V_1"), bare.values().stream().map(EnumType.EnumValue::javaName).toList());
    assertEquals(TypeRef.PrimitiveKind.INT64, enumType(s, "HolderCount").valueType());
    ObjectType holder = object(s, "Holder");
    assertEquals(TypeRef.of(TypeRef.PrimitiveKind.STRING), property(holder, "plain").type());
    assertEquals(new TypeRef.Named("Color"), property(holder, "named").type());
  }

  @Test
  void sameNameEnumsAreSharedMergedOrKeptApart() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Holder': {'type': 'object', 'properties': {
          'createdByType': {'type': 'string', 'enum': ['User', 'Key'], 'x-ms-enum': {'name': 'createdByType', 'modelAsString': true}},
          'lastModifiedByType': {'type': 'string', 'enum': ['Key', 'User'], 'x-ms-enum': {'name': 'createdByType', 'modelAsString': true}},
          'open1': {'type': 'string', 'enum': ['a'], 'x-ms-enum': {'name': 'Open', 'modelAsString': true}},
          'open2': {'type': 'string', 'enum': ['b'], 'x-ms-enum': {'name': 'Open', 'modelAsString': true}},
          'closed1': {'type': 'string', 'enum': ['a'], 'x-ms-enum': {'name': 'Closed', 'modelAsString': false}},
          'closed2': {'type': 'string', 'enum': ['b'], 'x-ms-enum': {'name': 'Closed', 'modelAsString': false}}}}
        """)));
    Service s = Fixtures.only(r);
    ObjectType holder = object(s, "Holder");
    assertEquals(property(holder, "createdByType").type(), property(holder, "lastModifiedByType").type());
    assertEquals(new TypeRef.Named("CreatedByType"), property(holder, "createdByType").type());
    assertEquals(List.of("a", "b"), values(enumType(s, "Open")), "union of an open enum");
    assertEquals(new TypeRef.Named("Open"), property(holder, "open2").type());
    assertEquals(new TypeRef.Named("Closed"), property(holder, "closed1").type());
    assertEquals(new TypeRef.Named("Closed2"), property(holder, "closed2").type());
    assertEquals(1, Fixtures.withCode(r, "ENUM_NAME_CONFLICT").size());
    assertEquals(4, s.enums().size(), () -> s.enums().toString());
  }

  @Test
  void xMsEnumWithoutModelAsStringIsClosed() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Holder': {'type': 'object', 'properties': {
          'named': {'type': 'string', 'enum': ['a', 'b'], 'x-ms-enum': {'name': 'Named'}},
          'described': {'type': 'string', 'enum': ['c'], 'x-ms-enum': {'values': [{'value': 'c', 'description': 'the c'}]}}}}
        """))));
    assertFalse(enumType(s, "Named").expandable(), "x-ms-enum without modelAsString: closed (AutoRest)");
    assertFalse(enumType(s, "HolderDescribed").expandable(), "x-ms-enum without a name falls back to owner + property, still closed");
    assertEquals("the c", enumType(s, "HolderDescribed").values().get(0).description());
  }

  @Test
  void anOpenAndAClosedEnumOfOneNameAreNeverMerged() {
    // same values, and an open one that would otherwise take the closed one's values into its union
    for (String order : List.of("open first", "closed first")) {
      String open = "{'type': 'string', 'enum': ['a', 'b'], 'x-ms-enum': {'name': 'Mode', 'modelAsString': true}}";
      String closed = "{'type': 'string', 'enum': ['a', 'b'], 'x-ms-enum': {'name': 'Mode', 'modelAsString': false}}";
      String first = order.equals("open first") ? open : closed;
      String second = order.equals("open first") ? closed : open;
      NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("",
          "'Holder': {'type': 'object', 'properties': {'first': " + first + ", 'second': " + second + "}}")));
      Service s = Fixtures.only(r);
      ObjectType holder = object(s, "Holder");
      assertEquals(new TypeRef.Named("Mode"), property(holder, "first").type(), order);
      assertEquals(new TypeRef.Named("Mode2"), property(holder, "second").type(), order);
      assertEquals(order.equals("open first"), enumType(s, "Mode").expandable(), order);
      assertEquals(order.equals("closed first"), enumType(s, "Mode2").expandable(), order);
      assertEquals(List.of("a", "b"), values(enumType(s, "Mode2")), order);
      assertEquals(1, Fixtures.withCode(r, "ENUM_NAME_CONFLICT").size(), order);
    }
  }

  @Test
  void anOpenUnionNeverTakesInAClosedEnumsValues() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Holder': {'type': 'object', 'properties': {
          'open': {'type': 'string', 'enum': ['a'], 'x-ms-enum': {'name': 'Mode', 'modelAsString': true}},
          'closed': {'type': 'string', 'enum': ['b'], 'x-ms-enum': {'name': 'Mode', 'modelAsString': false}}}}
        """)));
    Service s = Fixtures.only(r);
    assertEquals(List.of("a"), values(enumType(s, "Mode")));
    assertEquals(List.of("b"), values(enumType(s, "Mode2")));
    assertFalse(enumType(s, "Mode2").expandable());
  }
}
