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
 * @param model the normalised model; null when loading or normalising found errors
 * @param files the Java files to write, in a stable order; empty after any error and for
 *     {@link Generator#check}
 * @param diagnostics every problem found, each once (a shared definition or parameter is read once
 *     per use, but a problem in it is one problem)
 * @param inputFiles every file read (entries, referenced documents, examples), for fingerprints
 */
public record GeneratorResult(
    ApiModel model,
    List<GeneratedFile> files,
    List<Diagnostic> diagnostics,
    List<Path> inputFiles) {

  /**
   * Copies the lists, keeping the first of equal diagnostics.
   *
   * @param model the model, or null
   * @param files the files
   * @param diagnostics the diagnostics, in the order found
   * @param inputFiles the files read
   */
  public GeneratorResult {
    files = List.copyOf(files);
    diagnostics = diagnostics.stream().distinct().toList();
    inputFiles = List.copyOf(inputFiles);
  }

  /**
   * Whether the run found an error; then nothing should be written.
   *
   * @return true when a diagnostic has {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * How many warnings the run found (what {@code --strict} turns into a failure).
   *
   * @return the number of {@link Severity#WARNING} diagnostics
   */
  public long warningCount() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }
}
