package io.armgen.maven;

import io.armgen.generator.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * Identifies the generator that produces the output, for the fingerprint: its version and the
 * SHA-256 of the generator jar (or of its class files, in a reactor build). The version alone is
 * not enough, release or not: a checkout of a release tag is rebuilt with changes while its
 * version stays the same, and consumers must then regenerate. The jar is hashed once per plugin
 * class loader.
 */
final class GeneratorVersion {
  private GeneratorVersion() {}

  /** Computed once per plugin class loader; a new generator jar comes with a new class loader. */
  private static final class Holder {
    static final String VALUE = describe();
  }

  /** E.g. {@code 0.2.0+sha256:ab12...}, or {@code 0.2.0+classes:cd34...} when run from class folders. */
  static String current() {
    return Holder.VALUE;
  }

  /** The version as the generator jar's manifest states it, or "development" when run from classes. */
  static String declared() {
    String version = Generator.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  private static String describe() {
    String version = declared();
    Path code = generatorCode();
    if (code == null) {
      return version;
    }
    try {
      if (Files.isRegularFile(code)) {
        return version + "+sha256:" + Fingerprint.ofFile(code);
      }
      // a reactor build may hand the plugin the generator's target/classes instead of its jar
      try (Stream<Path> files = Files.walk(code)) {
        List<Path> classes = files.filter(Files::isRegularFile).toList();
        return version + "+classes:" + Fingerprint.compute(version, "generator classes", classes);
      }
    } catch (IOException | UncheckedIOException e) {
      return version;
    }
  }

  /** The jar or class folder the generator was loaded from, or null when unknown. */
  private static Path generatorCode() {
    CodeSource source = Generator.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return Files.exists(path) ? path : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
