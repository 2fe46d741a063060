package io.armgen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The SHA-256 that decides whether an execution is up to date: over the generator version, the
 * execution's configuration, and the path and content of every file involved.
 *
 * <p>"Every file" is the union of the spec candidates (so adding a spec to a folder counts) and
 * the files the last run actually read, including those reached only through {@code $ref} and
 * example files: hashing only the entry file misses edits to shared definitions. Computing it
 * reads those files' bytes but parses nothing, so the up-to-date check stays cheap.
 */
final class Fingerprint {
  private static final int BUFFER = 64 * 1024;

  private Fingerprint() {}

  /**
   * The fingerprint, as lowercase hex.
   *
   * @param generatorVersion changes whenever the generator's output may change
   * @param configuration the execution's settings, one canonical string
   * @param files the files to cover; the order does not matter, a missing file hashes as missing
   * @throws UncheckedIOException when a file exists but cannot be read
   */
  static String compute(String generatorVersion, String configuration, Collection<Path> files) {
    MessageDigest digest = sha256();
    update(digest, "armgen-fingerprint-v1");
    update(digest, generatorVersion);
    update(digest, configuration);
    SortedSet<Path> sorted = new TreeSet<>();
    for (Path file : files) {
      sorted.add(file.toAbsolutePath().normalize());
    }
    byte[] buffer = new byte[BUFFER];
    for (Path file : sorted) {
      update(digest, file.toString());
      try (InputStream in = Files.newInputStream(file)) {
        digest.update((byte) 1);
        long length = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
          length += n;
        }
        // the length closes the content, so content|next path cannot be confused with another split
        update(digest, Long.toString(length));
      } catch (NoSuchFileException e) {
        digest.update((byte) 0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + " for the up-to-date check: " + e.getMessage(), e);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** SHA-256 of one file's bytes, as lowercase hex. */
  static String ofFile(Path file) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Length-prefixed, so that "ab"+"c" and "a"+"bc" hash differently. */
  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
