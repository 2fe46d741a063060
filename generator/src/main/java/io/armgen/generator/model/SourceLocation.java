package io.armgen.generator.model;

/**
 * Where something came from: a file (as given, repo- or user-relative), a JSON pointer in it and,
 * when known, a 1-based line and column.
 */
public record SourceLocation(String file, String pointer, int line, int column) {
  public static SourceLocation of(String file, String pointer) {
    return new SourceLocation(file, pointer, 0, 0);
  }

  /** {@code file:line:col} when the position is known, {@code file} otherwise; then the pointer. */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return pointer == null || pointer.isEmpty() ? where : where + " (" + pointer + ")";
  }
}
