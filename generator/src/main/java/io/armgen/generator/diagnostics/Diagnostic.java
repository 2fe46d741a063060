package io.armgen.generator.diagnostics;

import java.util.Locale;

/**
 * One problem found in the input, with where it is.
 *
 * @param code stable identifier, e.g. {@code REF_DANGLING}, {@code JSON_SYNTAX}
 * @param file the file as the user named it (relative where it was given relative)
 * @param pointer JSON pointer inside the file ({@code /definitions/Foo/properties/bar}), "" for the root
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 */
public record Diagnostic(Severity severity, String code, String file, String pointer, int line, int column, String message) {

  public static Diagnostic error(String code, String file, String pointer, int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, code, file, pointer, line, column, message);
  }

  public static Diagnostic warning(String code, String file, String pointer, int line, int column, String message) {
    return new Diagnostic(Severity.WARNING, code, file, pointer, line, column, message);
  }

  /** {@code file:line:col: error CODE: message (at /pointer)}. */
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

  @Override
  public String toString() {
    return format();
  }
}
