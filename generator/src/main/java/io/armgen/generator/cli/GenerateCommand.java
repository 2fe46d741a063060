package io.armgen.generator.cli;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.model.Service;
import io.armgen.generator.write.OutputException;
import io.armgen.generator.write.OutputWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code armgen generate}: specs in, Java sources out. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate Java models and clients from specs into an output folder.")
final class GenerateCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "generated",
      description = "Output folder (replaced atomically; files armgen did not write are kept). Default: ${DEFAULT-VALUE}")
  Path output;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "Also write one runnable sample per x-ms-examples entry into this folder (its own source folder).")
  Path samples;

  @Option(names = "--clean", description = "Replace files in the output folder that armgen did not generate.")
  boolean clean;

  @Option(names = {"-q", "--quiet"}, description = "Print only diagnostics and errors, no summary.")
  boolean quiet;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    GeneratorResult result;
    try {
      result = new Generator().generate(input.toGeneratorOptions());
    } catch (IllegalArgumentException e) {
      err.println("armgen: " + e.getMessage());
      return 2;
    }
    DiagnosticPrinter.print(result.diagnostics(), input.diagnosticsFormat, err);
    if (DiagnosticPrinter.fails(result.diagnostics(), input.strict)) {
      err.println("armgen: nothing written: " + Summary.problems(result.diagnostics())
          + (input.strict ? " (--strict: warnings count as errors)" : ""));
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
      if (!quiet) {
        out.println("armgen: " + sampleFiles.size() + " samples in " + samples);
      }
    }
    if (!quiet) {
      for (Service s : result.model().services()) {
        out.println("  " + Summary.service(s));
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      out.println("armgen: " + Summary.totals(result.model()) + "; "
          + (written.unchanged() ? result.files().size() + " files up to date" : written.filesWritten() + " files written")
          + " in " + output + " (" + ms + " ms"
          + (result.warningCount() > 0 ? ", " + result.warningCount() + " warnings" : "") + ")");
    }
    return 0;
  }
}
