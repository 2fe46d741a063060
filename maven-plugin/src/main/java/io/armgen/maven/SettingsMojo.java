package io.armgen.maven;

import io.armgen.generator.config.ArmgenSettings;
import io.armgen.generator.config.ConfigException;
import io.armgen.generator.config.ConfigFile;
import io.armgen.generator.config.EntrySelection;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.normalize.NormalizeOptions;
import io.armgen.generator.normalize.OperationFilter;
import io.armgen.generator.normalize.SharedShapesMode;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The settings every armgen goal reads the specs with: the parameters below, over the settings
 * file ({@code armgen.yaml}, the same file the CLI reads; see docs/configuration.md). A parameter
 * set in the pom wins over the file; what neither sets keeps its default.
 */
abstract class SettingsMojo extends AbstractMojo {

  /**
   * The settings file. Default: {@code armgen.yaml}, {@code armgen.yml} or {@code armgen.json} in
   * the project folder, when there is one. Its paths are relative to its own folder.
   */
  @Parameter(property = "armgen.configFile")
  private File configFile;

  /**
   * The specs: files, folders (searched for Swagger 2.0 documents that have operations; common-types
   * files and {@code examples/} are left out) or glob patterns such as
   * {@code src/main/swagger/**}{@code /*.json}; relative to the project folder. Several may be
   * listed; together they make one run (so they may share definitions). Required here or as
   * {@code specs} in the settings file.
   */
  @Parameter
  private List<String> specs;

  /** Java package prefix; each service gets {@code <prefix>.<service>}. Default: {@code io.armgen.generated}. */
  @Parameter
  private String packagePrefix;

  /** Only generate the entry specs whose {@code info.version} is listed here; empty means all. */
  @Parameter
  private List<String> apiVersions;

  /** Extra folders that {@code $ref}s may reach besides the specs' own root. */
  @Parameter
  private List<File> allowedRoots;

  /** {@code auto} (shared interfaces for concepts several specs define alike, the default), {@code on} or {@code off}. */
  @Parameter
  private String sharedShapes;

  /** Accept {@code $ref}s to http(s) URLs (they are still not fetched). Default: false. */
  @Parameter
  private Boolean allowRemoteRefs;

  /** Treat warnings in the specs as errors. Default: false. */
  @Parameter(property = "armgen.strict")
  private Boolean strict;

  /** Generate only these operationIds ({@code *} and {@code ?} match any text; any case). */
  @Parameter
  private List<String> includeOperations;

  /** Leave out these operationIds. */
  @Parameter
  private List<String> excludeOperations;

  /** Generate only the operations with one of these tags. */
  @Parameter
  private List<String> includeTags;

  /** Leave out the operations with one of these tags. */
  @Parameter
  private List<String> excludeTags;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The settings file read by {@link #settings()}, or null. */
  private Path settingsFile;

  /**
   * The parameters over the settings file.
   *
   * @throws MojoFailureException when the file has problems (each is logged) or a parameter is unusable
   */
  ArmgenSettings settings() throws MojoFailureException {
    Path basedir = project.getBasedir().toPath();
    ArmgenSettings fromFile = ArmgenSettings.NONE;
    try {
      settingsFile = configFile != null ? configFile.toPath() : ConfigFile.find(basedir).orElse(null);
      if (settingsFile != null) {
        fromFile = ConfigFile.read(settingsFile, display(settingsFile));
      }
    } catch (ConfigException e) {
      e.problems().forEach(d -> getLog().error(d.format()));
      throw new MojoFailureException("armgen: the settings file has problems; see the lines above");
    }
    return fromFile.overriddenBy(parameters());
  }

  /** The settings file {@link #settings()} read, or null. */
  Path settingsFile() {
    return settingsFile;
  }

  /**
   * The entry specs of {@code settings}; fails when no specs are set anywhere.
   */
  EntrySelection entries(ArmgenSettings settings) throws MojoFailureException {
    if (settings.specs() == null || settings.specs().isEmpty()) {
      throw new MojoFailureException("armgen: no specs: set <specs> in the plugin configuration or specs in "
          + (settingsFile == null ? "an armgen.yaml next to the pom" : settingsFile));
    }
    String apiVersionSetting = apiVersions != null || settingsFile == null ? "<apiVersions>" : display(settingsFile) + " apiVersions";
    return EntrySelection.of(project.getBasedir().toPath(), settings.specs(), settings.apiVersions(), apiVersionSetting);
  }

  private ArmgenSettings parameters() throws MojoFailureException {
    ArmgenSettings.Builder b = new ArmgenSettings.Builder()
        .specs(specs == null || specs.isEmpty() ? null : specs)
        .apiVersions(apiVersions == null || apiVersions.isEmpty() ? null : apiVersions)
        .strict(strict)
        .allowRemoteRefs(allowRemoteRefs)
        .allowedRoots(allowedRoots == null ? null : allowedRoots.stream().map(f -> f.toPath().toAbsolutePath().normalize()).toList())
        .includeOperations(rules(includeOperations, "includeOperations"))
        .excludeOperations(rules(excludeOperations, "excludeOperations"))
        .includeTags(rules(includeTags, "includeTags"))
        .excludeTags(rules(excludeTags, "excludeTags"));
    if (packagePrefix != null && !packagePrefix.isBlank()) {
      Optional<String> problem = NormalizeOptions.packagePrefixProblem(packagePrefix);
      if (problem.isPresent()) {
        throw new MojoFailureException("armgen: <packagePrefix>: " + problem.get());
      }
      b.packagePrefix(packagePrefix);
    }
    if (sharedShapes != null) {
      try {
        b.sharedShapes(SharedShapesMode.parse(sharedShapes));
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException("armgen: <sharedShapes> must be auto, on or off, not '" + sharedShapes + "'");
      }
    }
    return b.build();
  }

  private static List<OperationFilter.Rule> rules(List<String> patterns, String parameter) {
    if (patterns == null || patterns.isEmpty()) {
      return null;
    }
    SourceLocation pom = new SourceLocation("pom.xml", "", 0, 0);
    return patterns.stream().map(p -> new OperationFilter.Rule(p, "<" + parameter + ">", pom)).toList();
  }

  /** A file as diagnostics name it: relative to the project folder when below it. */
  String display(Path file) {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  /** Logs each diagnostic at its level. */
  void log(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      switch (d.severity()) {
        case ERROR -> getLog().error(d.format());
        case WARNING -> getLog().warn(d.format());
        default -> getLog().info(d.format());
      }
    }
  }
}
