package io.armgen.generator.cli;

/** A command line armgen cannot act on: unknown command or option, missing or bad value (exit 2). */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String command;

  UsageException(String message) {
    this(message, null);
  }

  UsageException(String message, String command) {
    super(message);
    this.command = command;
  }

  /** The hint printed after the message: where the help for this command line is. */
  String hint() {
    return "Try 'armgen " + (command == null ? "" : command + " ") + "--help' for usage.";
  }
}
