package io.armgen.generator.model;

import java.util.List;

/**
 * One property of an object type.
 *
 * @param wirePath the JSON path from the owning object to the value: {@code ["name"]} for a plain property,
 *     {@code ["properties", "privateEndpoint"]} for one flattened out of {@code properties}
 *     by {@code x-ms-client-flatten}
 * @param javaName the Java identifier for accessors ({@code privateEndpoint}), already mangled
 * @param type the value's type
 * @param required required on the wire (for a flattened property: required at every level)
 * @param readOnly never sent in requests, read from responses
 * @param secret never printed ({@code format: password}, {@code x-ms-secret})
 * @param description the schema's description, or null
 * @param origin where the property is declared
 * @param constant the one value the property can have, as JSON text ({@code "\"green-color\""}): a required
 *     enum with a single value that is not {@code modelAsString}. Models start with it and
 *     offer no setter. Null when the property is not a constant.
 * @param clientDefault the value a new model starts with ({@code x-ms-client-default}), as JSON text; the
 *     user may change it. Null when there is none.
 */
public record Property(
    List<String> wirePath,
    String javaName,
    TypeRef type,
    boolean required,
    boolean readOnly,
    boolean secret,
    String description,
    SourceLocation origin,
    String constant,
    String clientDefault) {

  /**
   * Copies the wire path.
   *
   * @param wirePath the JSON path from the owning object to the value
   * @param javaName the Java identifier for accessors ({@code privateEndpoint}), already mangled
   * @param type the value's type
   * @param required required on the wire (for a flattened property: required at every level)
   * @param readOnly never sent in requests, read from responses
   * @param secret never printed ({@code format: password}, {@code x-ms-secret})
   * @param description the schema's description, or null
   * @param origin where the property is declared
   * @param constant the one value the property can have, as JSON text, or null
   * @param clientDefault the value a new model starts with, as JSON text, or null
   */
  public Property {
    wirePath = List.copyOf(wirePath);
  }

  /**
   * A property that is neither a constant nor has a client default.
   *
   * @param wirePath the JSON path from the owning object to the value
   * @param javaName the Java identifier for accessors
   * @param type the value's type
   * @param required required on the wire
   * @param readOnly never sent in requests
   * @param secret never printed
   * @param description the schema's description, or null
   * @param origin where the property is declared
   */
  public Property(List<String> wirePath, String javaName, TypeRef type, boolean required, boolean readOnly,
      boolean secret, String description, SourceLocation origin) {
    this(wirePath, javaName, type, required, readOnly, secret, description, origin, null, null);
  }

  /**
   * Whether the property holds one fixed value (see {@link #constant()}).
   *
   * @return true when {@code constant} is set
   */
  public boolean isConstant() {
    return constant != null;
  }

  /**
   * The last wire segment: the JSON key of the value itself.
   *
   * @return the key
   */
  public String wireName() {
    return wirePath.get(wirePath.size() - 1);
  }

  /**
   * Whether the property was flattened out of a nested object ({@code x-ms-client-flatten}).
   *
   * @return true when the wire path has more than one segment
   */
  public boolean flattened() {
    return wirePath.size() > 1;
  }
}
