package io.armgen.generator.config;

import io.armgen.generator.diagnostics.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** A configuration file that cannot be used: every problem found in it, each located. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Not serialised with the exception (diagnostics are records of a run, not of a stream). */
  private final transient List<Diagnostic> problems;

  /**
   * @param problems every problem, each an error with its file, line and pointer; the message
   *     lists them one a line
   */
  public ConfigException(List<Diagnostic> problems) {
    super(problems.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems, in the order found.
   *
   * @return the problems; empty after the exception was deserialized
   */
  public List<Diagnostic> problems() {
    return problems;
  }
}
