package io.armgen.generator.model;

/**
 * One operation parameter.
 *
 * @param wireName the name on the wire (path segment variable, query key, header name)
 * @param javaName Java identifier, mangled
 * @param in where the value goes
 * @param type the value's type
 * @param required required by the spec
 * @param client true when the value belongs to the client rather than the method call (subscriptionId,
 *     api-version, {@code x-ms-parameter-location: client})
 * @param constantValue non-null when the value is fixed (e.g. api-version's default, a single-value enum)
 * @param skipUrlEncoding {@code x-ms-skip-url-encoding}
 * @param description the spec's description, or null
 * @param details collection format, constraints, grouping and the other extensions
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
    String description,
    Details details) {

  /**
   * Replaces null details with {@link Details#NONE}.
   *
   * @param wireName the name on the wire (path segment variable, query key, header name)
   * @param javaName Java identifier, mangled
   * @param in where the value goes
   * @param type the value's type
   * @param required required by the spec
   * @param client true when the value belongs to the client rather than the method call
   * @param constantValue non-null when the value is fixed (e.g. api-version's default, a single-value enum)
   * @param skipUrlEncoding {@code x-ms-skip-url-encoding}
   * @param description the spec's description, or null
   * @param details collection format, constraints, grouping and the other extensions
   */
  public Parameter {
    details = details == null ? Details.NONE : details;
  }

  /**
   * A parameter without {@link Details}.
   *
   * @param wireName the name on the wire
   * @param javaName Java identifier, mangled
   * @param in where the value goes
   * @param type the value's type
   * @param required required by the spec
   * @param client true when the value belongs to the client
   * @param constantValue the fixed value, or null
   * @param skipUrlEncoding {@code x-ms-skip-url-encoding}
   * @param description the spec's description, or null
   */
  public Parameter(String wireName, String javaName, Location in, TypeRef type, boolean required, boolean client,
      String constantValue, boolean skipUrlEncoding, String description) {
    this(wireName, javaName, in, type, required, client, constantValue, skipUrlEncoding, description, Details.NONE);
  }

  /**
   * Where the value goes; {@code HOST}: a variable of {@link ParameterizedHost#template()};
   * {@code FORM}: a field of the form body ({@code in: formData}).
   */
  public enum Location {
    /** A variable of the path template. */
    PATH,
    /** A query parameter. */
    QUERY,
    /** A request header. */
    HEADER,
    /** The JSON (or other media) body. */
    BODY,
    /** A variable of the {@code x-ms-parameterized-host} template. */
    HOST,
    /** A form field. */
    FORM
  }

  /** {@code collectionFormat}: how an array travels in one value ({@code MULTI}: one query pair each). */
  public enum CollectionFormat {
    /** Comma-separated. */
    CSV,
    /** Space-separated. */
    SSV,
    /** Tab-separated. */
    TSV,
    /** Separated by {@code |}. */
    PIPES,
    /** One query pair per element. */
    MULTI
  }

  /**
   * What else the spec says about a parameter.
   *
   * @param collectionFormat for an array; {@code CSV} when the spec says nothing
   * @param constraints checked before sending
   * @param clientDefault {@code x-ms-client-default}: sent when the caller passes null; null for none
   * @param group {@code x-ms-parameter-grouping}: the Java name of the class the parameter is a
   *     property of, null when it is a method parameter of its own
   * @param headerCollectionPrefix {@code x-ms-header-collection-prefix} of a header map; null for one header
   * @param clientRequestId {@code x-ms-client-request-id}: the header carries the request id
   * @param origin where the parameter is declared, for diagnostics; null when unknown
   */
  public record Details(CollectionFormat collectionFormat, Constraints constraints, String clientDefault,
      String group, String headerCollectionPrefix, boolean clientRequestId, SourceLocation origin) {
    /** Nothing beyond the defaults: {@code CSV}, no constraints, no extensions. */
    public static final Details NONE = new Details(CollectionFormat.CSV, Constraints.NONE, null, null, null, false, null);
  }

  /**
   * The value rules of a parameter; numbers and lengths as written in the spec, null (or -1) when
   * absent.
   *
   * @param pattern an ECMA-262 regular expression the value contains a match of
   * @param minLength the fewest characters, or -1
   * @param maxLength the most characters, or -1
   * @param minimum the inclusive lower bound as written, or null
   * @param maximum the inclusive upper bound as written, or null
   * @param multipleOf what the value must be a multiple of, as written, or null
   */
  public record Constraints(String pattern, int minLength, int maxLength, String minimum, String maximum,
      String multipleOf) {
    /** No rules. */
    public static final Constraints NONE = new Constraints(null, -1, -1, null, null, null);

    /**
     * Whether there is nothing to check.
     *
     * @return true when equal to {@link #NONE}
     */
    public boolean isEmpty() {
      return equals(NONE);
    }
  }
}
