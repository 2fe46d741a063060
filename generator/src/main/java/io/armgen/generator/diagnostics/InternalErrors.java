package io.armgen.generator.diagnostics;

/**
 * Turns a throwable that escaped a generator stage into an {@code INTERNAL_ERROR} diagnostic, so
 * that a bug shows the user which file was being processed instead of a stack trace.
 */
public final class InternalErrors {
  /** The code of every diagnostic made here. */
  public static final String CODE = "INTERNAL_ERROR";

  private InternalErrors() {}

  /**
   * An error diagnostic for {@code thrown}.
   *
   * @param doing what the stage was doing, e.g. "loading" or "emitting model Foo"
   * @param file the file being processed, as the user named it
   * @param thrown what escaped; only its class and first 300 characters of message are kept
   * @return the diagnostic, with no place in the file
   */
  public static Diagnostic of(String doing, String file, Throwable thrown) {
    return at(doing, file, "", 0, 0, thrown);
  }

  /**
   * As {@link #of}, at a known place in the file.
   *
   * @param doing what the stage was doing
   * @param file the file being processed
   * @param pointer JSON pointer of the place
   * @param line 1-based, 0 when unknown
   * @param column 1-based, 0 when unknown
   * @param thrown what escaped
   * @return the diagnostic
   */
  public static Diagnostic at(String doing, String file, String pointer, int line, int column, Throwable thrown) {
    return Diagnostic.error(CODE, file, pointer, line, column, "internal error while " + doing + ": " + describe(thrown)
        + " (this is a bug in armgen; please report it with the spec)");
  }

  /** The class's simple name and message, without a stack trace; messages are cut to one line. */
  static String describe(Throwable thrown) {
    String message = thrown.getMessage();
    String name = thrown.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return name;
    }
    String oneLine = message.replaceAll("[\\r\\n]+", " ");
    return name + ": " + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine);
  }
}
