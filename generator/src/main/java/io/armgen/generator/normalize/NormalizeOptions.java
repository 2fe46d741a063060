package io.armgen.generator.normalize;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Settings of one normalisation run.
 *
 * @param packagePrefix the package under which each service gets its own package
 *     ({@code io.armgen.generated} -> {@code io.armgen.generated.containerregistry})
 * @param sharedShapes whether concepts several services define alike become shared shapes
 */
public record NormalizeOptions(String packagePrefix, SharedShapesMode sharedShapes) {
  /** The prefix used when the caller does not choose one. */
  public static final String DEFAULT_PACKAGE_PREFIX = "io.armgen.generated";

  private static final Pattern PACKAGE =
      Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

  /**
   * @throws IllegalArgumentException when the prefix is not a lower-case Java package name
   */
  public NormalizeOptions {
    if (packagePrefix == null || packagePrefix.isBlank()) {
      packagePrefix = DEFAULT_PACKAGE_PREFIX;
    }
    if (!PACKAGE.matcher(packagePrefix).matches()
        || Arrays.stream(packagePrefix.split("\\.")).anyMatch(JavaNames.KEYWORDS::contains)) {
      throw new IllegalArgumentException("packagePrefix must be a lower-case Java package name: " + packagePrefix);
    }
    if (sharedShapes == null) {
      sharedShapes = SharedShapesMode.AUTO;
    }
  }

  /** Options with this prefix and shared shapes at their default ({@link SharedShapesMode#AUTO}). */
  public NormalizeOptions(String packagePrefix) {
    this(packagePrefix, SharedShapesMode.AUTO);
  }

  /** Options with every setting at its default. */
  public static NormalizeOptions defaults() {
    return new NormalizeOptions(DEFAULT_PACKAGE_PREFIX);
  }
}
