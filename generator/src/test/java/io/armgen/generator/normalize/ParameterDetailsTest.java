package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.ParameterizedHost;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the normaliser reads from a parameter besides its type, and what it refuses: a value that
 * cannot travel in one path segment, query value or header leaves its operation out with a
 * located warning, never a client that sends something else.
 */
class ParameterDetailsTest {
  private static String op(String id, String path, String parameters) {
    return "'" + path + "': {'get': {'operationId': '" + id + "', 'parameters': [" + parameters + "],"
        + " 'responses': {'200': {'description': 'ok'}}}}";
  }

  private static NormalizeResult normalize(String paths) {
    return Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger(paths, "")));
  }

  private static Parameter parameter(Service s, String operationId, String wireName) {
    return Fixtures.operation(s, operationId).parameters().stream().filter(p -> p.wireName().equals(wireName))
        .findFirst().orElseThrow();
  }

  @Test
  void collectionFormatsConstraintsAndDefaultsAreRead() {
    NormalizeResult r = normalize(op("Things_List", "/things/{name}",
        "{'name': 'name', 'in': 'path', 'required': true, 'type': 'string', 'pattern': '^[a-z]+$', 'minLength': 3, 'maxLength': 9},"
            + "{'name': 'ids', 'in': 'query', 'type': 'array', 'items': {'type': 'integer'}, 'collectionFormat': 'pipes'},"
            + "{'name': 'tags', 'in': 'query', 'type': 'array', 'items': {'type': 'string'}, 'collectionFormat': 'multi'},"
            + "{'name': 'top', 'in': 'query', 'type': 'integer', 'minimum': 1, 'maximum': 100, 'multipleOf': 1},"
            + "{'name': 'kind', 'in': 'query', 'type': 'string', 'x-ms-client-default': 'all'},"
            + "{'name': 'when', 'in': 'header', 'type': 'string', 'format': 'date-time-rfc1123'},"
            + "{'name': 'since', 'in': 'query', 'type': 'integer', 'format': 'unixtime'}"));
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    Parameter.Constraints name = parameter(s, "Things_List", "name").details().constraints();
    assertEquals(new Parameter.Constraints("^[a-z]+$", 3, 9, null, null, null), name);
    assertEquals(Parameter.CollectionFormat.PIPES, parameter(s, "Things_List", "ids").details().collectionFormat());
    assertEquals(Parameter.CollectionFormat.MULTI, parameter(s, "Things_List", "tags").details().collectionFormat());
    assertEquals(new Parameter.Constraints(null, -1, -1, "1", "100", "1"), parameter(s, "Things_List", "top").details().constraints());
    assertEquals("all", parameter(s, "Things_List", "kind").details().clientDefault());
    assertEquals(TypeRef.of(TypeRef.PrimitiveKind.DATE_TIME_RFC1123), parameter(s, "Things_List", "when").type());
    assertEquals(TypeRef.of(TypeRef.PrimitiveKind.UNIX_TIME), parameter(s, "Things_List", "since").type());
    assertEquals("/paths/~1things~1{name}/get/parameters/0", parameter(s, "Things_List", "name").details().origin().pointer());
  }

  @Test
  void aValueThatCannotTravelAsTextLeavesItsOperationOutWithAWarning() {
    NormalizeResult r = normalize(op("Things_Object", "/a", "{'name': 'filter', 'in': 'query', 'type': 'object'}") + ","
        + op("Things_Nested", "/b", "{'name': 'm', 'in': 'query', 'type': 'array', 'items': {'type': 'array', 'items': {'type': 'string'}}}") + ","
        + op("Things_Multi", "/c", "{'name': 'h', 'in': 'header', 'type': 'array', 'items': {'type': 'string'}, 'collectionFormat': 'multi'}") + ","
        + op("Things_Odd", "/d", "{'name': 'q', 'in': 'query', 'type': 'array', 'items': {'type': 'string'}, 'collectionFormat': 'semicolons'}") + ","
        + op("Things_Fine", "/e", "{'name': 'q', 'in': 'query', 'type': 'string'}"));
    Fixtures.assertNoErrors(r);
    List<Diagnostic> warnings = Fixtures.withCode(r, "PARAMETER_UNSUPPORTED");
    assertEquals(List.of("/paths/~1a/get/parameters/0", "/paths/~1b/get/parameters/0",
        "/paths/~1c/get/parameters/0/collectionFormat", "/paths/~1d/get/parameters/0/collectionFormat"),
        warnings.stream().map(Diagnostic::pointer).toList());
    assertTrue(warnings.stream().allMatch(d -> d.severity() == Severity.WARNING && d.message().endsWith("the operation is left out")),
        warnings::toString);
    assertEquals(List.of("Things_Fine"), Fixtures.only(r).groups().stream().flatMap(g -> g.operations().stream())
        .map(Operation::operationId).toList());
  }

  @Test
  void aPatternJavaCannotCompileIsReportedAndNotChecked() {
    NormalizeResult r = normalize(op("Things_Get", "/a", "{'name': 'q', 'in': 'query', 'type': 'string', 'pattern': '[a-'}"));
    assertEquals(1, Fixtures.withCode(r, "PATTERN_UNSUPPORTED").size(), r.diagnostics()::toString);
    assertNull(parameter(Fixtures.only(r), "Things_Get", "q").details().constraints().pattern());
  }

  @Test
  void groupingNamesTheGroupOrDerivesItFromTheOperation() {
    NormalizeResult r = normalize(op("Things_List", "/a",
        "{'name': 'a', 'in': 'query', 'type': 'string', 'x-ms-parameter-grouping': {'name': 'first-group'}},"
            + "{'name': 'b', 'in': 'query', 'type': 'string', 'x-ms-parameter-grouping': {'postfix': 'options'}},"
            + "{'name': 'c', 'in': 'query', 'type': 'string', 'x-ms-parameter-grouping': {}}"));
    Service s = Fixtures.only(r);
    assertEquals("FirstGroup", parameter(s, "Things_List", "a").details().group());
    assertEquals("ThingsListOptions", parameter(s, "Things_List", "b").details().group());
    assertEquals("ThingsListParameters", parameter(s, "Things_List", "c").details().group());
  }

  @Test
  void xmsPathsOperationsAreReadAndKeepTheirFixedQuery() {
    String spec = "{'swagger':'2.0','info':{'title':'T','version':'1'},'paths':{" + op("Things_List", "/things", "")
        + "},'x-ms-paths':{" + op("Things_ListKind", "/things?kind=a", "") + "}}";
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", spec));
    Fixtures.assertNoErrors(r);
    // the fixed query travels as a constant query parameter of the path without it (PathQuery)
    Operation listKind = Fixtures.operation(Fixtures.only(r), "Things_ListKind");
    assertEquals("/things", listKind.path());
    assertEquals(List.of("kind=a"), listKind.parameters().stream().filter(p -> p.in() == Parameter.Location.QUERY)
        .map(p -> p.wireName() + "=" + p.constantValue()).toList());
    assertTrue(Fixtures.withCode(r, "EXTENSION_IGNORED").isEmpty(), r.diagnostics()::toString);
  }

  @Test
  void declaredResponseHeadersAreTyped() {
    String paths = "'/a': {'head': {'operationId': 'Things_Exists', 'responses': {"
        + "'204': {'description': 'ok', 'headers': {'x-ms-count': {'type': 'integer'}, 'Last-Modified': {'type': 'string', 'format': 'date-time-rfc1123'},"
        + " 'x-ms-meta': {'type': 'string', 'x-ms-header-collection-prefix': 'x-ms-meta-'}}},"
        + "'404': {'description': 'gone'}}}}";
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger(paths, ""))));
    Operation exists = Fixtures.operation(s, "Things_Exists");
    assertEquals(List.of(204, 404), exists.responses().stream().map(Operation.Response::status).toList());
    List<Operation.Header> headers = exists.responses().get(0).headers();
    assertEquals(TypeRef.of(TypeRef.PrimitiveKind.INT32), headers.get(0).type());
    assertEquals("lastModified", headers.get(1).javaName());
    assertEquals(TypeRef.of(TypeRef.PrimitiveKind.DATE_TIME_RFC1123), headers.get(1).type());
    assertEquals("x-ms-meta-", headers.get(2).collectionPrefix());
    assertEquals(new TypeRef.MapOf(TypeRef.of(TypeRef.PrimitiveKind.STRING)), headers.get(2).type());
  }

  @Test
  void aParameterizedHostSplitsIntoClientSettingsAndMethodParameters() {
    String spec = "{'swagger':'2.0','info':{'title':'T','version':'1'},'schemes':['https'],"
        + "'x-ms-parameterized-host': {'hostTemplate': '{account}.{suffix}', 'positionInOperation': 'first', 'parameters': ["
        + "{'name': 'account', 'in': 'path', 'required': true, 'type': 'string'}, {'$ref': '#/parameters/Suffix'}]},"
        + "'parameters': {'Suffix': {'name': 'suffix', 'in': 'path', 'required': true, 'type': 'string', 'default': 'example.net'}},"
        + "'paths':{" + op("Things_List", "/things", "") + "}}";
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", spec));
    Fixtures.assertNoErrors(r);
    ParameterizedHost host = Fixtures.only(r).host();
    assertEquals("https", host.scheme());
    assertTrue(host.parametersFirst());
    assertEquals(List.of("suffix"), host.clientParameters().stream().map(Parameter::wireName).toList());
    assertEquals("example.net", host.clientParameters().get(0).details().clientDefault());
  }

  @Test
  void aHostVariableWithoutParameterIsAnError() {
    String spec = "{'swagger':'2.0','info':{'title':'T','version':'1'},"
        + "'x-ms-parameterized-host': {'hostTemplate': '{account}.{missing}', 'parameters': ["
        + "{'name': 'account', 'in': 'path', 'required': true, 'type': 'string'}]},"
        + "'paths':{" + op("Things_List", "/things", "") + "}}";
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", spec));
    List<Diagnostic> errors = Fixtures.withCode(r, "HOST_INVALID");
    assertEquals(1, errors.size(), r.diagnostics()::toString);
    assertEquals("/x-ms-parameterized-host/hostTemplate", errors.get(0).pointer());
    assertNull(Fixtures.only(r).host());
  }

  @Test
  void anApiKeyIsReportedAndAnOAuthScopeIsKept() {
    String spec = "{'swagger':'2.0','info':{'title':'T','version':'1'},"
        + "'securityDefinitions': {'key': {'type': 'apiKey', 'name': 'x-key', 'in': 'header'},"
        + " 'aad': {'type': 'oauth2', 'flow': 'implicit', 'authorizationUrl': 'https://login'}},"
        + "'security': [{'key': []}, {'aad': ['https://vault.example/.default']}],"
        + "'paths':{" + op("Things_List", "/things", "") + "}}";
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", spec));
    List<Diagnostic> warnings = Fixtures.withCode(r, "SECURITY_UNSUPPORTED");
    assertEquals(List.of("/securityDefinitions/key"), warnings.stream().map(Diagnostic::pointer).toList());
    assertEquals("https://vault.example/.default", Fixtures.only(r).tokenScope());
  }
}
