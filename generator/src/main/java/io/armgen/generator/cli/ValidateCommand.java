package io.armgen.generator.cli;

import io.armgen.generator.GeneratorResult;
import io.armgen.generator.model.Service;
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
    long start = System.nanoTime();
    InputOptions input = new InputOptions(args);
    GeneratorResult result = input.run(false, err);
    boolean failed = DiagnosticPrinter.fails(result.diagnostics(), input.strict);
    if (!input.quiet) {
      if (input.verbose && result.model() != null) {
        for (Service s : result.model().services()) {
          out.println("  " + Summary.service(s));
        }
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      out.println(TerminalText.escape("armgen: " + (failed ? "invalid" : "valid") + ": " + Summary.problems(result.diagnostics())
          + (result.model() == null ? "" : "; " + Summary.totals(result.model())) + " (" + ms + " ms)"
          + Summary.strictNote(input.strict) + input.settingsNote()));
    }
    return failed ? 1 : 0;
  }
}
