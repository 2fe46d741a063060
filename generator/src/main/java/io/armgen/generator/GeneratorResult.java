package io.armgen.generator;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.model.ApiModel;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run produced. {@code model} and {@code files} are empty when loading or normalising
 * found errors.
 *
 * @param diagnostics every problem found, each once (a shared definition or parameter is read once
 *     per use, but a problem in it is one problem)
 * @param inputFiles every file read (entries, referenced documents, examples), for fingerprints
 */
public record GeneratorResult(
    ApiModel model,
    List<GeneratedFile> files,
    List<Diagnostic> diagnostics,
    List<Path> inputFiles) {

  public GeneratorResult {
    files = List.copyOf(files);
    diagnostics = diagnostics.stream().distinct().toList();
    inputFiles = List.copyOf(inputFiles);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public long warningCount() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }
}
