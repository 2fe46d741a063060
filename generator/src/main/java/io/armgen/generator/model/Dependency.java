package io.armgen.generator.model;

import java.util.Optional;

/**
 * Something a resource type needs to exist before it can be created: a parent in its id (the
 * resource group, {@code registries/{registryName}} -> the registry) or another resource whose id
 * one of its properties holds ({@code properties.privateEndpoint.id} -> a private endpoint).
 *
 * @param resource the dependent resource, a {@link ResourceType#name()} of the same service
 * @param kind parent (from the path) or reference (from a property)
 * @param targetName a readable name of the target ({@code ResourceGroup}, {@code Registry},
 *     {@code PrivateEndpoint})
 * @param targetType the target's ARM type ({@code Microsoft.Network/privateEndpoints}) when it can
 *     be known: always for parents; for references from {@code x-ms-arm-id-details} or a well-known
 *     property name
 * @param via where the dependency shows: the path variable of a parent ({@code registryName}), the
 *     dotted wire path of a reference ({@code properties.privateEndpoint.id}; {@code []} marks an
 *     array element)
 * @param mutability whether the reference can be changed after creation (parents never can)
 * @param evidence what in the spec the dependency was read from
 * @param holder for a reference outside arrays: the model property that holds the id, so that
 *     generated classes can offer it as a typed id
 */
public record Dependency(
    String resource,
    Kind kind,
    String targetName,
    Optional<String> targetType,
    String via,
    Mutability mutability,
    Evidence evidence,
    Optional<Holder> holder) {

  /** Parent (in the resource's id) or reference (in its properties). */
  public enum Kind {
    /** The resource lives under the target: the target's name is a segment of its id. */
    PARENT,
    /** A property of the resource holds the target's id. */
    REFERENCE
  }

  /** Who may change the value: the service only, the caller at creation only, or the caller at any time. */
  public enum Mutability {
    /** Set by the service only ({@code readOnly}). */
    READ_ONLY,
    /** Set by the caller when creating the resource only ({@code x-ms-mutability: [create, read]}). */
    CREATE_ONLY,
    /** Set by the caller at any time. */
    UPDATABLE
  }

  /** What the dependency was read from. */
  public enum Evidence {
    /** The resource's id template. */
    PATH,
    /** A string property with {@code format: arm-id}. */
    ARM_ID_FORMAT,
    /** A property with {@code x-ms-arm-id-details}. */
    ARM_ID_DETAILS,
    /** An object whose only writable property is {@code id}. */
    ID_OBJECT
  }

  /**
   * The property holding a referenced id.
   *
   * @param objectType the model class declaring the property ({@link ObjectType#name()})
   * @param property the property's {@link Property#javaName()}
   * @param idProperty when the property is an object holding the id: that object's id property
   *     ({@link Property#javaName()}); empty when the property is the id string itself
   */
  public record Holder(String objectType, String property, Optional<String> idProperty) {}
}
