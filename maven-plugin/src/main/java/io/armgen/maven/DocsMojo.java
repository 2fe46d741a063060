package io.armgen.maven;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.load.SpecFiles;
import io.armgen.generator.docs.DocsGenerator;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.write.OutputException;
import io.armgen.generator.write.OutputWriter;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes resource pages (Markdown) for the specs: one page per resource type per service, with a
 * summary, runnable Java samples from {@code x-ms-examples}, dependencies and the schema, plus an
 * {@code index.md}; the same pages as {@code armgen docs}. Run it with {@code mvn armgen:docs}.
 */
@Mojo(name = "docs", threadSafe = true)
public class DocsMojo extends AbstractMojo {

  /** The specs: files, folders or glob patterns, relative to the project folder (as for {@code generate}). */
  @Parameter(required = true)
  private List<String> specs;

  /** Where the pages go; files armgen did not write are kept. */
  @Parameter(property = "armgen.docsDirectory", defaultValue = "${project.build.directory}/armgen-docs", required = true)
  private File docsDirectory;

  /** Java package prefix used in the samples; as for {@code generate}. */
  @Parameter
  private String packagePrefix;

  /** Extra folders that {@code $ref}s may reach besides the specs' own root. */
  @Parameter
  private List<File> allowedRoots;

  /** Skip writing the pages. */
  @Parameter(property = "armgen.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("armgen: skipped (armgen.skip)");
      return;
    }
    Path basedir = project.getBasedir().toPath();
    SpecSources sources = SpecSources.resolve(basedir, specs == null ? List.of() : specs);
    if (!sources.emptyGlobs().isEmpty()) {
      throw new MojoFailureException("armgen: no file matches " + String.join(", ", sources.emptyGlobs())
          + " (relative to " + basedir + ")");
    }
    SpecFiles.Expansion found = sources.entries(List.of());
    List<Diagnostic> diagnostics = new ArrayList<>(found.diagnostics());
    List<Path> entries = found.files();
    GeneratorResult result = null;
    if (diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
      List<Path> roots = new ArrayList<>();
      if (allowedRoots != null) {
        allowedRoots.forEach(f -> roots.add(f.toPath().toAbsolutePath().normalize()));
      }
      result = new Generator().check(new GeneratorOptions(entries, packagePrefix, false, roots));
      diagnostics.addAll(SpecFiles.unreferenced(found.skipped(), result.inputFiles()));
      diagnostics.addAll(result.diagnostics());
    }
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) {
        getLog().error(d.format());
      } else if (d.severity() == Severity.WARNING) {
        getLog().warn(d.format());
      } else {
        getLog().info(d.format());
      }
    }
    if (result == null || result.model() == null) {
      throw new MojoFailureException("armgen: the specs have errors; see the lines above. No pages were written.");
    }
    Path output = docsDirectory.toPath().toAbsolutePath().normalize();
    List<SampleEmitter.Sample> samples = new SampleEmitter().emit(result.model(), note -> getLog().debug(note));
    List<GeneratedFile> pages = new DocsGenerator().pages(result.model(), samples, basedir, output);
    try {
      OutputWriter.WriteResult written = new OutputWriter(false).write(output, pages);
      getLog().info("armgen: " + pages.size() + " pages " + (written.unchanged() ? "up to date" : "written")
          + " in " + output + " (open index.md)");
    } catch (OutputException e) {
      throw new MojoFailureException("armgen: " + e.getMessage(), e);
    }
  }
}
