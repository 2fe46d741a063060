package io.armgen.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Test access to the writer's tree deletion (it does not follow symbolic links). */
public final class TestFiles {
  private TestFiles() {}

  /** Deletes {@code root} and everything below it; nothing when it does not exist. */
  public static void deleteTree(Path root) {
    try {
      OutputWriter.deleteTree(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
