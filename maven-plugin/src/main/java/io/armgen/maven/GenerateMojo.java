package io.armgen.maven;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.config.ArmgenSettings;
import io.armgen.generator.config.EntrySelection;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.emit.EmitNotes;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.write.OutputException;
import io.armgen.generator.write.OutputWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates Java clients and models from Azure Resource Manager Swagger 2.0 specs into
 * {@code outputDirectory} and adds that folder to the compile sources.
 *
 * <p>Skips the generator when nothing changed since the last successful run of this execution:
 * the generator version and jar, the settings, and every file the last run read (the entry specs,
 * every file reached through {@code $ref}, example files) are fingerprinted in
 * {@code target/armgen/<execution id>.fingerprint}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends SettingsMojo {

  /**
   * Where the sources go (or {@code output} in the settings file). armgen owns this folder: files
   * it did not generate are kept, but give each execution its own folder. Default:
   * {@code ${project.build.directory}/generated-sources/armgen}.
   */
  @Parameter(property = "armgen.outputDirectory")
  private File outputDirectory;

  /**
   * Also write one runnable sample class per {@code x-ms-examples} entry into this folder (or
   * {@code samples} in the settings file), which is added to the test sources so the samples
   * compile with the build without being shipped. Default: no samples.
   */
  @Parameter(property = "armgen.samplesDirectory")
  private File samplesDirectory;

  /** Skip generating (and do not add the source folder). */
  @Parameter(property = "armgen.skip", defaultValue = "false")
  private boolean skip;

  /** Replace files in the output folder that armgen did not generate instead of failing. */
  @Parameter(property = "armgen.clean", defaultValue = "false")
  private boolean clean;

  /** Generate even when the inputs are unchanged since the last run. */
  @Parameter(property = "armgen.force", defaultValue = "false")
  private boolean force;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("armgen: skipped (armgen.skip)");
      return;
    }
    long start = System.nanoTime();
    ArmgenSettings settings = settings();
    Path output = outputDirectory != null ? absolute(outputDirectory.toPath())
        : settings.output() != null ? settings.output()
        : Path.of(project.getBuild().getDirectory(), "generated-sources", "armgen").toAbsolutePath().normalize();
    Path samples = samplesDirectory != null ? absolute(samplesDirectory.toPath()) : settings.samples();
    EntrySelection selection = entries(settings);
    // execution ids are free text in the pom; keep the file name portable
    String stateName = mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
    Path stateFile = Path.of(project.getBuild().getDirectory(), "armgen", stateName + ".fingerprint");
    UpToDateCheck check = new UpToDateCheck(stateFile, GeneratorVersion.current(), configuration(settings, output, samples));
    try {
      SortedSet<Path> candidates = new TreeSet<>(selection.sources().candidates());
      if (settingsFile() != null) {
        candidates.add(settingsFile());
      }
      if (!force && check.isUpToDate(candidates)) {
        getLog().info("armgen: up to date, skipped (" + output + ")");
        addSourceRoots(output, samples);
        return;
      }
      check.forget();
      GeneratorResult result = generate(selection, settings);
      OutputWriter.WriteResult written = write(output, result.files());
      List<Path> manifests = new ArrayList<>(List.of(output.resolve(OutputWriter.MANIFEST)));
      if (samples != null) {
        List<GeneratedFile> sampleFiles = new SampleEmitter().emit(result.model(), (at, note) -> log(List.of(EmitNotes.warning(at, note)))).stream()
            .map(SampleEmitter.Sample::file).toList();
        write(samples, sampleFiles);
        manifests.add(samples.resolve(OutputWriter.MANIFEST));
        getLog().info("armgen: " + sampleFiles.size() + " samples in " + samples);
      }
      check.record(candidates, result.inputFiles(), manifests);
      RunSummary.serviceLines(result.model()).forEach(line -> getLog().info("  " + line));
      long millis = (System.nanoTime() - start) / 1_000_000;
      getLog().info(RunSummary.totals(result.model(), written, result.files().size(), output, millis, result.warningCount())
          + (settingsFile() == null ? "" : " (settings: " + display(settingsFile()) + ")"));
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("armgen: " + e.getMessage(), e);
    }
    addSourceRoots(output, samples);
  }

  private void addSourceRoots(Path output, Path samples) {
    project.addCompileSourceRoot(output.toString());
    if (samples != null) {
      project.addTestCompileSourceRoot(samples.toString());
    }
  }

  private GeneratorResult generate(EntrySelection selection, ArmgenSettings settings) throws MojoFailureException {
    List<Diagnostic> diagnostics = new ArrayList<>(selection.problems());
    boolean inputErrors = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    GeneratorResult result = null;
    if (!inputErrors && selection.entries().isEmpty()) {
      // say why each file found was not an entry, rather than that there was nothing
      diagnostics.addAll(selection.skippedAfter(List.of()));
      diagnostics.add(selection.noEntries(settings.specs()));
    } else if (!inputErrors) {
      result = new Generator().generate(settings.generatorOptions(selection.entries()));
      diagnostics.addAll(selection.skippedAfter(result.inputFiles()));
      diagnostics.addAll(result.diagnostics());
    }
    log(diagnostics);
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    if (errors > 0 || (settings.isStrict() && warnings > 0)) {
      throw new MojoFailureException("armgen: the specs have " + errors + " errors and " + warnings + " warnings"
          + (settings.isStrict() ? " (strict: warnings count as errors)" : "") + "; see the lines above. Nothing was generated.");
    }
    return result;
  }

  private OutputWriter.WriteResult write(Path folder, List<GeneratedFile> files) throws MojoFailureException {
    try {
      return new OutputWriter(clean).write(folder, files);
    } catch (OutputException e) {
      throw new MojoFailureException("armgen: " + e.getMessage(), e);
    }
  }

  private Path absolute(Path path) {
    return project.getBasedir().toPath().resolve(path).toAbsolutePath().normalize();
  }

  /** Every setting that changes the output, in a fixed order: part of the fingerprint. */
  private String configuration(ArmgenSettings settings, Path output, Path samples) {
    return String.join("\n",
        "settings=" + settings,
        "output=" + output,
        "samples=" + (samples == null ? "" : samples),
        "clean=" + clean);
  }
}
