package io.armgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.util.List;

/**
 * Renders JavaPoet files to source text, several at once. Rendering is most of the emitter's time
 * (JavaPoet formats every file twice, once to collect its imports) and each file's text depends on
 * that file alone, so the files are rendered in parallel; the list keeps their order, so the
 * output does not depend on scheduling.
 */
final class SourceRenderer {
  private SourceRenderer() {}

  /** The text of each of {@code sources}, in the same order, each starting with {@code header} as a comment. */
  static List<String> render(List<JavaFile> sources, String header) {
    return sources.parallelStream().map(source -> render(source, header)).toList();
  }

  /** The text of {@code source} with {@code header} as its file comment. */
  static String render(JavaFile source, String header) {
    return source.toBuilder().addFileComment("$L", header).build().toString();
  }
}
