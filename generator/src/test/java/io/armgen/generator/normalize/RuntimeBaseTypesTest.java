package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.hasObject;
import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.operation;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuntimeBaseTypesTest {
  private static final String RO_ID_NAME_TYPE = """
      'id': {'type': 'string', 'readOnly': true},
      'name': {'type': 'string', 'readOnly': true},
      'type': {'type': 'string', 'readOnly': true}""";
  private static final String SYSTEM_DATA = """
      'systemData': {'type': 'object', 'readOnly': true, 'properties': {
        'createdBy': {'type': 'string'},
        'createdByType': {'type': 'string', 'enum': ['User', 'Key'], 'x-ms-enum': {'name': 'createdByType', 'modelAsString': true}},
        'createdAt': {'type': 'string', 'format': 'date-time'},
        'lastModifiedBy': {'type': 'string'},
        'lastModifiedByType': {'type': 'string', 'enum': ['User', 'Key'], 'x-ms-enum': {'name': 'createdByType', 'modelAsString': true}},
        'lastModifiedAt': {'type': 'string', 'format': 'date-time'}}}""";

  private static Service normalize(String definitions) {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", definitions)));
    Fixtures.assertNoErrors(r);
    return Fixtures.only(r);
  }

  @Test
  void proxyResourceAndSystemData() {
    Service s = normalize("'ProxyResource': {'type': 'object', 'properties': {" + RO_ID_NAME_TYPE
        + ", 'systemData': {'$ref': '#/definitions/systemData'}}}, " + SYSTEM_DATA + ","
        + "'Child': {'allOf': [{'$ref': '#/definitions/ProxyResource'}], 'properties': {'systemData': {'$ref': '#/definitions/systemData'}, 'x': {'type': 'string'}}},"
        + "'Other': {'type': 'object', 'properties': {'meta': {'$ref': '#/definitions/systemData'}}}");
    assertEquals(Optional.of(new TypeRef.Runtime(RuntimeBaseTypes.PROXY_RESOURCE)), object(s, "Child").parent());
    assertEquals(1, object(s, "Child").properties().size(), "systemData comes from the runtime class");
    assertEquals(new TypeRef.Runtime(RuntimeBaseTypes.SYSTEM_DATA), property(object(s, "Other"), "meta").type());
    assertFalse(hasObject(s, "ProxyResource"));
    assertFalse(hasObject(s, "SystemData"));
    assertTrue(s.enums().isEmpty(), "createdByType belongs to SystemData");
  }

  @Test
  void resourceByNameTrackedByShape() {
    Service s = normalize("'Resource': {'type': 'object', 'properties': {" + RO_ID_NAME_TYPE + "}},"
        + "'TrackedResource': {'allOf': [{'$ref': '#/definitions/Resource'}], 'required': ['location'], 'properties': {"
        + "  'location': {'type': 'string'}, 'tags': {'type': 'object', 'additionalProperties': {'type': 'string'}}}},"
        + "'A': {'allOf': [{'$ref': '#/definitions/Resource'}], 'properties': {'a': {'type': 'string'}}},"
        + "'B': {'allOf': [{'$ref': '#/definitions/TrackedResource'}], 'properties': {'b': {'type': 'string'}}}");
    assertEquals(Optional.of(new TypeRef.Runtime(RuntimeBaseTypes.RESOURCE)), object(s, "A").parent());
    assertEquals(Optional.of(new TypeRef.Runtime(RuntimeBaseTypes.TRACKED_RESOURCE)), object(s, "B").parent());
  }

  @Test
  void lookAlikesAreGenerated() {
    Service s = normalize("'Resource': {'type': 'object', 'properties': {" + RO_ID_NAME_TYPE
        + ", 'location': {'type': 'string', 'readOnly': true}, 'tags': {'type': 'object', 'readOnly': true, 'additionalProperties': {'type': 'string'}}}},"
        + "'EtagResource': {'type': 'object', 'properties': {" + RO_ID_NAME_TYPE + ", 'etag': {'type': 'string'}}},"
        + "'WritableId': {'type': 'object', 'properties': {'id': {'type': 'string'}, 'name': {'type': 'string', 'readOnly': true}, 'type': {'type': 'string', 'readOnly': true}}},"
        + "'A': {'allOf': [{'$ref': '#/definitions/Resource'}]}, 'B': {'allOf': [{'$ref': '#/definitions/EtagResource'}]},"
        + "'C': {'allOf': [{'$ref': '#/definitions/WritableId'}]}");
    assertEquals(Optional.of(new TypeRef.Named("Resource")), object(s, "A").parent());
    assertEquals(Optional.of(new TypeRef.Named("EtagResource")), object(s, "B").parent());
    assertEquals(Optional.of(new TypeRef.Named("WritableId")), object(s, "C").parent());
  }

  @Test
  void concreteTypeWithOnlyIdNameTypeStaysAModel() {
    Service s = normalize("'Thing': {'type': 'object', 'properties': {" + RO_ID_NAME_TYPE + "}}");
    assertTrue(hasObject(s, "Thing"));
  }

  @Test
  void armErrorBodyBecomesManagementError() {
    String ok = "'responses': {'200': {'description': 'ok'}, 'default': {'description': 'e', 'schema': {'$ref': '#/definitions/ErrorResponse'}}}";
    String other = "'responses': {'200': {'description': 'ok'}, 'default': {'description': 'e', 'schema': {'$ref': '#/definitions/Plain'}}}";
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger(
        "'/a': {'get': {'operationId': 'A_Get', " + ok + "}}, '/b': {'get': {'operationId': 'B_Get', " + other + "}}", """
        'ErrorResponse': {'type': 'object', 'properties': {'error': {'$ref': '#/definitions/ErrorDetail'}}},
        'ErrorDetail': {'type': 'object', 'properties': {'code': {'type': 'string'}, 'message': {'type': 'string'},
          'details': {'type': 'array', 'items': {'$ref': '#/definitions/ErrorDetail'}},
          'additionalInfo': {'type': 'array', 'items': {'$ref': '#/definitions/ErrorAdditionalInfo'}}}},
        'ErrorAdditionalInfo': {'type': 'object', 'properties': {'type': {'type': 'string'}, 'info': {'type': 'object'}}},
        'Plain': {'type': 'object', 'properties': {'code': {'type': 'string'}, 'message': {'type': 'string'}}}
        """)));
    Service s = Fixtures.only(r);
    assertEquals(Optional.of(new TypeRef.Runtime(ArmErrorShape.MANAGEMENT_ERROR)), operation(s, "A_Get").errorType());
    assertEquals(Optional.of(new TypeRef.Named("Plain")), operation(s, "B_Get").errorType());
    assertFalse(hasObject(s, "ErrorResponse"));
    assertFalse(hasObject(s, "ErrorDetail"));
    assertFalse(hasObject(s, "ErrorAdditionalInfo"));
  }
}
