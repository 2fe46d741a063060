package io.armgen.generator;

import io.armgen.generator.normalize.OperationFilter;
import io.armgen.generator.normalize.SharedShapesMode;
import java.nio.file.Path;
import java.util.List;

/**
 * What one generator run takes.
 *
 * @param inputs spec files and folders (folders are searched for Swagger 2.0 entry documents)
 * @param packagePrefix Java package prefix; each service gets {@code <prefix>.<service>}
 * @param allowRemoteRefs let {@code $ref} name http(s) URLs (they are still not fetched in this version)
 * @param allowedRoots extra folders that {@code $ref}s may reach outside the specs' root
 * @param sharedShapes whether concepts several services define alike get shared interfaces
 * @param operationFilter which operations to generate, by operationId and tag
 */
public record GeneratorOptions(List<Path> inputs, String packagePrefix, boolean allowRemoteRefs, List<Path> allowedRoots,
    SharedShapesMode sharedShapes, OperationFilter operationFilter) {
  /** The package prefix when none is given. */
  public static final String DEFAULT_PACKAGE_PREFIX = "io.armgen.generated";

  /**
   * Copies the lists and fills in defaults: {@link #DEFAULT_PACKAGE_PREFIX} for a null or blank
   * prefix, {@link SharedShapesMode#AUTO}, and every operation. The prefix is checked when a run
   * starts, not here.
   *
   * @param inputs spec files and folders
   * @param packagePrefix Java package prefix, or null for the default
   * @param allowRemoteRefs let {@code $ref} name http(s) URLs
   * @param allowedRoots extra folders {@code $ref}s may reach
   * @param sharedShapes shared-shape mode, or null for {@link SharedShapesMode#AUTO}
   * @param operationFilter which operations to generate, or null for all
   * @throws NullPointerException if {@code inputs} or {@code allowedRoots} is null or holds null
   */
  public GeneratorOptions {
    inputs = List.copyOf(inputs);
    allowedRoots = List.copyOf(allowedRoots);
    if (packagePrefix == null || packagePrefix.isBlank()) {
      packagePrefix = DEFAULT_PACKAGE_PREFIX;
    }
    if (sharedShapes == null) {
      sharedShapes = SharedShapesMode.AUTO;
    }
    if (operationFilter == null) {
      operationFilter = OperationFilter.NONE;
    }
  }

  /**
   * Options that generate every operation.
   *
   * @param inputs spec files and folders
   * @param packagePrefix Java package prefix, or null for the default
   * @param allowRemoteRefs let {@code $ref} name http(s) URLs
   * @param allowedRoots extra folders {@code $ref}s may reach
   * @param sharedShapes shared-shape mode, or null for {@link SharedShapesMode#AUTO}
   */
  public GeneratorOptions(List<Path> inputs, String packagePrefix, boolean allowRemoteRefs, List<Path> allowedRoots,
      SharedShapesMode sharedShapes) {
    this(inputs, packagePrefix, allowRemoteRefs, allowedRoots, sharedShapes, OperationFilter.NONE);
  }

  /**
   * Options with shared shapes at their default ({@link SharedShapesMode#AUTO}) and every operation.
   *
   * @param inputs spec files and folders
   * @param packagePrefix Java package prefix, or null for the default
   * @param allowRemoteRefs let {@code $ref} name http(s) URLs
   * @param allowedRoots extra folders {@code $ref}s may reach
   */
  public GeneratorOptions(List<Path> inputs, String packagePrefix, boolean allowRemoteRefs, List<Path> allowedRoots) {
    this(inputs, packagePrefix, allowRemoteRefs, allowedRoots, SharedShapesMode.AUTO);
  }

  /**
   * The same options with another shared-shape mode.
   *
   * @param mode the mode, or null for {@link SharedShapesMode#AUTO}
   * @return new options
   */
  public GeneratorOptions withSharedShapes(SharedShapesMode mode) {
    return new GeneratorOptions(inputs, packagePrefix, allowRemoteRefs, allowedRoots, mode, operationFilter);
  }

  /**
   * Options with every setting at its default: {@link #DEFAULT_PACKAGE_PREFIX}, no remote refs, no
   * extra roots, shared shapes on {@link SharedShapesMode#AUTO}, every operation.
   *
   * @param inputs spec files and folders
   * @return the options
   */
  public static GeneratorOptions of(List<Path> inputs) {
    return new GeneratorOptions(inputs, DEFAULT_PACKAGE_PREFIX, false, List.of());
  }
}
