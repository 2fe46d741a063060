package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.runtime.arm.MalformedResponseException;
import java.io.IOException;
import org.junit.jupiter.api.function.Executable;

/** The outcome of a response body that does not fit its declared type. */
final class ReadErrors {
  private ReadErrors() {}

  /**
   * {@code call} fails with the typed exception for an unreadable body, caused by the JSON
   * reader's error (a value of the wrong type, out of range, or JSON that does not parse).
   */
  static MalformedResponseException assertReadError(Executable call) {
    MalformedResponseException e = assertThrows(MalformedResponseException.class, call);
    assertInstanceOf(IOException.class, e.getCause(), e.getMessage());
    return e;
  }
}
