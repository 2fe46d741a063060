package io.armgen.generator.normalize;

import io.armgen.generator.load.ResolvedRef;

/** What a collected schema is while the passes run: an object, an enum or an alias of a type. */
sealed interface SchemaDraft permits ObjectDraft, EnumDraft, AliasDraft {
  SchemaId id();

  /** Where the schema is written. */
  ResolvedRef site();
}
