package io.armgen.generator.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** {@code armgen}: picks the subcommand, handles help, version and usage errors, and maps the exit code. */
public final class ArmgenCommand {
  private static final List<Subcommand> COMMANDS =
      List.of(new GenerateCommand(), new ValidateCommand(), new ModelCommand(), new DocsCommand());

  private ArmgenCommand() {
  }

  /**
   * Runs the CLI without exiting (for tests and embedding). Nothing is thrown: a usage error or a
   * bug is reported on {@code err} and as the exit code.
   *
   * @param out where results and help go
   * @param err where diagnostics and errors go
   * @param args the command line, without the program name
   * @return the exit code: 0 success, 1 errors in the specs or output, 2 usage error
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    try {
      return dispatch(out, err, Arrays.asList(args));
    } catch (UsageException e) {
      err.println(TerminalText.escapeLines("armgen: " + e.getMessage()));
      err.println(TerminalText.escape(e.hint()));
      return 2;
    } catch (RuntimeException | Error e) {
      // The generator turns what it can into diagnostics; anything left is a bug, reported as one.
      err.println(TerminalText.escape("armgen: internal error: " + e));
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int dispatch(PrintWriter out, PrintWriter err, List<String> args) throws UsageException {
    if (args.isEmpty()) {
      throw new UsageException("Missing subcommand: generate, validate, model or docs");
    }
    String first = args.get(0);
    List<String> rest = args.subList(1, args.size());
    if (HelpText.HELP.names().contains(first)) {
      out.print(HelpText.main(COMMANDS));
      return 0;
    }
    if (HelpText.VERSION.names().contains(first)) {
      out.println("armgen " + VersionProvider.version() + " (commit " + VersionProvider.commit() + ")");
      out.println("Java " + System.getProperty("java.version"));
      return 0;
    }
    if (first.equals("help")) {
      out.print(rest.isEmpty() ? HelpText.main(COMMANDS) : HelpText.command(command(rest.get(0))));
      return 0;
    }
    Subcommand command = command(first);
    if (rest.stream().anyMatch(HelpText.HELP.names()::contains)) {
      out.print(HelpText.command(command));
      return 0;
    }
    try {
      return command.run(ParsedArgs.parse(command.options(), rest), out, err);
    } catch (UsageException e) {
      throw new UsageException(e.getMessage(), command.name());
    }
  }

  private static Subcommand command(String name) throws UsageException {
    for (Subcommand c : COMMANDS) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new UsageException(name.startsWith("-") ? "Unknown option: '" + name + "'"
        : "Unknown command: '" + name + "' (commands: generate, validate, model, docs, help)");
  }

  /**
   * Runs the CLI on the console and exits the JVM with {@link #execute}'s exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(execute(out, err, args));
  }
}
