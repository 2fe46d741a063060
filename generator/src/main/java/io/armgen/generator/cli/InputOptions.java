package io.armgen.generator.cli;

import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.normalize.SharedShapesMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every subcommand that reads specs shares. */
final class InputOptions {
  @Parameters(paramLabel = "SPEC", arity = "0..*",
      description = "Spec files or folders (searched for Swagger 2.0 documents). Default: ./specs")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--package-prefix", paramLabel = "PACKAGE",
      description = "Java package prefix; each service gets <prefix>.<service>. Default: ${DEFAULT-VALUE}",
      defaultValue = GeneratorOptions.DEFAULT_PACKAGE_PREFIX)
  String packagePrefix;

  @Option(names = "--allow-remote-refs", description = "Accept $ref to http(s) URLs (still not fetched).")
  boolean allowRemoteRefs;

  @Option(names = "--allow-root", paramLabel = "DIR", description = "A folder $refs may reach besides the specs' own root.")
  List<Path> allowedRoots = new ArrayList<>();

  @Option(names = "--shared-shapes", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (shared interfaces for concepts several specs define alike), on, or off. Default: ${DEFAULT-VALUE}")
  String sharedShapes;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--diagnostics-format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (file:line:col: severity CODE: message) or json. Default: ${DEFAULT-VALUE}")
  DiagnosticsFormat diagnosticsFormat;

  /**
   * Loads and normalises the inputs (no emitting) and prints the diagnostics.
   *
   * @return the result, or null after printing the reason when the options are unusable (exit 2)
   */
  io.armgen.generator.GeneratorResult check(java.io.PrintWriter err) {
    io.armgen.generator.GeneratorResult result;
    try {
      result = new io.armgen.generator.Generator().check(toGeneratorOptions());
    } catch (IllegalArgumentException e) {
      err.println("armgen: " + e.getMessage());
      return null;
    }
    DiagnosticPrinter.print(result.diagnostics(), diagnosticsFormat, err);
    return result;
  }

  /** The generator options, with ./specs as the default input when none is named. */
  GeneratorOptions toGeneratorOptions() {
    List<Path> in = inputs;
    if (in.isEmpty()) {
      Path specs = Path.of("specs");
      if (!Files.isDirectory(specs)) {
        throw new IllegalArgumentException("no SPEC given and no ./specs folder here");
      }
      in = List.of(specs);
    }
    return new GeneratorOptions(in, packagePrefix, allowRemoteRefs, allowedRoots, SharedShapesMode.parse(sharedShapes));
  }
}
