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
    STRING, SECRET_STRING, INT32, INT64, FLOAT, DOUBLE, DECIMAL, BOOLEAN,
    DATE_TIME, DATE_TIME_RFC1123, UNIX_TIME, DATE, DURATION, UUID, BYTES, BASE64URL, ARM_ID, ANY
  }

  record Primitive(PrimitiveKind kind) implements TypeRef {}

  record ArrayOf(TypeRef items) implements TypeRef {}

  /** additionalProperties: a JSON object with string keys. */
  record MapOf(TypeRef values) implements TypeRef {}

  /** An {@link ObjectType} or {@link EnumType} of the same service, by its Java simple name. */
  record Named(String name) implements TypeRef {}

  /**
   * A type provided by armgen-runtime (e.g. {@code io.armgen.runtime.arm.SystemData}), by its
   * fully qualified class name.
   */
  record Runtime(String className) implements TypeRef {}

  static TypeRef of(PrimitiveKind kind) {
    return new Primitive(kind);
  }
}
