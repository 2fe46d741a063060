package io.armgen.generator.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ARM types of the resources that specs refer to by a bare id object without saying which type
 * it is ({@code "privateEndpoint": {"id": ...}}): the name of the property (or of its schema) is
 * then the only evidence. A short list of the common cross-service references, matched by name;
 * anything else stays "type unknown" rather than guessed.
 */
final class WellKnownTargets {
  private static final Map<String, String> BY_NAME = Map.ofEntries(
      Map.entry("privateendpoint", "Microsoft.Network/privateEndpoints"),
      Map.entry("privatelinkservice", "Microsoft.Network/privateLinkServices"),
      Map.entry("subnet", "Microsoft.Network/virtualNetworks/subnets"),
      Map.entry("virtualnetwork", "Microsoft.Network/virtualNetworks"),
      Map.entry("networksecuritygroup", "Microsoft.Network/networkSecurityGroups"),
      Map.entry("publicipaddress", "Microsoft.Network/publicIPAddresses"),
      Map.entry("loadbalancer", "Microsoft.Network/loadBalancers"),
      Map.entry("keyvault", "Microsoft.KeyVault/vaults"),
      Map.entry("userassignedidentity", "Microsoft.ManagedIdentity/userAssignedIdentities"),
      Map.entry("storageaccount", "Microsoft.Storage/storageAccounts"),
      Map.entry("loganalyticsworkspace", "Microsoft.OperationalInsights/workspaces"));

  private WellKnownTargets() {}

  /**
   * The ARM type a property or schema named {@code name} refers to, if it is a well-known one.
   * Suffixes that only say "this is a reference" ({@code Id}, {@code ResourceId}, {@code Property},
   * {@code Reference}) are ignored: {@code subnetId} and {@code PrivateEndpointProperty} match.
   */
  static Optional<String> typeOf(String name) {
    return Optional.ofNullable(BY_NAME.get(stem(name).toLowerCase(Locale.ROOT)));
  }

  /** {@code name} without a trailing reference suffix. */
  static String stem(String name) {
    for (String suffix : new String[] {"ResourceId", "Id", "Property", "Reference"}) {
      if (name.length() > suffix.length() && name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
