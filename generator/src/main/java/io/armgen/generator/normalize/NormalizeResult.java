package io.armgen.generator.normalize;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.model.ApiModel;
import java.util.List;

/**
 * The normalised model and the problems found while building it. The loader's own diagnostics
 * are not repeated here.
 *
 * @param model the model; built even when there are errors, but then not fit to emit
 * @param diagnostics this stage's problems
 */
public record NormalizeResult(ApiModel model, List<Diagnostic> diagnostics) {
  /**
   * Copies the diagnostics.
   *
   * @param model the model
   * @param diagnostics the problems
   */
  public NormalizeResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
