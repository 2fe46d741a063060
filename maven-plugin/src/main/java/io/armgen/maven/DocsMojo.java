package io.armgen.maven;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.config.ArmgenSettings;
import io.armgen.generator.config.EntrySelection;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.docs.DocsGenerator;
import io.armgen.generator.emit.EmitNotes;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.write.OutputException;
import io.armgen.generator.write.OutputWriter;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes resource pages (Markdown) for the specs: one page per resource type per service, with a
 * summary, runnable Java samples from {@code x-ms-examples}, dependencies and the schema, plus an
 * {@code index.md}; the same pages as {@code armgen docs}. Run it with {@code mvn armgen:docs}.
 */
@Mojo(name = "docs", threadSafe = true)
public class DocsMojo extends SettingsMojo {

  /** Where the pages go; files armgen did not write are kept. */
  @Parameter(property = "armgen.docsDirectory", defaultValue = "${project.build.directory}/armgen-docs", required = true)
  private File docsDirectory;

  /**
   * Public URL of the project folder (e.g. a repository's blob URL at a tag): specs below it are
   * linked as {@code <specUrl>/<path>}. Specs in an Azure {@code specification/} folder are linked to
   * GitHub anyway; others are named, not linked (never by a path of this machine).
   */
  @Parameter(property = "armgen.specUrl")
  private String specUrl;

  /** Skip writing the pages. */
  @Parameter(property = "armgen.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("armgen: skipped (armgen.skip)");
      return;
    }
    long start = System.nanoTime();
    Path basedir = project.getBasedir().toPath();
    ArmgenSettings settings = settings();
    EntrySelection selection = entries(settings);
    List<Diagnostic> diagnostics = new ArrayList<>(selection.problems());
    GeneratorResult result = null;
    if (diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
      result = new Generator().check(settings.generatorOptions(selection.entries()));
      diagnostics.addAll(selection.skippedAfter(result.inputFiles()));
      diagnostics.addAll(result.diagnostics());
    }
    log(diagnostics);
    boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR
        || settings.isStrict() && d.severity() == Severity.WARNING);
    if (result == null || result.model() == null || failed) {
      throw new MojoFailureException("armgen: the specs have errors" + (settings.isStrict() ? " (strict: warnings count as errors)" : "")
          + "; see the lines above. No pages were written.");
    }
    Path output = docsDirectory.toPath().toAbsolutePath().normalize();
    List<SampleEmitter.Sample> samples = new SampleEmitter().emit(result.model(), (at, note) -> log(List.of(EmitNotes.warning(at, note))));
    List<GeneratedFile> pages = new DocsGenerator().pages(result.model(), samples, basedir, specUrl);
    try {
      OutputWriter.WriteResult written = new OutputWriter(false).write(output, pages);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long markdown = pages.stream().filter(p -> p.relativePath().endsWith(".md")).count();
      getLog().info("armgen: " + markdown + " pages " + (written.unchanged() ? "up to date" : "written") + " in " + output
          + ", with " + (pages.size() - markdown) + " samples (" + millis + " ms; open index.md)");
    } catch (OutputException e) {
      throw new MojoFailureException("armgen: " + e.getMessage(), e);
    }
  }
}
