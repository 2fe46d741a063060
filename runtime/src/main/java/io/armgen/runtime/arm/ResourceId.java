package io.armgen.runtime.arm;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Any ARM resource id, parsed without knowing its type in advance: for the ids that a resource
 * holds of other resources ({@code properties.privateEndpoint.id}), where the typed id classes of
 * one service do not apply.
 *
 * <p>Understands subscription, resource group and provider ids, child resources
 * ({@code .../virtualNetworks/vn1/subnets/s1}) and extension resources (a second
 * {@code /providers/...} part: the last one names the resource). Constant segments are matched
 * case-insensitively and two ids are equal when they differ only in case, as ARM treats them.
 */
public final class ResourceId {
  private static final String RESOURCES_NAMESPACE = "Microsoft.Resources";

  private final String id;
  private final String subscriptionId;
  private final String resourceGroupName;
  private final String providerNamespace;
  private final String resourceType;
  private final String name;

  private ResourceId(String id, String subscriptionId, String resourceGroupName, String providerNamespace,
      String resourceType, String name) {
    this.id = id;
    this.subscriptionId = subscriptionId;
    this.resourceGroupName = resourceGroupName;
    this.providerNamespace = providerNamespace;
    this.resourceType = resourceType;
    this.name = name;
  }

  /**
   * Parses {@code id}.
   *
   * @param id such as {@code /subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe1}
   * @return its parts
   * @throws IllegalArgumentException when {@code id} is null, empty, not shaped like an ARM id or
   *     has a {@code .} or {@code ..} segment (which a server would resolve as a relative path);
   *     the message names the id and what is wrong with it
   */
  public static ResourceId parse(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("resource id is " + (id == null ? "null" : "empty"));
    }
    if (!id.startsWith("/")) {
      throw new IllegalArgumentException("'" + id + "' is not an ARM resource id: it must start with '/subscriptions/'");
    }
    String trimmed = id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("'" + id + "' is not an ARM resource id: it has no segments");
    }
    String[] parts = trimmed.substring(1).split("/", -1);
    for (String part : parts) {
      if (part.isEmpty()) {
        throw new IllegalArgumentException("'" + id + "' is not an ARM resource id: it has an empty segment");
      }
      ResourceIds.requireNoDotSegment(part, id);
    }
    if (parts.length < 2 || !parts[0].equalsIgnoreCase("subscriptions")) {
      throw new IllegalArgumentException("'" + id + "' is not an ARM resource id: it must start with '/subscriptions/{id}'");
    }
    String subscription = parts[1];
    int next = 2;
    String group = null;
    if (parts.length > next && parts[next].equalsIgnoreCase("resourceGroups")) {
      if (parts.length == next + 1) {
        throw new IllegalArgumentException("'" + id + "' is not an ARM resource id: 'resourceGroups' has no name after it");
      }
      group = parts[next + 1];
      next += 2;
    }
    if (parts.length == next) {
      return group == null
          ? new ResourceId(id, subscription, null, RESOURCES_NAMESPACE, RESOURCES_NAMESPACE + "/subscriptions", subscription)
          : new ResourceId(id, subscription, group, RESOURCES_NAMESPACE, RESOURCES_NAMESPACE + "/resourceGroups", group);
    }
    int provider = lastProviders(parts, next, id);
    if (parts.length < provider + 4) {
      throw new IllegalArgumentException("'" + id + "' is not an ARM resource id: expected "
          + "'/providers/{namespace}/{type}/{name}' after the resource group");
    }
    StringBuilder type = new StringBuilder(parts[provider + 1]);
    String last = null;
    int i = provider + 2;
    for (; i + 1 < parts.length; i += 2) {
      type.append('/').append(parts[i]);
      last = parts[i + 1];
    }
    if (i != parts.length) {
      throw new IllegalArgumentException("'" + id + "' is not an ARM resource id: type '" + parts[i]
          + "' has no name after it");
    }
    return new ResourceId(id, subscription, group, parts[provider + 1], type.toString(), last);
  }

  /** The index of the last {@code providers} segment at or after {@code from}, at a type position. */
  private static int lastProviders(String[] parts, int from, String id) {
    if (!parts[from].equalsIgnoreCase("providers")) {
      throw new IllegalArgumentException("'" + id + "' is not an ARM resource id: expected 'providers' but found '"
          + parts[from] + "'");
    }
    int found = from;
    // after .../providers/{ns}, type and name alternate; a type named 'providers' starts an extension resource
    for (int i = from + 2; i < parts.length; i += 2) {
      if (parts[i].equalsIgnoreCase("providers")) {
        found = i;
      }
    }
    return found;
  }

  /**
   * The subscription id.
   *
   * @return the segment after {@code /subscriptions/}, as written in the id
   */
  public String subscriptionId() {
    return subscriptionId;
  }

  /**
   * The resource group.
   *
   * @return the group's name, or empty for subscription-level resources
   */
  public Optional<String> resourceGroupName() {
    return Optional.ofNullable(resourceGroupName);
  }

  /**
   * The provider namespace; of the last {@code providers} part for an extension resource.
   *
   * @return the namespace, such as {@code Microsoft.Network}; {@code Microsoft.Resources} for a
   *     subscription or resource group id
   */
  public String providerNamespace() {
    return providerNamespace;
  }

  /**
   * The full resource type, namespace and type segments ({@code Microsoft.Network/virtualNetworks/subnets};
   * {@code Microsoft.Resources/resourceGroups} for a resource group id).
   *
   * @return the type, as written in the id
   */
  public String resourceType() {
    return resourceType;
  }

  /**
   * The resource's own name: the last segment.
   *
   * @return the name (the subscription id or group name for those ids)
   */
  public String name() {
    return name;
  }

  /**
   * Whether this id is of a given type.
   *
   * @param type a full resource type, such as {@code Microsoft.Network/privateEndpoints}
   * @return true when {@link #resourceType()} equals it, ignoring case
   */
  public boolean isOfType(String type) {
    return resourceType().equalsIgnoreCase(type);
  }

  /** The id as it was parsed. */
  @Override
  public String toString() {
    return id;
  }

  /** Equal when the ids are equal ignoring case and a trailing slash. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ResourceId that && canonical().equals(that.canonical());
  }

  /** Consistent with {@link #equals}: case and a trailing slash do not change it. */
  @Override
  public int hashCode() {
    return Objects.hash(canonical());
  }

  private String canonical() {
    String s = id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
    return s.toLowerCase(Locale.ROOT);
  }
}
