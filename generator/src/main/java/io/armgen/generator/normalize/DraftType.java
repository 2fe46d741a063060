package io.armgen.generator.normalize;

import io.armgen.generator.model.TypeRef;

/**
 * A type while the passes still work: like {@link TypeRef}, except that schemas are referenced by
 * identity because their Java names are chosen last.
 */
sealed interface DraftType {
  record Prim(TypeRef.PrimitiveKind kind) implements DraftType {}

  record Array(DraftType items) implements DraftType {}

  record MapOf(DraftType values) implements DraftType {}

  /** A collected schema (object, enum or alias), by identity. */
  record Ref(SchemaId id) implements DraftType {}

  record Runtime(String className) implements DraftType {}

  DraftType ANY = new Prim(TypeRef.PrimitiveKind.ANY);
  DraftType STRING = new Prim(TypeRef.PrimitiveKind.STRING);

  static DraftType prim(TypeRef.PrimitiveKind kind) {
    return new Prim(kind);
  }
}
