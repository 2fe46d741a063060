package io.armgen.generator.cli;

import io.armgen.generator.GeneratorResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code armgen model}: the normalised common model as JSON, for debugging. */
@Command(name = "model", mixinStandardHelpOptions = true,
    description = "Print the normalised model (services, types, operations, resources) as JSON.")
final class ModelCommand implements Callable<Integer> {
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
    if (result.model() == null) {
      return 1;
    }
    out.println(ModelJson.write(result.model()));
    return DiagnosticPrinter.fails(result.diagnostics(), input.strict) ? 1 : 0;
  }
}
