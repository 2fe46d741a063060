package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceIdTest {

  @Test
  void parsesAResourceInAGroup() {
    ResourceId id = ResourceId.parse(
        "/subscriptions/sub1/resourceGroups/rg2/providers/Microsoft.Network/privateEndpoints/pe3");
    assertEquals("sub1", id.subscriptionId());
    assertEquals(Optional.of("rg2"), id.resourceGroupName());
    assertEquals("Microsoft.Network", id.providerNamespace());
    assertEquals("Microsoft.Network/privateEndpoints", id.resourceType());
    assertEquals("pe3", id.name());
    assertTrue(id.isOfType("microsoft.network/PRIVATEENDPOINTS"));
  }

  @ParameterizedTest
  @CsvSource({
      "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/vn/subnets/sn,"
          + "Microsoft.Network/virtualNetworks/subnets,sn",
      "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/vm/providers/"
          + "Microsoft.Insights/diagnosticSettings/ds,Microsoft.Insights/diagnosticSettings,ds",
      "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/rd,Microsoft.Authorization/roleDefinitions,rd",
      "/subscriptions/s/resourceGroups/g,Microsoft.Resources/resourceGroups,g",
      "/subscriptions/s/resourceGroups/g/,Microsoft.Resources/resourceGroups,g",
      "/subscriptions/s,Microsoft.Resources/subscriptions,s",
  })
  void typeAndNameOfEveryShape(String text, String type, String name) {
    ResourceId id = ResourceId.parse(text);
    assertEquals(type, id.resourceType());
    assertEquals(name, id.name());
    assertEquals(text, id.toString());
  }

  @Test
  void subscriptionLevelResourcesHaveNoGroup() {
    assertEquals(Optional.empty(),
        ResourceId.parse("/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/rd").resourceGroupName());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "subscriptions/s/resourceGroups/g",
      "/tenants/t/providers/Microsoft.X/things/a",
      "/subscriptions//resourceGroups/g",
      "/subscriptions/s/resourceGroups",
      "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/privateEndpoints",
      "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/vn/subnets",
      "/subscriptions/s/resourceGroups/g/things/a",
      " ",
  })
  void rejectsWhatIsNotAnIdAndSaysWhy(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResourceId.parse(text));
    assertTrue(e.getMessage().contains("resource id"), e.getMessage());
    assertTrue(text.isBlank() || e.getMessage().contains(text), e.getMessage());
  }

  /** Issue 13 section 6: "/" threw StringIndexOutOfBoundsException; "." and ".." were accepted and sent. */
  @ParameterizedTest
  @ValueSource(strings = {
      "/",
      "//",
      "/subscriptions/./resourceGroups/g",
      "/subscriptions/s/resourceGroups/../providers/Microsoft.X/things/a",
      "/subscriptions/s/resourceGroups/g/providers/Microsoft.X/things/..",
      "/subscriptions/s/resourceGroups/g/providers/Microsoft.X/things/a/privateEndpointConnections/.",
  })
  void rejectsTheRootAndDotSegmentsWithATypedException(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResourceId.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void templatesRefuseDotSegmentsInMatchAndFormat(String dots) {
    String template = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.X/things/{name}";
    assertEquals("a", ResourceIds.match(template, "/subscriptions/s/resourceGroups/g/providers/Microsoft.X/things/a").get("name"));
    assertThrows(IllegalArgumentException.class,
        () -> ResourceIds.match(template, "/subscriptions/s/resourceGroups/" + dots + "/providers/Microsoft.X/things/a"));
    assertThrows(IllegalArgumentException.class,
        () -> ResourceIds.match(template, "/subscriptions/s/resourceGroups/g/providers/Microsoft.X/things/" + dots));
    assertThrows(IllegalArgumentException.class, () -> ResourceIds.format(template, "s", "g", dots));
    assertEquals("/subscriptions/s/resourceGroups/g/providers/Microsoft.X/things/a..b",
        ResourceIds.format(template, "s", "g", "a..b"), "dots inside a name are fine");
  }

  @Test
  void rejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> ResourceId.parse(null));
  }

  @Test
  void equalIgnoringCaseAsArmDoes() {
    ResourceId a = ResourceId.parse("/subscriptions/S/resourceGroups/RG/providers/Microsoft.Network/privateEndpoints/PE");
    ResourceId b = ResourceId.parse("/subscriptions/s/resourcegroups/rg/providers/microsoft.network/privateendpoints/pe");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, ResourceId.parse("/subscriptions/s/resourcegroups/rg/providers/microsoft.network/privateendpoints/pe2"));
    assertFalse(a.isOfType("Microsoft.Network/virtualNetworks"));
  }
}
