package io.armgen.generator.cli;

/** The version from the jar manifest (or "development" when run from classes). */
final class VersionProvider {
  private VersionProvider() {
  }

  static String version() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
