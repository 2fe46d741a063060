package io.armgen.generator.cli;

import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.emit.EmitNotes;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.model.Service;
import io.armgen.generator.write.OutputException;
import io.armgen.generator.write.OutputWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code armgen generate}: specs in, Java sources out. */
final class GenerateCommand implements Subcommand {
  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String description() {
    return "Generate Java models and clients from specs into an output folder.";
  }

  @Override
  public List<CliOption> options() {
    return InputOptions.with(
        CliOption.value("DIR", "generated",
            "Output folder (replaced atomically; files armgen did not write are kept).", "-o", "--output"),
        CliOption.value("DIR", null,
            "Also write one runnable sample per x-ms-examples entry into this folder (its own source folder).",
            "--samples"),
        CliOption.flag("Replace files in the output folder that armgen did not generate.", "--clean"));
  }

  @Override
  public int run(ParsedArgs args, PrintWriter out, PrintWriter err) throws UsageException {
    long start = System.nanoTime();
    InputOptions input = new InputOptions(args);
    Path output = args.given("--output") || input.settings.output() == null ? Path.of(args.value("--output"))
        : input.settings.output();
    Path samples = args.given("--samples") ? Path.of(args.value("--samples")) : input.settings.samples();
    boolean clean = args.flag("--clean");
    GeneratorResult result = input.generate(true, err);
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    List<GeneratedFile> sampleFiles = List.of();
    if (samples != null && result.model() != null && !result.hasErrors()) {
      // an example left out is a located warning like the emitter's notes (and fails --strict)
      sampleFiles = new SampleEmitter().emit(result.model(), EmitNotes.into(diagnostics)).stream()
          .map(SampleEmitter.Sample::file).toList();
    }
    input.print(diagnostics, err);
    if (DiagnosticPrinter.fails(diagnostics, input.strict)) {
      err.println("armgen: nothing written: " + Summary.problems(diagnostics) + Summary.strictNote(input.strict));
      return 1;
    }
    OutputWriter.WriteResult written;
    try {
      written = new OutputWriter(clean).write(output, result.files());
    } catch (OutputException e) {
      err.println(TerminalText.escape("armgen: error: " + e.getMessage()));
      return 1;
    }
    if (samples != null) {
      try {
        new OutputWriter(clean).write(samples, sampleFiles);
      } catch (OutputException e) {
        err.println(TerminalText.escape("armgen: error: " + e.getMessage()));
        return 1;
      }
      if (!input.quiet) {
        out.println(TerminalText.escape("armgen: " + sampleFiles.size() + " samples in " + samples));
      }
    }
    if (!input.quiet) {
      for (Service s : result.model().services()) {
        out.println("  " + Summary.service(s));
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
      out.println(TerminalText.escape("armgen: " + Summary.totals(result.model()) + "; "
          + (written.unchanged() ? result.files().size() + " files up to date" : written.filesWritten() + " files written")
          + " in " + output + " (" + ms + " ms"
          + (warnings > 0 ? ", " + warnings + " warnings" : "") + ")" + input.settingsNote()));
    }
    return 0;
  }
}
