package io.armgen.generator.cli;

import java.util.ArrayList;
import java.util.List;

/** The help screens: {@code armgen --help} and {@code armgen <command> --help}. */
final class HelpText {
  static final CliOption HELP = CliOption.flag("Show this help and exit.", "-h", "--help");
  static final CliOption VERSION = CliOption.flag("Print version information and exit.", "-V", "--version");
  private static final String EXIT_CODES = "Exit codes: 0 success, 1 errors in the specs (or output), 2 usage error.";

  private HelpText() {
  }

  /** The top-level help: usage, the subcommands and the exit codes. */
  static String main(List<Subcommand> commands) {
    StringBuilder b = new StringBuilder();
    b.append("Usage: armgen [-hV] COMMAND [OPTIONS] [SPEC...]\n")
        .append("Generates typed Java clients from Azure Resource Manager Swagger 2.0 specs.\n\n")
        .append("Options:\n");
    appendOptions(b, List.of(HELP, VERSION));
    b.append("\nCommands:\n");
    int width = 4;
    for (Subcommand c : commands) {
      width = Math.max(width, c.name().length());
    }
    for (Subcommand c : commands) {
      b.append("  ").append(pad(c.name(), width)).append("  ").append(c.description()).append('\n');
    }
    b.append("  ").append(pad("help", width)).append("  Show the help of a command: armgen help COMMAND.\n");
    return b.append('\n').append(EXIT_CODES).append('\n').toString();
  }

  /** One subcommand's help: usage, description, positionals and options with their defaults. */
  static String command(Subcommand command) {
    StringBuilder b = new StringBuilder();
    String[] positional = command.positionals();
    b.append("Usage: armgen ").append(command.name()).append(" [OPTIONS]");
    if (positional != null) {
      b.append(" [").append(positional[0]).append("...]");
    }
    b.append('\n').append(command.description()).append("\n\n");
    if (positional != null) {
      b.append("Arguments:\n  ").append(positional[0]).append("...  ").append(positional[1]).append("\n\n");
    }
    b.append("Options:\n");
    List<CliOption> options = new ArrayList<>(command.options());
    options.add(HELP);
    appendOptions(b, options);
    return b.append('\n').append(EXIT_CODES).append('\n').toString();
  }

  private static void appendOptions(StringBuilder b, List<CliOption> options) {
    List<String> left = new ArrayList<>();
    int width = 0;
    for (CliOption o : options) {
      String l = String.join(", ", o.names()) + (o.isFlag() ? "" : " " + o.label());
      left.add(l);
      width = Math.max(width, l.length());
    }
    for (int i = 0; i < options.size(); i++) {
      CliOption o = options.get(i);
      b.append("  ").append(pad(left.get(i), width)).append("  ").append(o.description());
      if (o.defaultValue() != null) {
        b.append(" Default: ").append(o.defaultValue());
      }
      b.append('\n');
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
