package io.armgen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful run of one execution recorded: its fingerprint and the files it covered
 * (so the next build can re-hash exactly those without parsing any spec). Plain text:
 * <pre>
 * # armgen fingerprint
 * fingerprint=&lt;sha-256 hex&gt;
 * file=&lt;absolute path&gt;
 * ...
 * </pre>
 *
 * @param fingerprint the {@link Fingerprint#compute} value
 * @param files the files it covered, absolute
 */
record FingerprintFile(String fingerprint, List<Path> files) {
  private static final String HEADER = "# armgen fingerprint";
  private static final String FINGERPRINT = "fingerprint=";
  private static final String FILE = "file=";

  FingerprintFile {
    files = List.copyOf(files);
  }

  /** Reads {@code path}; empty when it is missing or not in this format (then the run regenerates). */
  static Optional<FingerprintFile> read(Path path) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return Optional.empty();
    }
    String fingerprint = null;
    List<Path> files = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith(FINGERPRINT)) {
        fingerprint = line.substring(FINGERPRINT.length());
      } else if (line.startsWith(FILE)) {
        files.add(Path.of(line.substring(FILE.length())));
      }
    }
    return fingerprint == null ? Optional.empty() : Optional.of(new FingerprintFile(fingerprint, files));
  }

  /** Writes to {@code path} through a temporary file and a rename, so a killed build leaves no half file. */
  void write(Path path) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append(FINGERPRINT).append(fingerprint).append('\n');
    for (Path file : files) {
      text.append(FILE).append(file).append('\n');
    }
    Files.createDirectories(path.getParent());
    Path temp = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
