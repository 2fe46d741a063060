package io.armgen.generator.write;

/**
 * TEST-ONLY hook: when the system property {@value #PROPERTY} is set to N, the writer prints
 * {@value #MARKER} to stderr after staging N files and then sleeps, so that a test can kill the
 * process at that moment and check that the previous output survived. Never set it otherwise; it
 * only ever delays a run, it cannot change what is written.
 */
final class TestPause {
  /** The system property naming after how many staged files to pause. */
  static final String PROPERTY = "armgen.test.pauseAfterFiles";
  /** Printed (followed by the file count) when the pause starts. */
  static final String MARKER = "armgen: test pause after files: ";
  private static final long PAUSE_MILLIS = 120_000;

  private TestPause() {}

  static OutputWriter.WriteHook fromSystemProperty() {
    Integer after = Integer.getInteger(PROPERTY);
    if (after == null) {
      return OutputWriter.WriteHook.NONE;
    }
    return written -> {
      if (written == after) {
        System.err.println(MARKER + written);
        System.err.flush();
        try {
          Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
