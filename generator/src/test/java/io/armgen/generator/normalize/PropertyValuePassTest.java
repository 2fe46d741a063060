package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.operation;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Constants (required single-value closed enums) and x-ms-client-default, in models, bodies and responses. */
class PropertyValuePassTest {
  private static final String COLOR = "{'type': 'string', 'enum': ['green-color'], 'x-ms-enum': {'name': 'Color', 'modelAsString': false}}";

  private static NormalizeResult normalize(String paths, String definitions) {
    return Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger(paths, definitions)));
  }

  private static final String GET_THING = "'/t': {'get': {'operationId': 'Things_Get', "
      + "'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Thing'}}}}}";

  @Test
  void aRequiredSingleValueClosedEnumIsAConstant() {
    Service s = Fixtures.only(normalize(GET_THING, """
        'Thing': {'type': 'object', 'required': ['color', 'open', 'count'], 'properties': {
          'color': %s, 'optionalColor': %s,
          'open': {'type': 'string', 'enum': ['x'], 'x-ms-enum': {'name': 'Open', 'modelAsString': true}},
          'count': {'type': 'integer', 'enum': [3], 'x-ms-enum': {'name': 'Three', 'modelAsString': false}}}}
        """.formatted(COLOR, COLOR)));
    ObjectType thing = object(s, "Thing");
    assertEquals("\"green-color\"", property(thing, "color").constant());
    assertNull(property(thing, "optionalColor").constant(), "not required: the user may leave it out");
    assertNull(property(thing, "open").constant(), "modelAsString: other values are allowed");
    assertEquals("3", property(thing, "count").constant());
  }

  @Test
  void aDiscriminatorIsNeverAConstant() {
    Service s = Fixtures.only(normalize(GET_THING, """
        'Thing': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {
          'kind': {'type': 'string', 'enum': ['Thing'], 'x-ms-enum': {'name': 'Kind', 'modelAsString': false}}}}
        """));
    assertNull(property(object(s, "Thing"), "kind").constant());
  }

  @Test
  void clientDefaultsAreCheckedAgainstTheType() {
    NormalizeResult r = normalize(GET_THING, """
        'Thing': {'type': 'object', 'properties': {
          'size': {'type': 'integer', 'x-ms-client-default': 3},
          'name': {'type': 'string', 'x-ms-client-default': 'n'},
          'color': {'type': 'string', 'enum': ['a', 'b'], 'x-ms-enum': {'name': 'C', 'modelAsString': false},
            'x-ms-client-default': 'b'},
          'bad': {'type': 'integer', 'x-ms-client-default': 'many'},
          'badColor': {'type': 'string', 'enum': ['a', 'b'], 'x-ms-enum': {'name': 'C', 'modelAsString': false},
            'x-ms-client-default': 'z'}}}
        """);
    ObjectType thing = object(Fixtures.only(r), "Thing");
    assertEquals("3", property(thing, "size").clientDefault());
    assertEquals("\"n\"", property(thing, "name").clientDefault());
    assertEquals("\"b\"", property(thing, "color").clientDefault());
    assertNull(property(thing, "bad").clientDefault());
    assertNull(property(thing, "badColor").clientDefault());
    assertEquals(List.of("spec.json /definitions/Thing/properties/bad", "spec.json /definitions/Thing/properties/badColor"),
        Fixtures.withCode(r, "CLIENT_DEFAULT_INVALID").stream().map(d -> d.file() + " " + d.pointer()).toList());
    assertEquals(List.of(), Fixtures.withCode(r, "EXTENSION_IGNORED"), "acted on for model properties");
  }

  @Test
  void constantBodiesAreSentByTheClientAndConstantResponsesReadAsTheirType() {
    Service s = Fixtures.only(normalize("""
        '/b': {'put': {'operationId': 'Bool_PutTrue', 'parameters': [{'name': 'body', 'in': 'body', 'required': true,
            'schema': {'type': 'boolean', 'enum': [true], 'x-ms-enum': {'modelAsString': false}}}],
          'responses': {'200': {'description': 'ok'}}},
          'get': {'operationId': 'Bool_GetTrue', 'responses': {'200': {'description': 'ok',
            'schema': {'type': 'boolean', 'enum': [true], 'x-ms-enum': {'modelAsString': false}}}}}},
        '/o': {'put': {'operationId': 'Bool_PutOptional', 'parameters': [{'name': 'body', 'in': 'body',
            'schema': {'type': 'boolean', 'enum': [true], 'x-ms-enum': {'modelAsString': false}}}],
          'responses': {'200': {'description': 'ok'}}}}
        """, ""));
    Parameter body = operation(s, "Bool_PutTrue").parameters().get(0);
    assertEquals("true", body.constantValue());
    assertEquals(TypeRef.of(TypeRef.PrimitiveKind.BOOLEAN), body.type());
    Operation get = operation(s, "Bool_GetTrue");
    assertEquals(Optional.of(TypeRef.of(TypeRef.PrimitiveKind.BOOLEAN)), get.responses().get(0).body());
    assertNull(operation(s, "Bool_PutOptional").parameters().get(0).constantValue(), "optional: the caller decides");
  }

  @Test
  void aPropertyNamedAdditionalPropertiesBesideFreeFormKeysIsRenamed() {
    Service s = Fixtures.only(normalize(GET_THING, """
        'Thing': {'type': 'object', 'additionalProperties': {'type': 'string'}, 'properties': {
          'additionalProperties': {'type': 'object', 'additionalProperties': {'type': 'number'}}}}
        """));
    assertEquals("additionalPropertiesProperty", object(s, "Thing").properties().get(0).javaName());
  }
}
