package io.armgen.generator.normalize;

/**
 * Settings of one normalisation run.
 *
 * @param packagePrefix the package under which each service gets its own package
 *     ({@code io.armgen.generated} -> {@code io.armgen.generated.containerregistry})
 */
public record NormalizeOptions(String packagePrefix) {
  /** The prefix used when the caller does not choose one. */
  public static final String DEFAULT_PACKAGE_PREFIX = "io.armgen.generated";

  public NormalizeOptions {
    if (packagePrefix == null || packagePrefix.isBlank()) {
      packagePrefix = DEFAULT_PACKAGE_PREFIX;
    }
  }

  /** Options with every setting at its default. */
  public static NormalizeOptions defaults() {
    return new NormalizeOptions(DEFAULT_PACKAGE_PREFIX);
  }
}
