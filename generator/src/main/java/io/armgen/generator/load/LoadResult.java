package io.armgen.generator.load;

import io.armgen.generator.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents of one run: the entry documents the user named, every document reached through
 * {@code $ref} (transitively), and every problem found while loading.
 */
public interface LoadResult {
  /**
   * The entry documents, in the order given.
   *
   * @return the documents that loaded; an entry that did not is missing, and reported
   */
  List<SpecDocument> entries();

  /**
   * Every loaded document (entries and referenced).
   *
   * @return the documents by absolute normalised path
   */
  Map<Path, SpecDocument> documents();

  /**
   * Problems found while loading: syntax errors, missing files, dangling refs, ref cycles.
   *
   * @return the diagnostics, in the order found
   */
  List<Diagnostic> diagnostics();

  /**
   * Resolves {@code ref} (e.g. {@code #/definitions/Foo}, {@code ../common/types.json#/parameters/X},
   * {@code ./examples/Get.json}) as written inside {@code from}; follows chains of pure
   * {@code {"$ref": ...}} aliases to the final node.
   *
   * @param from the document the reference is written in
   * @param ref the {@code $ref} text
   * @return empty when the target does not exist (the loader already reported it)
   */
  Optional<ResolvedRef> resolve(SpecDocument from, String ref);
}
