package io.armgen.generator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code armgen}: the top-level command; the work is in its subcommands. */
@Command(
    name = "armgen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Generates typed Java clients from Azure Resource Manager Swagger 2.0 specs.",
    subcommands = {GenerateCommand.class, ValidateCommand.class, ModelCommand.class, DocsCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 1 errors in the specs (or output), 2 usage error."})
public final class ArmgenCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: generate, validate or model");
  }

  /** Runs the CLI and returns its exit code (for tests and embedding). */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new ArmgenCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("armgen: internal error: " + ex);
      return 1;
    });
    return cl.execute(args);
  }

  public static void main(String[] args) {
    java.io.PrintWriter out = new java.io.PrintWriter(System.out, true);
    java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
    System.exit(execute(out, err, args));
  }
}
