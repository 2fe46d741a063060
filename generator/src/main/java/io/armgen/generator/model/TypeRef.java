package io.armgen.generator.model;

/** A type as the emitters see it. */
public sealed interface TypeRef
    permits TypeRef.Primitive, TypeRef.ArrayOf, TypeRef.MapOf, TypeRef.Named, TypeRef.Runtime {

  /**
   * Scalar wire types and their formats. {@code DATE_TIME_RFC1123} ({@code date-time-rfc1123}) and
   * {@code UNIX_TIME} ({@code integer}/{@code unixtime}) are date-times in Java that travel in
   * other text forms than {@code DATE_TIME}.
   */
  enum PrimitiveKind {
    /** {@code string} without a format the others name; Java {@code String}. */
    STRING,
    /** {@code string}/{@code password}: a {@code String} that is never printed. */
    SECRET_STRING,
    /** {@code integer} ({@code int32} or no format); Java {@code Integer}. */
    INT32,
    /** {@code integer}/{@code int64}; Java {@code Long}. */
    INT64,
    /** {@code number}/{@code float}; Java {@code Float}. */
    FLOAT,
    /** {@code number} ({@code double} or no format); Java {@code Double}. */
    DOUBLE,
    /** {@code number}/{@code decimal}; Java {@code BigDecimal}, read and written without rounding. */
    DECIMAL,
    /** {@code boolean}; Java {@code Boolean}. */
    BOOLEAN,
    /** {@code string}/{@code date-time} (RFC 3339); Java {@code OffsetDateTime}. */
    DATE_TIME,
    /** {@code string}/{@code date-time-rfc1123}; Java {@code OffsetDateTime}. */
    DATE_TIME_RFC1123,
    /** {@code integer}/{@code unixtime}, seconds since the epoch; Java {@code OffsetDateTime}. */
    UNIX_TIME,
    /** {@code string}/{@code date}; Java {@code LocalDate}. */
    DATE,
    /** {@code string}/{@code duration} (ISO 8601); Java {@code Duration}. */
    DURATION,
    /** {@code string}/{@code uuid}; Java {@code UUID}. */
    UUID,
    /** {@code string}/{@code byte} (base64), {@code binary} or {@code file}; Java {@code byte[]}. */
    BYTES,
    /** {@code string}/{@code base64url}; Java {@code byte[]}. */
    BASE64URL,
    /** {@code string}/{@code arm-id}: a resource id; Java {@code String}. */
    ARM_ID,
    /** A schema without a type, or one armgen does not model; Java {@code Object} (any JSON value). */
    ANY
  }

  /**
   * A scalar.
   *
   * @param kind the wire type and format
   */
  record Primitive(PrimitiveKind kind) implements TypeRef {}

  /**
   * A JSON array; a Java {@code List}.
   *
   * @param items the element type
   */
  record ArrayOf(TypeRef items) implements TypeRef {}

  /**
   * additionalProperties: a JSON object with string keys; a Java {@code Map<String, V>}.
   *
   * @param values the value type
   */
  record MapOf(TypeRef values) implements TypeRef {}

  /**
   * An {@link ObjectType} or {@link EnumType} of the same service, by its Java simple name.
   *
   * @param name the Java simple name
   */
  record Named(String name) implements TypeRef {}

  /**
   * A type provided by armgen-runtime (e.g. {@code io.armgen.runtime.arm.SystemData}), by its
   * fully qualified class name.
   *
   * @param className the fully qualified class name
   */
  record Runtime(String className) implements TypeRef {}

  /**
   * A scalar of {@code kind}.
   *
   * @param kind the wire type and format
   * @return a new {@link Primitive}
   */
  static TypeRef of(PrimitiveKind kind) {
    return new Primitive(kind);
  }
}
