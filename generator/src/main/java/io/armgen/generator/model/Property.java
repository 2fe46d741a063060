package io.armgen.generator.model;

import java.util.List;

/**
 * One property of an object type.
 *
 * @param wirePath the JSON path from the owning object to the value: {@code ["name"]} for a plain
 *     property, {@code ["properties", "privateEndpoint"]} for one flattened out of
 *     {@code properties} by {@code x-ms-client-flatten}
 * @param javaName the Java identifier for accessors ({@code privateEndpoint}), already mangled
 * @param required required on the wire (for a flattened property: required at every level)
 * @param readOnly never sent in requests, read from responses
 * @param secret never printed ({@code format: password}, {@code x-ms-secret})
 * @param constant the one value the property can have, as JSON text ({@code "\"green-color\""}): a
 *     required enum with a single value that is not {@code modelAsString}. Models start with it and
 *     offer no setter. Null when the property is not a constant.
 * @param clientDefault the value a new model starts with ({@code x-ms-client-default}), as JSON
 *     text; the user may change it. Null when there is none.
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

  public Property {
    wirePath = List.copyOf(wirePath);
  }

  /** A property that is neither a constant nor has a client default. */
  public Property(List<String> wirePath, String javaName, TypeRef type, boolean required, boolean readOnly,
      boolean secret, String description, SourceLocation origin) {
    this(wirePath, javaName, type, required, readOnly, secret, description, origin, null, null);
  }

  /** True when the property holds one fixed value (see {@link #constant()}). */
  public boolean isConstant() {
    return constant != null;
  }

  /** The last wire segment: the JSON key of the value itself. */
  public String wireName() {
    return wirePath.get(wirePath.size() - 1);
  }

  public boolean flattened() {
    return wirePath.size() > 1;
  }
}
