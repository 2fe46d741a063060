package io.armgen.generator.cli;

import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.docs.DocsGenerator;
import io.armgen.generator.emit.EmitNotes;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.write.OutputException;
import io.armgen.generator.write.OutputWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code armgen docs}: one Markdown page per resource type per service, and an index. */
final class DocsCommand implements Subcommand {
  @Override
  public String name() {
    return "docs";
  }

  @Override
  public String description() {
    return "Write resource pages (Markdown): summary, runnable examples, dependencies, schema; plus index.md.";
  }

  @Override
  public List<CliOption> options() {
    return InputOptions.with(
        CliOption.value("DIR", "docs", "Output folder (files armgen did not write are kept).", "-o", "--output"),
        CliOption.value("URL", null, "Public URL of the working directory (e.g. a repository at a tag): specs below"
            + " it are linked as URL/<path>. Specs in an Azure specification/ folder are linked to GitHub anyway.",
            "--spec-url"));
  }

  @Override
  public int run(ParsedArgs args, PrintWriter out, PrintWriter err) throws UsageException {
    long start = System.nanoTime();
    InputOptions input = new InputOptions(args);
    Path output = Path.of(args.value("--output"));
    GeneratorResult result = input.generate(false, err);
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    List<SampleEmitter.Sample> samples = result.model() == null || result.hasErrors() ? List.of()
        : new SampleEmitter().emit(result.model(), EmitNotes.into(diagnostics));
    input.print(diagnostics, err);
    if (result.model() == null || DiagnosticPrinter.fails(diagnostics, input.strict)) {
      err.println("armgen: nothing written: " + Summary.problems(diagnostics) + Summary.strictNote(input.strict));
      return 1;
    }
    List<GeneratedFile> pages = new DocsGenerator().pages(result.model(), samples, Path.of(""), args.value("--spec-url"));
    try {
      OutputWriter.WriteResult written = new OutputWriter(false).write(output, pages);
      if (!input.quiet) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        long markdown = pages.stream().filter(p -> p.relativePath().endsWith(".md")).count();
        out.println(TerminalText.escape("armgen: " + markdown + " pages " + (written.unchanged() ? "up to date" : "written") + " in "
            + output + ", with " + (pages.size() - markdown) + " samples (" + ms + " ms)" + input.settingsNote()));
      }
    } catch (OutputException e) {
      err.println(TerminalText.escape("armgen: error: " + e.getMessage()));
      return 1;
    }
    return 0;
  }
}
