package io.armgen.generator.model;

import java.util.List;

/**
 * An enumeration.
 *
 * @param expandable true for open enums ({@code x-ms-enum modelAsString: true} or no
 *     {@code x-ms-enum}): emitted as a value class that keeps unknown values; false for closed
 *     enums ({@code modelAsString: false}): emitted as a Java {@code enum}
 * @param valueType the wire type of the values (string, int32, int64, ...)
 */
public record EnumType(
    String name,
    String description,
    boolean expandable,
    TypeRef.PrimitiveKind valueType,
    List<EnumValue> values,
    SourceLocation origin) {

  public EnumType {
    values = List.copyOf(values);
  }

  /** One known value. {@code javaName} is the constant name (UPPER_SNAKE), already mangled. */
  public record EnumValue(String value, String javaName, String description) {}
}
