package io.armgen.generator.normalize;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.model.ApiModel;
import java.util.List;

/**
 * The normalised model and the problems found while building it. The loader's own diagnostics
 * are not repeated here.
 */
public record NormalizeResult(ApiModel model, List<Diagnostic> diagnostics) {
  public NormalizeResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
