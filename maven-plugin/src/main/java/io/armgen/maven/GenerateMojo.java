package io.armgen.maven;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.load.SpecFiles;
import io.armgen.generator.write.OutputException;
import io.armgen.generator.write.OutputWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java clients and models from Azure Resource Manager Swagger 2.0 specs into
 * {@code outputDirectory} and adds that folder to the compile sources.
 *
 * <p>Skips the generator when nothing changed since the last successful run of this execution:
 * the generator version, this configuration, and every file the last run read (the entry specs,
 * every file reached through {@code $ref}, example files) are fingerprinted in
 * {@code target/armgen/<execution id>.fingerprint}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /**
   * The specs: files, folders (searched for Swagger 2.0 documents that have operations; common-types
   * files and {@code examples/} are left out) or glob patterns such as
   * {@code src/main/swagger/**}{@code /*.json}; relative to the project folder. Several may be
   * listed; together they make one run (so they may share definitions).
   */
  @Parameter(required = true)
  private List<String> specs;

  /**
   * Where the sources go. armgen owns this folder: files it did not generate are kept, but give
   * each execution its own folder.
   */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/armgen", required = true)
  private File outputDirectory;

  /** Java package prefix; each service gets {@code <prefix>.<service>}. Default: {@code io.armgen.generated}. */
  @Parameter
  private String packagePrefix;

  /** Only generate the entry specs whose {@code info.version} is listed here; empty means all. */
  @Parameter
  private List<String> apiVersions;

  /** Extra folders that {@code $ref}s may reach besides the specs' own root. */
  @Parameter
  private List<File> allowedRoots;

  /** Skip generating (and do not add the source folder). */
  @Parameter(property = "armgen.skip", defaultValue = "false")
  private boolean skip;

  /** Replace files in the output folder that armgen did not generate instead of failing. */
  @Parameter(property = "armgen.clean", defaultValue = "false")
  private boolean clean;

  /** Treat warnings in the specs as errors. */
  @Parameter(property = "armgen.strict", defaultValue = "false")
  private boolean strict;

  /** Generate even when the inputs are unchanged since the last run. */
  @Parameter(property = "armgen.force", defaultValue = "false")
  private boolean force;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("armgen: skipped (armgen.skip)");
      return;
    }
    long start = System.nanoTime();
    Path basedir = project.getBasedir().toPath();
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    SpecSources sources = SpecSources.resolve(basedir, specs == null ? List.of() : specs);
    if (!sources.emptyGlobs().isEmpty()) {
      throw new MojoFailureException("armgen: no file matches " + String.join(", ", sources.emptyGlobs())
          + " (relative to " + basedir + ")");
    }
    // execution ids are free text in the pom; keep the file name portable
    String stateName = mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
    Path stateFile = Path.of(project.getBuild().getDirectory(), "armgen", stateName + ".fingerprint");
    UpToDateCheck check = new UpToDateCheck(stateFile, GeneratorVersion.current(), configuration(output));
    try {
      SortedSet<Path> candidates = sources.candidates();
      if (!force && check.isUpToDate(candidates)) {
        getLog().info("armgen: up to date, skipped (" + output + ")");
        project.addCompileSourceRoot(output.toString());
        return;
      }
      check.forget();
      GeneratorResult result = generate(sources);
      OutputWriter.WriteResult written = write(output, result);
      check.record(candidates, result.inputFiles(), output.resolve(OutputWriter.MANIFEST));
      RunSummary.serviceLines(result.model()).forEach(line -> getLog().info("  " + line));
      long millis = (System.nanoTime() - start) / 1_000_000;
      getLog().info(RunSummary.totals(result.model(), written, result.files().size(), output, millis, result.warningCount()));
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("armgen: " + e.getMessage(), e);
    }
    project.addCompileSourceRoot(output.toString());
  }

  private GeneratorResult generate(SpecSources sources) throws MojoFailureException {
    SpecFiles.Expansion found = sources.entries(apiVersions);
    List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
    List<Path> entries = found.files();
    boolean inputErrors = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    if (!inputErrors && entries.isEmpty() && apiVersions != null && !apiVersions.isEmpty()) {
      throw new MojoFailureException("armgen: no entry spec in " + specs + " has an info.version in " + apiVersions);
    }
    GeneratorResult result = null;
    if (!inputErrors && entries.isEmpty()) {
      diagnostics.addAll(SpecFiles.unreferenced(found.skipped(), List.of()));
      diagnostics.add(SpecFiles.noEntries(String.valueOf(specs), found.skipped().size()));
    } else if (!inputErrors) {
      result = new Generator().generate(new GeneratorOptions(entries, packagePrefix, false, roots()));
      diagnostics.addAll(SpecFiles.unreferenced(found.skipped(), result.inputFiles()));
      diagnostics.addAll(result.diagnostics());
    }
    log(diagnostics);
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    if (errors > 0 || (strict && warnings > 0)) {
      throw new MojoFailureException("armgen: the specs have " + errors + " errors and " + warnings + " warnings"
          + (strict ? " (strict: warnings count as errors)" : "") + "; see the lines above. Nothing was generated.");
    }
    return result;
  }

  private OutputWriter.WriteResult write(Path output, GeneratorResult result) throws MojoFailureException {
    try {
      return new OutputWriter(clean).write(output, result.files());
    } catch (OutputException e) {
      throw new MojoFailureException("armgen: " + e.getMessage(), e);
    }
  }

  private void log(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      switch (d.severity()) {
        case ERROR -> getLog().error(d.format());
        case WARNING -> getLog().warn(d.format());
        default -> getLog().info(d.format());
      }
    }
  }

  private List<Path> roots() {
    List<Path> roots = new ArrayList<>();
    if (allowedRoots != null) {
      allowedRoots.forEach(f -> roots.add(f.toPath().toAbsolutePath().normalize()));
    }
    return roots;
  }

  /** Every setting that changes the output, in a fixed order: part of the fingerprint. */
  private String configuration(Path output) {
    return String.join("\n",
        "specs=" + specs,
        "output=" + output,
        "packagePrefix=" + (packagePrefix == null ? "" : packagePrefix),
        "apiVersions=" + (apiVersions == null ? List.of() : apiVersions),
        "allowedRoots=" + roots(),
        "clean=" + clean,
        "strict=" + strict);
  }
}
