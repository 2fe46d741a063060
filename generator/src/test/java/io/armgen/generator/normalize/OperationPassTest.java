package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationPassTest {
  private static final String COMMON = """
      {'swagger': '2.0', 'info': {'title': 'C', 'version': '1.0'}, 'paths': {},
       'parameters': {
         'SubscriptionId': {'name': 'subscriptionId', 'in': 'path', 'required': true, 'type': 'string'},
         'ApiVersion': {'name': 'api-version', 'in': 'query', 'required': true, 'type': 'string'},
         'GroupName': {'name': 'resourceGroupName', 'in': 'path', 'required': true, 'type': 'string', 'x-ms-parameter-location': 'method'},
         'Region': {'name': 'region', 'in': 'query', 'type': 'string'}}}
      """;
  private static final String OK = "'responses': {'200': {'description': 'ok'}}";

  private static Parameter param(Operation op, String wire) {
    return op.parameters().stream().filter(p -> p.wireName().equals(wire)).findFirst().orElseThrow();
  }

  @Test
  void namesParametersAndLocations() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", """
        {'swagger': '2.0', 'info': {'title': 'T', 'version': '2024-05-01'},
         'paths': {'/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/things/{name}': {
           'parameters': [{'$ref': '../common/types.json#/parameters/SubscriptionId'}],
           'put': {'operationId': 'Things_CreateOrUpdate', 'parameters': [
              {'$ref': '../common/types.json#/parameters/GroupName'},
              {'$ref': '../common/types.json#/parameters/ApiVersion'},
              {'$ref': '../common/types.json#/parameters/Region'},
              {'$ref': '#/parameters/Local'},
              {'name': 'name', 'in': 'path', 'required': true, 'type': 'string', 'x-ms-skip-url-encoding': true},
              {'name': 'If-Match', 'in': 'header', 'type': 'string'},
              {'name': 'kind', 'in': 'query', 'required': true, 'type': 'string', 'enum': ['fixed']},
              {'name': 'body', 'in': 'body', 'required': true, 'schema': {'$ref': '#/definitions/Thing'}}],
             'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Thing'}},
                           '201': {'description': 'created', 'headers': {'Azure-AsyncOperation': {'type': 'string'}}},
                           'default': {'description': 'e', 'schema': {'$ref': '#/definitions/Thing'}}},
             'x-ms-long-running-operation': true,
             'x-ms-long-running-operation-options': {'final-state-via': 'location'},
             'x-ms-examples': {'Create a thing': {'$ref': './examples/Create.json'}}}},
           '/ops': {'get': {'operationId': 'ListOperations', 'responses': {'200': {'description': 'ok'}}}}},
         'parameters': {'Local': {'name': 'local', 'in': 'query', 'type': 'string', 'x-ms-parameter-location': 'client'}},
         'definitions': {'Thing': {'type': 'object', 'properties': {'a': {'type': 'string'}}}}}
        """, "../common/types.json", COMMON, "examples/Create.json", "{'parameters': {'name': 'x'}, 'responses': {}}"));
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    Operation op = operation(s, "Things_CreateOrUpdate");
    assertEquals("createOrUpdate", op.javaName());
    assertEquals("PUT", op.httpMethod());
    assertEquals(List.of("subscriptionId", "resourceGroupName", "api-version", "region", "local", "name", "If-Match", "kind", "body"),
        op.parameters().stream().map(Parameter::wireName).toList(), "path-level first, then the operation's, in order");
    assertTrue(param(op, "subscriptionId").client());
    assertFalse(param(op, "resourceGroupName").client(), "x-ms-parameter-location: method");
    assertTrue(param(op, "region").client(), "a global parameter of another file");
    assertTrue(param(op, "local").client());
    assertFalse(param(op, "name").client());
    assertTrue(param(op, "name").skipUrlEncoding());
    assertEquals("2024-05-01", param(op, "api-version").constantValue(), "the entry document's version");
    assertEquals("fixed", param(op, "kind").constantValue());
    assertEquals(TypeRef.of(TypeRef.PrimitiveKind.STRING), param(op, "kind").type());
    assertNull(param(op, "region").constantValue());
    assertEquals("ifMatch", param(op, "If-Match").javaName());
    assertEquals(Parameter.Location.HEADER, param(op, "If-Match").in());
    assertEquals(new TypeRef.Named("Thing"), op.body().orElseThrow().type());
    assertEquals(List.of(200, 201), op.responses().stream().map(Operation.Response::status).toList());
    assertEquals(List.of("Azure-AsyncOperation"), op.responses().get(1).headers().stream().map(Operation.Header::name).toList());
    assertEquals(Optional.of(new TypeRef.Named("Thing")), op.errorType(), "not ARM-shaped: the named type");
    assertEquals(Operation.FinalStateVia.LOCATION, op.longRunning().orElseThrow().finalStateVia());
    assertEquals(1, op.examples().size());
    assertEquals("Create a thing", op.examples().get(0).title());
    assertEquals("./examples/Create.json", op.examples().get(0).file());
    assertEquals("x", TestLoad.parse(op.examples().get(0).json()).path("parameters").path("name").asText());

    Operation noUnderscore = operation(s, "ListOperations");
    assertEquals("listOperations", noUnderscore.javaName());
    assertEquals(List.of("Things", "T"), s.groups().stream().map(g -> g.name()).toList(), "no '_': the service's group");
  }

  @Test
  void pagingWithNullNextLinkAndItemsFromBase() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("""
        '/a': {'get': {'operationId': 'A_List', 'x-ms-pageable': {'nextLinkName': null},
               'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Page'}}}}},
        '/b': {'get': {'operationId': 'B_List', 'x-ms-pageable': {'nextLinkName': 'next', 'itemName': 'items'},
               'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Derived'}}}}}
        """, """
        'Page': {'type': 'object', 'properties': {'value': {'type': 'array', 'items': {'$ref': '#/definitions/Item'}}}},
        'Base': {'type': 'object', 'properties': {'items': {'type': 'array', 'items': {'type': 'string'}}}},
        'Derived': {'allOf': [{'$ref': '#/definitions/Base'}], 'properties': {'next': {'type': 'string'}}},
        'Item': {'type': 'object', 'properties': {'id': {'type': 'string'}}}
        """)));
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    Operation.Paging a = operation(s, "A_List").paging().orElseThrow();
    assertEquals(Optional.empty(), a.nextLinkName());
    assertEquals("value", a.itemName());
    assertEquals(new TypeRef.Named("Page"), a.pageType());
    assertEquals(new TypeRef.Named("Item"), a.itemType());
    Operation.Paging b = operation(s, "B_List").paging().orElseThrow();
    assertEquals(Optional.of("next"), b.nextLinkName());
    assertEquals(TypeRef.of(TypeRef.PrimitiveKind.STRING), b.itemType());
  }

  @Test
  void duplicateIdsAndBadPathTemplatesAreErrors() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("""
        '/x/{a}': {'get': {'operationId': 'X_Get', 'parameters': [{'name': 'a', 'in': 'path', 'required': true, 'type': 'string'}], %s},
                   'put': {'operationId': 'X_Get', 'parameters': [{'name': 'a', 'in': 'path', 'required': true, 'type': 'string'}], %s}},
        '/y/{a': {'get': {'operationId': 'Y_Get', %s}},
        '/z/{missing}': {'get': {'operationId': 'Z_Get', 'parameters': [{'name': 'extra', 'in': 'path', 'required': true, 'type': 'string'}], %s}}
        """.formatted(OK, OK, OK, OK), "")));
    assertEquals(1, Fixtures.withCode(r, "DUPLICATE_OPERATION_ID").size());
    assertEquals(3, Fixtures.withCode(r, "PATH_TEMPLATE").size(), () -> Fixtures.withCode(r, "PATH_TEMPLATE").toString());
    Service s = Fixtures.only(r);
    assertEquals(List.of("get", "get2"), s.groups().get(0).operations().stream().map(Operation::javaName).toList(),
        "still distinct methods");
  }

  @Test
  void methodNamesOfOneGroupAreNumberedAndAnIdWithoutGroupTakesTheServices() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("""
        '/a': {'get': {'operationId': 'Things_GetItem', %1$s}},
        '/b': {'get': {'operationId': 'Things_Get_Item', %1$s}},
        '/c': {'get': {'operationId': 'Things_Get-Item', %1$s}},
        '/d': {'get': {'operationId': '_Ping', %1$s}}
        """.formatted(OK), "")));
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    assertEquals(List.of("getItem", "getItem2", "getItem3"), List.of(operation(s, "Things_GetItem").javaName(),
        operation(s, "Things_Get_Item").javaName(), operation(s, "Things_Get-Item").javaName()));
    String groupOfPing = s.groups().stream().filter(g -> g.operations().stream().anyMatch(o -> o.operationId().equals("_Ping")))
        .findFirst().orElseThrow().name();
    assertEquals(s.name(), groupOfPing, "an underscore at the start names no group");
  }

  @Test
  void successesAreResponsesAndTheFirstErrorWithABodyIsTheErrorType() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", """
        {'swagger': '2.0', 'info': {'title': 'T', 'version': '1'},
         'paths': {
           '/a': {'get': {'operationId': 'A_Get', 'responses': {'200': {'$ref': '#/responses/Ok'},
              '400': {'description': 'bad'}, '404': {'description': 'nf', 'schema': {'$ref': '#/definitions/Missing'}},
              '409': {'description': 'c', 'schema': {'$ref': '#/definitions/Conflict'}}}}},
           '/b': {'get': {'operationId': 'B_Get', 'responses': {'200': {'description': 'ok'},
              '400': {'description': 'bad', 'schema': {'$ref': '#/definitions/Conflict'}}}}}},
         'responses': {'Ok': {'description': 'ok', 'schema': {'$ref': '#/definitions/Thing'}}},
         'definitions': {
           'Thing': {'type': 'object', 'properties': {'a': {'type': 'string'}}},
           'Missing': {'type': 'object', 'properties': {'m': {'type': 'string'}}},
           'Conflict': {'type': 'object', 'properties': {'c': {'type': 'string'}}}}}
        """));
    Service s = Fixtures.only(r);
    Operation a = operation(s, "A_Get");
    assertEquals(List.of(200), a.responses().stream().map(Operation.Response::status).toList());
    assertEquals(Optional.of(new TypeRef.Named("Thing")), a.responses().get(0).body(), "a response by $ref");
    assertEquals(Optional.of(new TypeRef.Named("Missing")), a.errorType(), "the first error status with a body");
    Operation b = operation(s, "B_Get");
    assertEquals(List.of(200), b.responses().stream().map(Operation.Response::status).toList(), "a 400 is no answer");
    assertEquals(Optional.of(new TypeRef.Named("Conflict")), b.errorType());
  }
}
