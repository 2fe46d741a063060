package io.armgen.generator.model;

import java.util.List;

/**
 * An enumeration.
 *
 * @param name Java simple name
 * @param description the schema's description, or null
 * @param expandable true for open enums ({@code x-ms-enum modelAsString: true} or no {@code x-ms-enum}):
 *     emitted as a value class that keeps unknown values; false for closed enums ({@code
 *     modelAsString: false}): emitted as a Java {@code enum}
 * @param valueType the wire type of the values (string, int32, int64, ...)
 * @param values the known values, in spec order
 * @param origin where the schema is declared
 */
public record EnumType(
    String name,
    String description,
    boolean expandable,
    TypeRef.PrimitiveKind valueType,
    List<EnumValue> values,
    SourceLocation origin) {

  /**
   * Copies the values.
   *
   * @param name Java simple name
   * @param description the schema's description, or null
   * @param expandable true for open enums, false for closed ones
   * @param valueType the wire type of the values (string, int32, int64, ...)
   * @param values the known values, in spec order
   * @param origin where the schema is declared
   */
  public EnumType {
    values = List.copyOf(values);
  }

  /**
   * One known value.
   *
   * @param value the value as sent on the wire, as text
   * @param javaName the constant name (UPPER_SNAKE), already mangled
   * @param description the value's {@code x-ms-enum} description, or null
   */
  public record EnumValue(String value, String javaName, String description) {}
}
