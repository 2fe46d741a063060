package io.armgen.generator.model;

/**
 * One operation parameter.
 *
 * @param wireName the name on the wire (path segment variable, query key, header name)
 * @param javaName Java identifier, mangled
 * @param client true when the value belongs to the client rather than the method call
 *     (subscriptionId, api-version, {@code x-ms-parameter-location: client})
 * @param constantValue non-null when the value is fixed (e.g. api-version's default, a
 *     single-value enum)
 * @param skipUrlEncoding {@code x-ms-skip-url-encoding}
 */
public record Parameter(
    String wireName,
    String javaName,
    Location in,
    TypeRef type,
    boolean required,
    boolean client,
    String constantValue,
    boolean skipUrlEncoding,
    String description) {

  /** Where the value goes; FORM: a field of the form body ({@code in: formData}). */
  public enum Location { PATH, QUERY, HEADER, BODY, FORM }
}
