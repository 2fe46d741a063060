package io.armgen.generator.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How {@link SpecLoader} treats references and limits.
 *
 * @param allowRemoteRefs when false (the default) a {@code $ref} to an http(s) URL is an error;
 *     when true it is only a warning. Either way this version never fetches it.
 * @param allowedRoots folders a {@code $ref} may reach in addition to the default root computed
 *     from the entry files (see {@link LoadRoots#defaultRoots})
 * @param maxNestingDepth deepest object/array nesting accepted; deeper documents are reported as
 *     {@link LoadCodes#NESTING_TOO_DEEP} instead of loaded, to protect later recursive stages
 * @param workingDirectory folder that display names are made relative to
 */
public record LoaderOptions(boolean allowRemoteRefs, List<Path> allowedRoots, int maxNestingDepth, Path workingDirectory) {

  /** Generous: real ARM specs nest about 30 levels; this only stops pathological input. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 2_000;

  /**
   * Normalises the paths and checks the limit.
   *
   * @param allowRemoteRefs whether a remote {@code $ref} is only a warning
   * @param allowedRoots extra folders {@code $ref}s may reach
   * @param maxNestingDepth deepest nesting accepted
   * @param workingDirectory folder display names are relative to
   * @throws IllegalArgumentException if {@code maxNestingDepth} is below 1
   * @throws NullPointerException if {@code workingDirectory} or {@code allowedRoots} is null
   */
  public LoaderOptions {
    allowedRoots = allowedRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    if (maxNestingDepth < 1) {
      throw new IllegalArgumentException("maxNestingDepth must be positive");
    }
    workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath().normalize();
  }

  /**
   * Remote refs refused, no extra roots, default depth limit, the process working directory.
   *
   * @return the options
   */
  public static LoaderOptions defaults() {
    return new LoaderOptions(false, List.of(), DEFAULT_MAX_NESTING_DEPTH, Path.of(""));
  }

  /**
   * A copy with {@link #allowRemoteRefs()} set.
   *
   * @param allow whether a remote {@code $ref} is only a warning
   * @return the copy
   */
  public LoaderOptions withAllowRemoteRefs(boolean allow) {
    return new LoaderOptions(allow, allowedRoots, maxNestingDepth, workingDirectory);
  }

  /**
   * A copy with {@link #allowedRoots()} replaced (added to the default root, never instead of it).
   *
   * @param roots the extra roots
   * @return the copy
   */
  public LoaderOptions withAllowedRoots(List<Path> roots) {
    return new LoaderOptions(allowRemoteRefs, roots, maxNestingDepth, workingDirectory);
  }

  /**
   * A copy with {@link #maxNestingDepth()} set.
   *
   * @param depth deepest nesting accepted, at least 1
   * @return the copy
   */
  public LoaderOptions withMaxNestingDepth(int depth) {
    return new LoaderOptions(allowRemoteRefs, allowedRoots, depth, workingDirectory);
  }

  /**
   * A copy with {@link #workingDirectory()} set.
   *
   * @param dir folder display names are relative to
   * @return the copy
   */
  public LoaderOptions withWorkingDirectory(Path dir) {
    return new LoaderOptions(allowRemoteRefs, allowedRoots, maxNestingDepth, dir);
  }
}
