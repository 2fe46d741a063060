package io.armgen.generator.write;

/** The output could not be written; the previous output is unchanged. */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what could not be written, and why
   */
  public OutputException(String message) {
    super(message);
  }

  /**
   * @param message what could not be written
   * @param cause the I/O failure
   */
  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
