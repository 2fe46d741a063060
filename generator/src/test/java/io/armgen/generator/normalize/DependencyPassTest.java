package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.Dependency;
import io.armgen.generator.model.Dependency.Evidence;
import io.armgen.generator.model.Dependency.Kind;
import io.armgen.generator.model.Dependency.Mutability;
import io.armgen.generator.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DependencyPassTest {
  private static final String ACCOUNT = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
      + "/providers/Microsoft.Sample/accounts/{accountName}";
  private static final String P = "{'name': '%s', 'in': 'path', 'required': true, 'type': 'string'}";

  /** A service with an account and its child 'links', whose model is given by {@code linkDefinitions}. */
  private static Service service(String linkDefinitions) {
    String link = ACCOUNT + "/links/{linkName}";
    String accountParams = "[" + String.join(",", P.formatted("subscriptionId"), P.formatted("resourceGroupName"),
        P.formatted("accountName")) + "]";
    String linkParams = accountParams.replace("]", "," + P.formatted("linkName") + "]");
    return Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("""
        '%s': {'get': {'operationId': 'Accounts_Get', 'parameters': %s,
                 'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Account'}}}}},
        '%s': {'get': {'operationId': 'Links_Get', 'parameters': %s,
                 'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Link'}}}}}
        """.formatted(ACCOUNT, accountParams, link, linkParams), """
        'Account': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {'id': {'type': 'string', 'readOnly': true}}},
        """ + linkDefinitions))));
  }

  private static Map<String, Dependency> byVia(Service s, String resource) {
    return s.dependenciesOf(resource).stream().collect(Collectors.toMap(Dependency::via, Function.identity()));
  }

  @Test
  void parentsComeFromTheIdTemplateOutermostFirst() {
    Service s = service("'Link': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {'id': {'type': 'string'}}}");
    List<Dependency> deps = s.dependenciesOf("Link");
    assertEquals(2, deps.size(), deps.toString());
    assertEquals(new Dependency("Link", Kind.PARENT, "ResourceGroup", Optional.of("Microsoft.Resources/resourceGroups"),
        "resourceGroupName", Mutability.CREATE_ONLY, Evidence.PATH, Optional.empty()), deps.get(0));
    // the parent resource is generated too: its own name is used
    assertEquals(new Dependency("Link", Kind.PARENT, "Account", Optional.of("Microsoft.Sample/accounts"),
        "accountName", Mutability.CREATE_ONLY, Evidence.PATH, Optional.empty()), deps.get(1));
    assertEquals(1, s.dependenciesOf("Account").size(), "an account depends only on its resource group");
  }

  @Test
  void referencesFromArmIdFormatDetailsAndIdObjects() {
    Service s = service("""
        'Link': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {
            'id': {'type': 'string', 'readOnly': true},
            'properties': {'x-ms-client-flatten': true, '$ref': '#/definitions/LinkProperties'}}},
        'LinkProperties': {'type': 'object', 'properties': {
            'workspaceId': {'type': 'string', 'format': 'arm-id', 'x-ms-mutability': ['read', 'create']},
            'target': {'type': 'string', 'x-ms-arm-id-details': {'allowedResources': [{'type': 'Microsoft.Storage/storageAccounts'}]}},
            'subnet': {'$ref': '#/definitions/SubResource'},
            'endpoints': {'type': 'array', 'items': {'$ref': '#/definitions/SubResource'}},
            'gateway': {'$ref': '#/definitions/SubResource', 'readOnly': true},
            'note': {'type': 'string'},
            'settings': {'$ref': '#/definitions/Settings'}}},
        'SubResource': {'type': 'object', 'properties': {'id': {'type': 'string'}, 'etag': {'type': 'string', 'readOnly': true}}},
        'Settings': {'type': 'object', 'properties': {'owner': {'type': 'string'}, 'id': {'type': 'string'}}}
        """);
    Map<String, Dependency> refs = byVia(s, "Link");
    Dependency workspace = refs.get("properties.workspaceId");
    assertEquals(Evidence.ARM_ID_FORMAT, workspace.evidence());
    assertEquals(Mutability.CREATE_ONLY, workspace.mutability(), "x-ms-mutability without update");
    assertEquals(Optional.empty(), workspace.targetType(), "workspace is not a well-known name");
    assertEquals("Workspace", workspace.targetName());
    assertEquals(Optional.of(new Dependency.Holder("Link", "workspaceId", Optional.empty())), workspace.holder());

    Dependency target = refs.get("properties.target");
    assertEquals(Evidence.ARM_ID_DETAILS, target.evidence());
    assertEquals(Optional.of("Microsoft.Storage/storageAccounts"), target.targetType());
    assertEquals("StorageAccount", target.targetName());
    assertEquals(Mutability.UPDATABLE, target.mutability());

    Dependency subnet = refs.get("properties.subnet.id");
    assertEquals(Evidence.ID_OBJECT, subnet.evidence(), "read-only etag does not count: id is the only writable property");
    assertEquals(Optional.of("Microsoft.Network/virtualNetworks/subnets"), subnet.targetType());
    assertEquals(Optional.of(new Dependency.Holder("Link", "subnet", Optional.of("id"))), subnet.holder());

    Dependency endpoints = refs.get("properties.endpoints[].id");
    assertEquals(Optional.empty(), endpoints.holder(), "array elements have no single holder property");
    assertEquals(Mutability.READ_ONLY, refs.get("properties.gateway.id").mutability());

    assertTrue(refs.keySet().stream().noneMatch(v -> v.startsWith("properties.settings") || v.equals("properties.note")),
        "an object with another writable property is not a reference: " + refs.keySet());
  }

  @Test
  void cyclicModelsEndTheWalk() {
    Service s = service("""
        'Link': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {
            'next': {'$ref': '#/definitions/Node'}}},
        'Node': {'type': 'object', 'properties': {'child': {'$ref': '#/definitions/Node'},
            'storage': {'type': 'string', 'format': 'arm-id'}}}
        """);
    assertEquals(List.of("next.storage"), s.dependenciesOf("Link").stream()
        .filter(d -> d.kind() == Kind.REFERENCE).map(Dependency::via).toList());
  }

  @Test
  void mutabilityWithUpdateIsUpdatableAndWithoutAnyIsReadOnly() {
    Service s = service("""
        'Link': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {
            'a': {'type': 'string', 'format': 'arm-id', 'x-ms-mutability': ['read', 'update']},
            'b': {'type': 'string', 'format': 'arm-id', 'x-ms-mutability': ['update', 'create', 'read']},
            'c': {'type': 'string', 'format': 'arm-id', 'x-ms-mutability': ['create']},
            'd': {'type': 'string', 'format': 'arm-id', 'x-ms-mutability': ['read']},
            'e': {'type': 'string', 'format': 'arm-id', 'x-ms-mutability': 'update'}}}
        """);
    Map<String, Dependency> refs = byVia(s, "Link");
    assertEquals(Mutability.UPDATABLE, refs.get("a").mutability());
    assertEquals(Mutability.UPDATABLE, refs.get("b").mutability());
    assertEquals(Mutability.CREATE_ONLY, refs.get("c").mutability());
    assertEquals(Mutability.READ_ONLY, refs.get("d").mutability());
    assertEquals(Mutability.UPDATABLE, refs.get("e").mutability(), "not a list: no restriction read");
  }

  @Test
  void theResourcesOwnIdIsNoReferenceButANestedOneIs() {
    Service s = service("""
        'Link': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {
            'id': {'type': 'string', 'format': 'arm-id', 'readOnly': true},
            'peer': {'$ref': '#/definitions/Peer'}}},
        'Peer': {'type': 'object', 'properties': {'id': {'type': 'string', 'format': 'arm-id'}, 'note': {'type': 'string'}}}
        """);
    assertEquals(List.of("peer.id"), s.dependenciesOf("Link").stream()
        .filter(d -> d.kind() == Kind.REFERENCE).map(Dependency::via).toList());
  }

  @Test
  void referencesOfAGeneratedBaseAndWellKnownTargetsByPropertyOrTypeName() {
    Service s = service("""
        'LinkBase': {'type': 'object', 'properties': {'keyVault': {'type': 'string', 'format': 'arm-id'}}},
        'Link': {'type': 'object', 'x-ms-azure-resource': true, 'allOf': [{'$ref': '#/definitions/LinkBase'}], 'properties': {
            'primary': {'$ref': '#/definitions/Subnet'},
            'count': {'type': 'integer', 'x-ms-arm-id-details': {'allowedResources': [{'type': 'Microsoft.Storage/storageAccounts'}]}},
            'free': {'$ref': '#/definitions/Open'},
            'derived': {'$ref': '#/definitions/DerivedRef'}}},
        'Subnet': {'type': 'object', 'properties': {'id': {'type': 'string'}}},
        'Open': {'type': 'object', 'additionalProperties': {'type': 'string'}, 'properties': {'id': {'type': 'string'}}},
        'RefBase': {'type': 'object', 'properties': {'kind': {'type': 'string'}}},
        'DerivedRef': {'type': 'object', 'allOf': [{'$ref': '#/definitions/RefBase'}], 'properties': {'id': {'type': 'string'}}}
        """);
    Map<String, Dependency> refs = byVia(s, "Link");
    assertEquals(Optional.of("Microsoft.KeyVault/vaults"), refs.get("keyVault").targetType(), "declared by the base class");
    assertEquals(Optional.of(new Dependency.Holder("LinkBase", "keyVault", Optional.empty())), refs.get("keyVault").holder());
    assertEquals(Optional.of("Microsoft.Network/virtualNetworks/subnets"), refs.get("primary.id").targetType(),
        "an id object named by its type");
    assertEquals(Evidence.ID_OBJECT, refs.get("primary.id").evidence());
    assertEquals(java.util.Set.of("keyVault", "primary.id"), refs.values().stream().filter(d -> d.kind() == Kind.REFERENCE)
        .map(Dependency::via).collect(Collectors.toSet()),
        "a number is no id; an object with free-form keys or a base class is more than a reference");
  }
}
