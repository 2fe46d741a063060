package io.armgen.generator.normalize;

import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** An enum schema while the passes run. */
final class EnumDraft implements SchemaDraft {
  private final SchemaId id;
  private final ResolvedRef site;
  /** {@code x-ms-enum.name}, else the definition name, else owner + property. */
  final String name;
  String description;
  boolean expandable;
  final TypeRef.PrimitiveKind valueType;
  final List<Value> values = new ArrayList<>();
  final SourceLocation origin;
  String javaName;
  /** UPPER_SNAKE constant names, parallel to {@link #values}; set by {@link JavaNaming}. */
  List<String> constantNames = List.of();

  /** One value; {@code name} is {@code x-ms-enum.values[].name} when given. */
  record Value(String value, String name, String description) {}

  EnumDraft(SchemaId id, ResolvedRef site, String name, TypeRef.PrimitiveKind valueType, SourceLocation origin) {
    this.id = id;
    this.site = site;
    this.name = name;
    this.valueType = valueType;
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

  List<String> rawValues() {
    return values.stream().map(Value::value).toList();
  }
}
