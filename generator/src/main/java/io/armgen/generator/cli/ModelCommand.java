package io.armgen.generator.cli;

import io.armgen.generator.GeneratorResult;
import java.io.PrintWriter;

/** {@code armgen model}: the normalised common model as JSON, for debugging. */
final class ModelCommand implements Subcommand {
  @Override
  public String name() {
    return "model";
  }

  @Override
  public String description() {
    return "Print the normalised model (services, types, operations, resources) as JSON.";
  }

  @Override
  public int run(ParsedArgs args, PrintWriter out, PrintWriter err) throws UsageException {
    InputOptions input = new InputOptions(args);
    GeneratorResult result = input.run(false, err);
    if (result.model() == null) {
      return 1;
    }
    out.println(ModelJson.write(result.model()));
    return DiagnosticPrinter.fails(result.diagnostics(), input.strict) ? 1 : 0;
  }
}
