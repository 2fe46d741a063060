package io.armgen.generator.model;

/**
 * Where something came from: a file (as given, repo- or user-relative), a JSON pointer in it and,
 * when known, a 1-based line and column.
 *
 * @param file the file as given, repo- or user-relative
 * @param pointer the JSON pointer, {@code ""} for the whole file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record SourceLocation(String file, String pointer, int line, int column) {
  /**
   * A location without a known line and column.
   *
   * @param file the file as given
   * @param pointer the JSON pointer, {@code ""} for the whole file
   * @return the location
   */
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
