package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.model.TypeRef.PrimitiveKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeMapperTest {
  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "string, -, STRING",
      "string, date-time, DATE_TIME",
      "string, date, DATE",
      "string, duration, DURATION",
      "string, uuid, UUID",
      "string, byte, BYTES",
      "string, base64url, BASE64URL",
      "string, password, SECRET_STRING",
      "string, arm-id, ARM_ID",
      "string, uri, STRING",
      "string, date-time-rfc1123, DATE_TIME_RFC1123",
      "integer, -, INT32",
      "integer, int32, INT32",
      "integer, int64, INT64",
      "integer, unixtime, UNIX_TIME",
      "number, -, DOUBLE",
      "number, float, FLOAT",
      "number, double, DOUBLE",
      "number, decimal, DECIMAL",
      "boolean, -, BOOLEAN",
      "file, -, BYTES",
  })
  void primitives(String type, String format, PrimitiveKind expected) {
    assertEquals(Optional.of(expected), TypeMapper.primitive(type, format));
  }

  @Test
  void structuralTypes() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Holder': {'type': 'object', 'properties': {
          'free': {'type': 'object'},
          'untyped': {},
          'anyMap': {'type': 'object', 'additionalProperties': true},
          'emptyMap': {'type': 'object', 'additionalProperties': {}},
          'tags': {'type': 'object', 'additionalProperties': {'type': 'string'}},
          'list': {'type': 'array', 'items': {'type': 'integer', 'format': 'int64'}},
          'nested': {'type': 'object', 'properties': {'a': {'type': 'string'}}},
          'items': {'type': 'array', 'items': {'type': 'object', 'properties': {'b': {'type': 'boolean'}}}},
          'secret': {'type': 'string', 'format': 'password'},
          'marked': {'type': 'string', 'x-ms-secret': true},
          'alias': {'$ref': '#/definitions/Name'},
          'renamed': {'$ref': '#/definitions/Name', 'x-ms-client-name': 'betterName'},
          'docs': {'type': 'string', 'externalDocs': {'url': 'https://example.org'}}
        }},
        'Name': {'type': 'string'}
        """))));
    ObjectType holder = object(s, "Holder");
    assertEquals(TypeRef.of(PrimitiveKind.ANY), property(holder, "free").type());
    assertEquals(TypeRef.of(PrimitiveKind.ANY), property(holder, "untyped").type());
    assertEquals(new TypeRef.MapOf(TypeRef.of(PrimitiveKind.ANY)), property(holder, "anyMap").type());
    assertEquals(new TypeRef.MapOf(TypeRef.of(PrimitiveKind.ANY)), property(holder, "emptyMap").type());
    assertEquals(new TypeRef.MapOf(TypeRef.of(PrimitiveKind.STRING)), property(holder, "tags").type());
    assertEquals(new TypeRef.ArrayOf(TypeRef.of(PrimitiveKind.INT64)), property(holder, "list").type());
    assertEquals(new TypeRef.Named("HolderNested"), property(holder, "nested").type());
    assertEquals(new TypeRef.ArrayOf(new TypeRef.Named("HolderItemsItem")), property(holder, "items").type());
    assertTrue(property(holder, "secret").secret());
    assertEquals(TypeRef.of(PrimitiveKind.SECRET_STRING), property(holder, "secret").type());
    assertTrue(property(holder, "marked").secret());
    assertEquals(TypeRef.of(PrimitiveKind.STRING), property(holder, "alias").type());
    assertEquals(TypeRef.of(PrimitiveKind.STRING), property(holder, "docs").type());
    assertEquals(java.util.List.of("renamed"), property(holder, "betterName").wirePath(), "x-ms-client-name next to a $ref");
    assertTrue(s.objects().stream().noneMatch(o -> o.name().equals("Name")), "primitive definitions are aliases");
  }

  @Test
  void enumsOfDatesTimesDurationsAndBytesKeepTheirJavaType() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Holder': {'type': 'object', 'properties': {
          'min': {'type': 'string', 'format': 'date-time', 'enum': ['0001-01-01t00:00:00+14:00'],
            'x-ms-enum': {'modelAsString': false}},
          'day': {'type': 'string', 'format': 'date', 'enum': ['0001-01-01']},
          'color': {'type': 'string', 'enum': ['red'], 'x-ms-enum': {'name': 'Color', 'modelAsString': false}}
        }}
        """))));
    ObjectType holder = object(s, "Holder");
    assertEquals(TypeRef.of(PrimitiveKind.DATE_TIME), property(holder, "min").type());
    assertEquals(TypeRef.of(PrimitiveKind.DATE), property(holder, "day").type());
    assertEquals(new TypeRef.Named("Color"), property(holder, "color").type());
  }

  @Test
  void itemsWithoutATypeMakeAListAndEmptyPropertiesNoClass() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Holder': {'type': 'object', 'properties': {
          'untypedList': {'items': {'type': 'string'}},
          'emptyProperties': {'type': 'object', 'properties': {}, 'additionalProperties': {'type': 'integer'}},
          'polymorphicOnly': {'$ref': '#/definitions/Shape'},
          'nullType': {'type': null, 'items': {'type': 'boolean'}}
        }},
        'Shape': {'type': 'object', 'discriminator': 'kind'}
        """)));
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    ObjectType holder = object(s, "Holder");
    assertEquals(new TypeRef.ArrayOf(TypeRef.of(PrimitiveKind.STRING)), property(holder, "untypedList").type());
    assertEquals(new TypeRef.MapOf(TypeRef.of(PrimitiveKind.INT32)), property(holder, "emptyProperties").type());
    assertEquals(new TypeRef.Named("Shape"), property(holder, "polymorphicOnly").type(), "a discriminator alone makes a class");
    assertEquals(new TypeRef.ArrayOf(TypeRef.of(PrimitiveKind.BOOLEAN)), property(holder, "nullType").type());
  }
}
