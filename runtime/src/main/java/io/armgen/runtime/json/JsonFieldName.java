package io.armgen.runtime.json;

/**
 * A field name encoded once, ahead of writing: generated models keep one constant per field
 * ({@code private static final JsonFieldName PROPERTIES = JsonFieldName.of("properties")}) so that
 * writing it is a single copy. The output is the same as {@link JsonWriter#writeFieldName(String)}'s.
 */
public final class JsonFieldName {
  private final String value;
  private final byte[] encoded;
  private final boolean hasSurrogates;

  private JsonFieldName(String value) {
    this.value = value;
    this.encoded = Utf8JsonWriter.encodeFieldName(value);
    this.hasSurrogates = value.chars().anyMatch(c -> Character.isSurrogate((char) c));
  }

  /**
   * Encodes a field name; keep the result in a constant, since encoding costs more than writing.
   *
   * @param value the name, which may hold any characters; they are escaped as needed
   * @return the encoded name
   * @throws NullPointerException if {@code value} is null
   */
  public static JsonFieldName of(String value) {
    if (value == null) {
      throw new NullPointerException("a JSON field name cannot be null");
    }
    return new JsonFieldName(value);
  }

  /**
   * The name as given, unescaped.
   *
   * @return the name
   */
  public String value() {
    return value;
  }

  /** {@code "name":} in UTF-8, as written into bytes. */
  byte[] encoded() {
    return encoded;
  }

  /** Text output writes a surrogate pair as itself, not escaped as in {@link #encoded()}. */
  boolean hasSurrogates() {
    return hasSurrogates;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonFieldName other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
