package io.armgen.generator.normalize;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of one normalisation run.
 *
 * @param packagePrefix the package under which each service gets its own package
 *     ({@code io.armgen.generated} -> {@code io.armgen.generated.containerregistry})
 * @param sharedShapes whether concepts several services define alike become shared shapes
 * @param operationFilter which operations to generate (by operationId and tag)
 */
public record NormalizeOptions(String packagePrefix, SharedShapesMode sharedShapes, OperationFilter operationFilter) {
  /** The prefix used when the caller does not choose one. */
  public static final String DEFAULT_PACKAGE_PREFIX = "io.armgen.generated";

  private static final Pattern PACKAGE =
      Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

  /**
   * Fills in defaults for null values and checks the prefix.
   *
   * @param packagePrefix the prefix, or null or blank for {@link #DEFAULT_PACKAGE_PREFIX}
   * @param sharedShapes the mode, or null for {@link SharedShapesMode#AUTO}
   * @param operationFilter the filter, or null for every operation
   * @throws IllegalArgumentException when the prefix is not a lower-case Java package name (the
   *     message is {@link #packagePrefixProblem}'s)
   */
  public NormalizeOptions {
    if (packagePrefix == null || packagePrefix.isBlank()) {
      packagePrefix = DEFAULT_PACKAGE_PREFIX;
    }
    Optional<String> problem = packagePrefixProblem(packagePrefix);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    if (sharedShapes == null) {
      sharedShapes = SharedShapesMode.AUTO;
    }
    if (operationFilter == null) {
      operationFilter = OperationFilter.NONE;
    }
  }

  /**
   * Options with every operation generated.
   *
   * @param packagePrefix the prefix, or null for the default
   * @param sharedShapes the mode, or null for {@link SharedShapesMode#AUTO}
   * @throws IllegalArgumentException when the prefix is not a lower-case Java package name
   */
  public NormalizeOptions(String packagePrefix, SharedShapesMode sharedShapes) {
    this(packagePrefix, sharedShapes, OperationFilter.NONE);
  }

  /**
   * What is wrong with {@code prefix} as a package prefix, said without naming the option (the CLI
   * and the plugin spell it differently): a Java keyword among its parts, or not lower-case
   * dot-separated identifiers. Empty when it is fine.
   *
   * @param prefix the prefix to check
   * @return the problem, or empty
   */
  public static Optional<String> packagePrefixProblem(String prefix) {
    Optional<String> keyword = Arrays.stream(prefix.split("\\.", -1)).filter(JavaNames.KEYWORDS::contains).findFirst();
    if (keyword.isPresent()) {
      return Optional.of("'" + prefix + "' is not a valid package prefix: '" + keyword.get()
          + "' is a Java keyword and cannot be part of a package name");
    }
    if (!PACKAGE.matcher(prefix).matches()) {
      return Optional.of("'" + prefix + "' is not a valid package prefix: use lower-case Java identifiers"
          + " separated by dots, such as com.example.azure");
    }
    return Optional.empty();
  }

  /**
   * Options with this prefix and shared shapes at their default ({@link SharedShapesMode#AUTO}).
   *
   * @param packagePrefix the prefix, or null for the default
   * @throws IllegalArgumentException when the prefix is not a lower-case Java package name
   */
  public NormalizeOptions(String packagePrefix) {
    this(packagePrefix, SharedShapesMode.AUTO);
  }

  /**
   * Options with every setting at its default.
   *
   * @return the options
   */
  public static NormalizeOptions defaults() {
    return new NormalizeOptions(DEFAULT_PACKAGE_PREFIX);
  }
}
