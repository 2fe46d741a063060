package io.armgen.generator.normalize;

import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import java.util.Optional;

/** Following {@code $ref}s in raw Swagger to the node they finally lead to. */
final class RefChains {
  private RefChains() {}

  /**
   * The node at the end of {@code site}'s {@code $ref} chain ({@code site} itself without one); a
   * dangling reference, already reported by the loader, ends the chain where it is.
   */
  static ResolvedRef end(LoadResult loaded, ResolvedRef site) {
    ResolvedRef current = site;
    for (int hops = 0; hops < 16 && current.node().path("$ref").isTextual(); hops++) {
      Optional<ResolvedRef> next = loaded.resolve(current.document(), current.node().get("$ref").textValue());
      if (next.isEmpty()) {
        break;
      }
      current = next.get();
    }
    return current;
  }
}
