package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourcePassTest {
  private static final String P = "{'name': '%s', 'in': 'path', 'required': true, 'type': 'string'}";

  private static String params(String... names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append(sb.length() == 0 ? "" : ",").append(P.formatted(n));
    }
    return "[" + sb + "]";
  }

  @Test
  void instancePathsBecomeResourceTypes() {
    String vault = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.KeyVault/vaults/{vaultName}";
    String pec = vault + "/privateEndpointConnections/{connectionName}";
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("""
        '%s': {'get': {'operationId': 'Vaults_Get', 'parameters': %s,
                 'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/VaultModel'}}}}},
        '%s': {'put': {'operationId': 'Pec_Put', 'parameters': %s, 'responses': {'200': {'description': 'ok'}}}},
        '%s/privateEndpointConnections': {'get': {'operationId': 'Pec_List', 'parameters': %s, 'responses': {'200': {'description': 'ok'}}}}
        """.formatted(vault, params("subscriptionId", "resourceGroupName", "vaultName"),
            pec, params("subscriptionId", "resourceGroupName", "vaultName", "connectionName"),
            vault, params("subscriptionId", "resourceGroupName", "vaultName")), """
        'VaultModel': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {'x': {'type': 'string'}}}
        """))));
    assertEquals(2, s.resources().size(), "the collection path is not an instance");
    ResourceType v = s.resources().get(0);
    assertEquals("VaultModel", v.name());
    assertEquals("Microsoft.KeyVault/vaults", v.type());
    assertEquals(vault, v.idTemplate());
    assertEquals("VaultModel", v.modelType());
    ResourceType c = s.resources().get(1);
    assertEquals("PrivateEndpointConnection", c.name());
    assertEquals("Microsoft.KeyVault/vaults/privateEndpointConnections", c.type());
    assertNull(c.modelType());
    assertEquals(List.of("subscriptions", "resourceGroups", "vaults", "privateEndpointConnections"),
        c.segments().stream().map(ResourceType.Segment::key).toList());
    assertEquals("connectionName", c.segments().get(3).javaName());
  }

  @ParameterizedTest
  @CsvSource({"PrivateEndpointConnections, PrivateEndpointConnection", "Policies, Policy", "Addresses, Address",
      "Boxes, Box", "Status, Status", "Access, Access", "Vault, Vault", "Flies, Fly", "Ties, Tie", "S, S"})
  void singular(String plural, String expected) {
    assertEquals(expected, ResourcePass.singular(plural));
  }

  private static final String RG = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/";

  private static String get(String path, String operationId, String schema) {
    return "'%s': {'get': {'operationId': '%s', 'parameters': %s, 'responses': {'200': {'description': 'ok', 'schema': %s}}}}"
        .formatted(path, operationId, params("subscriptionId", "resourceGroupName", "name"), schema);
  }

  private static List<ResourceType> resources(String paths, String definitions) {
    return Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger(paths, definitions)))).resources();
  }

  @Test
  void resourcesOfOneNameAreNumberedInPathOrder() {
    String model = "{'$ref': '#/definitions/Plain'}";
    List<ResourceType> r = resources(String.join(",", get(RG + "Microsoft.A/vaults/{name}", "A_Get", model),
        get(RG + "Microsoft.B/vaults/{name}", "B_Get", model), get(RG + "Microsoft.C/vaults/{name}", "C_Get", model)),
        "'Plain': {'type': 'object', 'properties': {'x': {'type': 'string'}}}");
    assertEquals(List.of("Vault", "Vault2", "Vault3"), r.stream().map(ResourceType::name).toList(),
        "a model that is no ARM resource does not name it: the path's type does");
    assertEquals(List.of("Microsoft.A/vaults", "Microsoft.B/vaults", "Microsoft.C/vaults"), r.stream().map(ResourceType::type).toList());
  }

  @Test
  void theGetOfAnInstancePathGivesItsModelWhereverThePutIs() {
    String path = RG + "Microsoft.A/widgets/{name}";
    String put = "'put': {'operationId': 'W_Put', 'parameters': %s, 'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Other'}}}}"
        .formatted(params("subscriptionId", "resourceGroupName", "name"));
    String getOp = "'get': {'operationId': 'W_Get', 'parameters': %s, 'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Gadget'}}}}"
        .formatted(params("subscriptionId", "resourceGroupName", "name"));
    String definitions = "'Gadget': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {'x': {'type': 'string'}}},"
        + "'Other': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {'y': {'type': 'string'}}}";
    for (String methods : List.of(put + "," + getOp, getOp + "," + put)) {
      List<ResourceType> r = resources("'" + path + "': {" + methods + "}", definitions);
      assertEquals(1, r.size());
      assertEquals("Gadget", r.get(0).modelType(), methods);
      assertEquals("Gadget", r.get(0).name());
    }
  }

  @Test
  void aModelNamesItsResourceWhenItOrAnAncestorIsAnArmResource() {
    String definitions = """
        'Marked': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {'x': {'type': 'string'}}},
        'FromMarked': {'allOf': [{'$ref': '#/definitions/Marked'}], 'properties': {'y': {'type': 'string'}}},
        'ProxyResource': {'type': 'object', 'properties': {'id': {'type': 'string', 'readOnly': true},
          'name': {'type': 'string', 'readOnly': true}, 'type': {'type': 'string', 'readOnly': true}}},
        'FromRuntime': {'allOf': [{'$ref': '#/definitions/ProxyResource'}], 'properties': {'z': {'type': 'string'}}},
        'Base': {'type': 'object', 'properties': {'w': {'type': 'string'}}},
        'FromPlain': {'allOf': [{'$ref': '#/definitions/Base'}], 'properties': {'v': {'type': 'string'}}}
        """;
    List<ResourceType> r = resources(String.join(",",
        get(RG + "Microsoft.A/ones/{name}", "One_Get", "{'$ref': '#/definitions/FromMarked'}"),
        get(RG + "Microsoft.A/twos/{name}", "Two_Get", "{'$ref': '#/definitions/FromRuntime'}"),
        get(RG + "Microsoft.A/threes/{name}", "Three_Get", "{'$ref': '#/definitions/FromPlain'}"),
        get(RG + "Microsoft.A/fours/{name}", "Four_Get", "{'type': 'array', 'items': {'$ref': '#/definitions/Marked'}}")),
        definitions);
    assertEquals(List.of("FromMarked", "FromRuntime", "Three", "Four"), r.stream().map(ResourceType::name).toList());
    assertEquals("FromPlain", r.get(2).modelType(), "the model is still the GET's");
    assertNull(r.get(3).modelType(), "an array is no model");
  }
}
