package io.armgen.generator.normalize;

import io.armgen.generator.load.ResolvedRef;
import java.nio.file.Path;

/**
 * Identity of a schema across files: same-named definitions of different documents are different
 * schemas.
 */
record SchemaId(Path document, String pointer) {
  static SchemaId of(ResolvedRef site) {
    return new SchemaId(site.document().path(), site.pointer());
  }
}
