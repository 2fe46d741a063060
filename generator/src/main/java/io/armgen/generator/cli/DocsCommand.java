package io.armgen.generator.cli;

import io.armgen.generator.GeneratorResult;
import io.armgen.generator.docs.DocsGenerator;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.write.OutputException;
import io.armgen.generator.write.OutputWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code armgen docs}: one Markdown page per resource type per service, and an index. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Write resource pages (Markdown): summary, runnable examples, dependencies, schema; plus index.md.")
final class DocsCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "docs",
      description = "Output folder (files armgen did not write are kept). Default: ${DEFAULT-VALUE}")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print only diagnostics and errors, no summary.")
  boolean quiet;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    GeneratorResult result = input.check(err);
    if (result == null) {
      return 2;
    }
    if (result.model() == null || DiagnosticPrinter.fails(result.diagnostics(), input.strict)) {
      err.println("armgen: nothing written: " + Summary.problems(result.diagnostics()));
      return 1;
    }
    List<SampleEmitter.Sample> samples = new SampleEmitter().emit(result.model(), note -> { });
    List<GeneratedFile> pages = new DocsGenerator().pages(result.model(), samples, Path.of(""), output);
    try {
      OutputWriter.WriteResult written = new OutputWriter(false).write(output, pages);
      if (!quiet) {
        out.println("armgen: " + pages.size() + " pages "
            + (written.unchanged() ? "up to date" : "written") + " in " + output);
      }
    } catch (OutputException e) {
      err.println("armgen: error: " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
