package io.armgen.generator.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the CLI entry point in-process: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ArmgenCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
