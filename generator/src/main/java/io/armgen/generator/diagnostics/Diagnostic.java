package io.armgen.generator.diagnostics;

import java.util.Locale;

/**
 * One problem found in the input, with where it is. Equal diagnostics are one problem: a run
 * reports each once.
 *
 * @param severity how bad it is
 * @param code stable identifier, e.g. {@code REF_DANGLING}, {@code JSON_SYNTAX}
 * @param file the file as the user named it (relative where it was given relative)
 * @param pointer JSON pointer inside the file ({@code /definitions/Foo/properties/bar}), "" for the root
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param message what is wrong, in one sentence or two, with a "did you mean" where one applies
 */
public record Diagnostic(Severity severity, String code, String file, String pointer, int line, int column, String message) {

  /**
   * An error: the run fails.
   *
   * @param code stable identifier
   * @param file the file as the user named it
   * @param pointer JSON pointer inside the file, "" for the root or none
   * @param line 1-based, 0 when unknown
   * @param column 1-based, 0 when unknown
   * @param message what is wrong
   * @return the diagnostic
   */
  public static Diagnostic error(String code, String file, String pointer, int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, code, file, pointer, line, column, message);
  }

  /**
   * A warning: the run fails only under {@code --strict}.
   *
   * @param code stable identifier
   * @param file the file as the user named it
   * @param pointer JSON pointer inside the file, "" for the root or none
   * @param line 1-based, 0 when unknown
   * @param column 1-based, 0 when unknown
   * @param message what is wrong
   * @return the diagnostic
   */
  public static Diagnostic warning(String code, String file, String pointer, int line, int column, String message) {
    return new Diagnostic(Severity.WARNING, code, file, pointer, line, column, message);
  }

  /**
   * The one-line form the CLI prints, which editors and CI logs link to the place.
   *
   * @return {@code file:line:col: error CODE: message (at /pointer)}; without {@code :line:col}
   *     when the line is unknown, without the pointer when there is none
   */
  public String format() {
    StringBuilder sb = new StringBuilder(file == null ? "<input>" : file);
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    sb.append(": ").append(severity.name().toLowerCase(Locale.ROOT)).append(' ').append(code).append(": ").append(message);
    if (pointer != null && !pointer.isEmpty()) {
      sb.append(" (at ").append(pointer).append(')');
    }
    return sb.toString();
  }

  /** The same as {@link #format()}. */
  @Override
  public String toString() {
    return format();
  }
}
