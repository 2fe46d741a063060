package io.armgen.generator.model;

import java.util.List;
import java.util.Optional;

/**
 * A model class.
 *
 * @param name Java simple name
 * @param definitionName the Swagger definition name (or synthesized name for inline schemas)
 * @param description the schema's description, or null
 * @param parent the single allOf base, emitted as {@code extends}; its properties are not repeated in {@link
 *     #properties()}
 * @param properties own properties (after merging multiple allOf bases and flattening)
 * @param additionalProperties value type when the object also allows free-form keys
 * @param discriminator the property name that selects the subtype, on a polymorphic base
 * @param discriminatorValue this type's value for its base's discriminator
 * @param subtypes Java names of the types that name this one as their allOf base and have a discriminator
 *     value, sorted
 * @param armResource {@code x-ms-azure-resource: true}
 * @param origin where the schema is declared
 */
public record ObjectType(
    String name,
    String definitionName,
    String description,
    Optional<TypeRef> parent,
    List<Property> properties,
    Optional<TypeRef> additionalProperties,
    Optional<String> discriminator,
    Optional<String> discriminatorValue,
    List<String> subtypes,
    boolean armResource,
    SourceLocation origin) {

  /**
   * Copies the lists.
   *
   * @param name Java simple name
   * @param definitionName the Swagger definition name (or synthesized name for inline schemas)
   * @param description the schema's description, or null
   * @param parent the single allOf base, or empty
   * @param properties own properties (after merging multiple allOf bases and flattening)
   * @param additionalProperties value type when the object also allows free-form keys
   * @param discriminator the property name that selects the subtype, on a polymorphic base
   * @param discriminatorValue this type's value for its base's discriminator
   * @param subtypes Java names of the types that extend this one with a discriminator value, sorted
   * @param armResource {@code x-ms-azure-resource: true}
   * @param origin where the schema is declared
   */
  public ObjectType {
    properties = List.copyOf(properties);
    subtypes = List.copyOf(subtypes);
  }
}
