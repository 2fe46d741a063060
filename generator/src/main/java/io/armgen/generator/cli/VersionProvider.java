package io.armgen.generator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and the commit armgen was built from, as the build wrote them into build.properties. */
final class VersionProvider {
  private static final Properties BUILD = read();

  private VersionProvider() {
  }

  /** E.g. {@code 0.2.0}; "development" when the resource was not filtered by a build. */
  static String version() {
    return value("version", "development");
  }

  /** The abbreviated commit id, or "unknown" when the build was not made from a git checkout. */
  static String commit() {
    return value("commit", "unknown");
  }

  private static String value(String key, String fallback) {
    String v = BUILD.getProperty(key);
    return v == null || v.isBlank() || v.startsWith("${") ? fallback : v;
  }

  private static Properties read() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/io/armgen/generator/build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unreadable resource leaves the fallbacks: the version line must never fail the CLI
    }
    return p;
  }
}
