package io.armgen.generator.normalize;

import io.armgen.generator.load.ResolvedRef;

/**
 * A schema that produces no type of its own: a primitive or array definition, a definition
 * replaced by a runtime class, or an enum merged into an equal one.
 */
record AliasDraft(SchemaId id, ResolvedRef site, DraftType target) implements SchemaDraft {}
