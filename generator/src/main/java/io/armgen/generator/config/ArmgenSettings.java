package io.armgen.generator.config;

import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.normalize.OperationFilter;
import io.armgen.generator.normalize.SharedShapesMode;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings of a run, from a configuration file ({@link ConfigFile}), command-line flags or
 * plugin parameters; {@code null} means "not set here", so that one source can override another
 * ({@link #overriddenBy}). Paths are absolute or relative to the working directory; spec entries
 * are files, folders or globs. The one list of options is documented in CONFIGURATION.md.
 *
 * @param specs spec files, folders or globs
 * @param apiVersions only the entry specs whose {@code info.version} is listed
 * @param packagePrefix the Java package prefix
 * @param output where the Java sources go
 * @param samples where one runnable sample per {@code x-ms-examples} entry goes
 * @param sharedShapes shared interfaces for concepts several specs define alike
 * @param strict warnings fail the run
 * @param allowRemoteRefs accept {@code $ref}s to http(s) URLs
 * @param allowedRoots extra folders {@code $ref}s may reach
 * @param includeOperations operationIds to generate
 * @param excludeOperations operationIds to leave out
 * @param includeTags tags whose operations to generate
 * @param excludeTags tags whose operations to leave out
 */
public record ArmgenSettings(List<String> specs, List<String> apiVersions, String packagePrefix, Path output, Path samples,
    SharedShapesMode sharedShapes, Boolean strict, Boolean allowRemoteRefs, List<Path> allowedRoots,
    List<OperationFilter.Rule> includeOperations, List<OperationFilter.Rule> excludeOperations,
    List<OperationFilter.Rule> includeTags, List<OperationFilter.Rule> excludeTags) {

  /** Nothing set. */
  public static final ArmgenSettings NONE = new Builder().build();

  /**
   * Copies the lists that are set; null stays null ("not set").
   *
   * @param specs spec entries, or null
   * @param apiVersions api versions, or null
   * @param packagePrefix package prefix, or null
   * @param output output folder, or null
   * @param samples samples folder, or null
   * @param sharedShapes shared-shape mode, or null
   * @param strict strictness, or null
   * @param allowRemoteRefs remote refs, or null
   * @param allowedRoots extra roots, or null
   * @param includeOperations included operationIds, or null
   * @param excludeOperations excluded operationIds, or null
   * @param includeTags included tags, or null
   * @param excludeTags excluded tags, or null
   */
  public ArmgenSettings {
    specs = copy(specs);
    apiVersions = copy(apiVersions);
    allowedRoots = copy(allowedRoots);
    includeOperations = copy(includeOperations);
    excludeOperations = copy(excludeOperations);
    includeTags = copy(includeTags);
    excludeTags = copy(excludeTags);
  }

  /**
   * These settings with every one that {@code higher} sets taken from it: a flag over the
   * settings file. A list is taken whole, not merged.
   *
   * @param higher the settings that win
   * @return the combined settings
   */
  public ArmgenSettings overriddenBy(ArmgenSettings higher) {
    return new ArmgenSettings(
        pick(higher.specs, specs), pick(higher.apiVersions, apiVersions), pick(higher.packagePrefix, packagePrefix),
        pick(higher.output, output), pick(higher.samples, samples), pick(higher.sharedShapes, sharedShapes),
        pick(higher.strict, strict), pick(higher.allowRemoteRefs, allowRemoteRefs), pick(higher.allowedRoots, allowedRoots),
        pick(higher.includeOperations, includeOperations), pick(higher.excludeOperations, excludeOperations),
        pick(higher.includeTags, includeTags), pick(higher.excludeTags, excludeTags));
  }

  /**
   * Whether warnings fail the run.
   *
   * @return true only when {@code strict} is set to true
   */
  public boolean isStrict() {
    return Boolean.TRUE.equals(strict);
  }

  /**
   * The operation filter the four lists make.
   *
   * @return the filter; {@link OperationFilter#NONE}'s equal when no list is set
   */
  public OperationFilter operationFilter() {
    return new OperationFilter(orEmpty(includeOperations), orEmpty(excludeOperations), orEmpty(includeTags),
        orEmpty(excludeTags));
  }

  /**
   * The generator's options for these entry files; unset settings take the generator's defaults.
   *
   * @param entries the entry files, as {@link EntrySelection#entries()} picked them
   * @return the options
   */
  public GeneratorOptions generatorOptions(List<Path> entries) {
    return new GeneratorOptions(entries, packagePrefix, Boolean.TRUE.equals(allowRemoteRefs), orEmpty(allowedRoots),
        sharedShapes, operationFilter());
  }

  private static <T> T pick(T higher, T lower) {
    return higher != null ? higher : lower;
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Settings one at a time; whatever is not set stays null. */
  public static final class Builder {
    private List<String> specs;
    private List<String> apiVersions;
    private String packagePrefix;
    private Path output;
    private Path samples;
    private SharedShapesMode sharedShapes;
    private Boolean strict;
    private Boolean allowRemoteRefs;
    private List<Path> allowedRoots;
    private List<OperationFilter.Rule> includeOperations;
    private List<OperationFilter.Rule> excludeOperations;
    private List<OperationFilter.Rule> includeTags;
    private List<OperationFilter.Rule> excludeTags;

    /** A builder with nothing set. */
    public Builder() {}

    /**
     * Sets {@code specs}.
     *
     * @param v the spec entries: files, folders or globs; null for "not set"
     * @return this builder
     */
    public Builder specs(List<String> v) {
      specs = v;
      return this;
    }

    /**
     * Sets {@code apiVersions}.
     *
     * @param v the api versions to keep; null for "not set"
     * @return this builder
     */
    public Builder apiVersions(List<String> v) {
      apiVersions = v;
      return this;
    }

    /**
     * Sets {@code packagePrefix}.
     *
     * @param v the Java package prefix; null for "not set"
     * @return this builder
     */
    public Builder packagePrefix(String v) {
      packagePrefix = v;
      return this;
    }

    /**
     * Sets {@code output}.
     *
     * @param v the folder the Java sources go to; null for "not set"
     * @return this builder
     */
    public Builder output(Path v) {
      output = v;
      return this;
    }

    /**
     * Sets {@code samples}.
     *
     * @param v the folder the samples go to; null for "not set"
     * @return this builder
     */
    public Builder samples(Path v) {
      samples = v;
      return this;
    }

    /**
     * Sets {@code sharedShapes}.
     *
     * @param v the shared-shape mode; null for "not set"
     * @return this builder
     */
    public Builder sharedShapes(SharedShapesMode v) {
      sharedShapes = v;
      return this;
    }

    /**
     * Sets {@code strict}.
     *
     * @param v whether warnings fail the run; null for "not set"
     * @return this builder
     */
    public Builder strict(Boolean v) {
      strict = v;
      return this;
    }

    /**
     * Sets {@code allowRemoteRefs}.
     *
     * @param v whether {@code $ref}s may name http(s) URLs; null for "not set"
     * @return this builder
     */
    public Builder allowRemoteRefs(Boolean v) {
      allowRemoteRefs = v;
      return this;
    }

    /**
     * Sets {@code allowedRoots}.
     *
     * @param v extra folders {@code $ref}s may reach; null for "not set"
     * @return this builder
     */
    public Builder allowedRoots(List<Path> v) {
      allowedRoots = v;
      return this;
    }

    /**
     * Sets {@code includeOperations}.
     *
     * @param v operationIds to generate; null for "not set"
     * @return this builder
     */
    public Builder includeOperations(List<OperationFilter.Rule> v) {
      includeOperations = v;
      return this;
    }

    /**
     * Sets {@code excludeOperations}.
     *
     * @param v operationIds to leave out; null for "not set"
     * @return this builder
     */
    public Builder excludeOperations(List<OperationFilter.Rule> v) {
      excludeOperations = v;
      return this;
    }

    /**
     * Sets {@code includeTags}.
     *
     * @param v tags whose operations to generate; null for "not set"
     * @return this builder
     */
    public Builder includeTags(List<OperationFilter.Rule> v) {
      includeTags = v;
      return this;
    }

    /**
     * Sets {@code excludeTags}.
     *
     * @param v tags whose operations to leave out; null for "not set"
     * @return this builder
     */
    public Builder excludeTags(List<OperationFilter.Rule> v) {
      excludeTags = v;
      return this;
    }

    /**
     * The settings set so far.
     *
     * @return the settings
     */
    public ArmgenSettings build() {
      return new ArmgenSettings(specs, apiVersions, packagePrefix, output, samples, sharedShapes, strict, allowRemoteRefs,
          allowedRoots, includeOperations, excludeOperations, includeTags, excludeTags);
    }
  }
}
