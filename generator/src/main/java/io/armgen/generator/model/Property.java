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
 */
public record Property(
    List<String> wirePath,
    String javaName,
    TypeRef type,
    boolean required,
    boolean readOnly,
    boolean secret,
    String description,
    SourceLocation origin) {

  public Property {
    wirePath = List.copyOf(wirePath);
  }

  /** The last wire segment: the JSON key of the value itself. */
  public String wireName() {
    return wirePath.get(wirePath.size() - 1);
  }

  public boolean flattened() {
    return wirePath.size() > 1;
  }
}
