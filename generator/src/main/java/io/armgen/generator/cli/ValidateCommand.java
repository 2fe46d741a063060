package io.armgen.generator.cli;

import io.armgen.generator.GeneratorResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code armgen validate}: load and normalise, report every problem, write nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check specs and report every problem found; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
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
