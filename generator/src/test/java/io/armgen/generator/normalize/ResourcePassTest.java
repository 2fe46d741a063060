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
      "Boxes, Box", "Status, Status", "Access, Access", "Vault, Vault"})
  void singular(String plural, String expected) {
    assertEquals(expected, ResourcePass.singular(plural));
  }
}
