package io.armgen.generator.cli;

import java.io.PrintWriter;
import java.util.List;

/** One {@code armgen} subcommand: its options for parsing and help, and what it does. */
interface Subcommand {
  /** The word that selects it, e.g. {@code generate}. */
  String name();

  /** One line for the help. */
  String description();

  /**
   * Its options, in help order; {@code -h/--help} is added by the dispatcher. By default the
   * options every command that reads specs shares.
   */
  default List<CliOption> options() {
    return InputOptions.OPTIONS;
  }

  /** The positional arguments' label and help line; by default the specs to read. */
  default String[] positionals() {
    return InputOptions.SPECS;
  }

  /**
   * Runs it.
   *
   * @return the exit code: 0 success, 1 errors in the specs or output, 2 usage error
   * @throws UsageException when an option's value is unusable
   */
  int run(ParsedArgs args, PrintWriter out, PrintWriter err) throws UsageException;
}
