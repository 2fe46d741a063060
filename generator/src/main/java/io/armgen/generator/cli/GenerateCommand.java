package io.armgen.generator.cli;

import io.armgen.generator.GeneratorResult;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.model.Service;
import io.armgen.generator.write.OutputException;
import io.armgen.generator.write.OutputWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    GeneratorResult result = input.run(true, err);
    if (DiagnosticPrinter.fails(result.diagnostics(), input.strict)) {
      err.println("armgen: nothing written: " + Summary.problems(result.diagnostics()) + Summary.strictNote(input.strict));
      return 1;
    }
    OutputWriter.WriteResult written;
    try {
      written = new OutputWriter(clean).write(output, result.files());
    } catch (OutputException e) {
      err.println("armgen: error: " + e.getMessage());
      return 1;
    }
    if (samples != null) {
      List<GeneratedFile> sampleFiles = new SampleEmitter().emit(result.model(), note -> { }).stream()
          .map(SampleEmitter.Sample::file).toList();
      try {
        new OutputWriter(clean).write(samples, sampleFiles);
      } catch (OutputException e) {
        err.println("armgen: error: " + e.getMessage());
        return 1;
      }
      if (!input.quiet) {
        out.println("armgen: " + sampleFiles.size() + " samples in " + samples);
      }
    }
    if (!input.quiet) {
      for (Service s : result.model().services()) {
        out.println("  " + Summary.service(s));
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      out.println("armgen: " + Summary.totals(result.model()) + "; "
          + (written.unchanged() ? result.files().size() + " files up to date" : written.filesWritten() + " files written")
          + " in " + output + " (" + ms + " ms"
          + (result.warningCount() > 0 ? ", " + result.warningCount() + " warnings" : "") + ")" + input.settingsNote());
    }
    return 0;
  }
}
