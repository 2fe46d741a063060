package io.armgen.generator.normalize;

import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** An object schema while the passes run. */
final class ObjectDraft implements SchemaDraft {
  private final SchemaId id;
  private final ResolvedRef site;
  final String definitionName;
  /** {@code x-ms-client-name} on the definition, if any. */
  String clientName;
  String description;
  final SourceLocation origin;
  /** allOf entries that are {@code $ref}s, in order; consumed by {@link AllOfPass}. */
  final List<DraftType> allOfRefs = new ArrayList<>();
  /** Properties of inline allOf entries; merged by {@link AllOfPass}. */
  final List<PropertyDraft> inlineAllOfProperties = new ArrayList<>();
  DraftType parent;
  List<PropertyDraft> properties = new ArrayList<>();
  DraftType additionalProperties;
  String discriminator;
  String discriminatorValue;
  final List<SchemaId> subtypes = new ArrayList<>();
  boolean armResource;
  String javaName;

  ObjectDraft(SchemaId id, ResolvedRef site, String definitionName, SourceLocation origin) {
    this.id = id;
    this.site = site;
    this.definitionName = definitionName;
    this.origin = origin;
  }

  @Override
  public SchemaId id() {
    return id;
  }

  @Override
  public ResolvedRef site() {
    return site;
  }
}
