package io.armgen.generator.cli;

import io.armgen.generator.GeneratorResult;
import java.io.PrintWriter;

/** {@code armgen validate}: load and normalise, report every problem, write nothing. */
final class ValidateCommand implements Subcommand {
  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String description() {
    return "Check specs and report every problem found; writes nothing.";
  }

  @Override
  public int run(ParsedArgs args, PrintWriter out, PrintWriter err) throws UsageException {
    InputOptions input = new InputOptions(args);
    GeneratorResult result = input.check(err);
    if (result == null) {
      return 2;
    }
    boolean failed = DiagnosticPrinter.fails(result.diagnostics(), input.strict);
    out.println("armgen: " + (failed ? "invalid" : "valid") + ": " + Summary.problems(result.diagnostics())
        + (result.model() == null ? "" : "; " + Summary.totals(result.model())));
    return failed ? 1 : 0;
  }
}
