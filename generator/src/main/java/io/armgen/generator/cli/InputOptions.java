package io.armgen.generator.cli;

import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.normalize.SharedShapesMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options every subcommand that reads specs shares. */
final class InputOptions {
  /** The positional SPEC arguments' label and help line. */
  static final String[] SPECS = {"SPEC", "Spec files or folders (searched for Swagger 2.0 documents). Default: ./specs"};

  /** The shared options, in help order. */
  static final List<CliOption> OPTIONS = List.of(
      CliOption.value("PACKAGE", GeneratorOptions.DEFAULT_PACKAGE_PREFIX,
          "Java package prefix; each service gets <prefix>.<service>.", "--package-prefix"),
      CliOption.flag("Accept $ref to http(s) URLs (still not fetched).", "--allow-remote-refs"),
      CliOption.repeatable("DIR", "A folder $refs may reach besides the specs' own root.", "--allow-root"),
      CliOption.value("MODE", "auto",
          "auto (shared interfaces for concepts several specs define alike), on, or off.", "--shared-shapes"),
      CliOption.flag("Treat warnings as errors.", "--strict"),
      CliOption.value("FORMAT", "text", "text (file:line:col: severity CODE: message) or json.", "--diagnostics-format"));

  final List<Path> inputs;
  final String packagePrefix;
  final boolean allowRemoteRefs;
  final List<Path> allowedRoots;
  final String sharedShapes;
  final boolean strict;
  final DiagnosticsFormat diagnosticsFormat;

  /** Reads the shared options from parsed arguments; a bad --diagnostics-format is a usage error. */
  InputOptions(ParsedArgs args) throws UsageException {
    inputs = args.positionals().stream().map(Path::of).toList();
    packagePrefix = args.value("--package-prefix");
    allowRemoteRefs = args.flag("--allow-remote-refs");
    allowedRoots = args.values("--allow-root").stream().map(Path::of).toList();
    sharedShapes = args.value("--shared-shapes");
    strict = args.flag("--strict");
    String format = args.value("--diagnostics-format");
    try {
      diagnosticsFormat = DiagnosticsFormat.valueOf(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("Invalid value for option '--diagnostics-format': expected text or json but was '"
          + format + "'");
    }
  }

  /** The shared options followed by a command's own. */
  static List<CliOption> with(CliOption... own) {
    List<CliOption> all = new ArrayList<>(List.of(own));
    all.addAll(OPTIONS);
    return List.copyOf(all);
  }

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
