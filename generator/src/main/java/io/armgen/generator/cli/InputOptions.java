package io.armgen.generator.cli;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.config.ArmgenSettings;
import io.armgen.generator.config.ConfigException;
import io.armgen.generator.config.ConfigFile;
import io.armgen.generator.config.EntrySelection;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.normalize.NormalizeOptions;
import io.armgen.generator.normalize.OperationFilter;
import io.armgen.generator.normalize.SharedShapesMode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options every subcommand that reads specs shares, merged with the settings file: a flag
 * given on the command line wins over the file, the file over the defaults.
 */
final class InputOptions {
  /** The positional SPEC arguments' label and help line. */
  static final String[] SPECS = {"SPEC",
      "Spec files, folders or (quoted) globs. Default: specs of the settings file, else ./specs"};
  /** How diagnostics name settings given as flags. */
  static final String COMMAND_LINE = "<command line>";

  /** The shared options, in help order. */
  static final List<CliOption> OPTIONS = List.of(
      CliOption.value("FILE", null,
          "Settings file (docs/configuration.md). Default: armgen.yaml, armgen.yml or armgen.json here, if any.",
          "--config"),
      CliOption.value("PACKAGE", GeneratorOptions.DEFAULT_PACKAGE_PREFIX,
          "Java package prefix; each service gets <prefix>.<service>.", "--package-prefix"),
      CliOption.repeatable("VERSION", "Only the entry specs whose info.version is VERSION (repeatable).", "--api-version"),
      CliOption.repeatable("ID", "Generate only this operationId; * and ? match any text (repeatable).",
          "--include-operation"),
      CliOption.repeatable("ID", "Leave out this operationId (repeatable).", "--exclude-operation"),
      CliOption.repeatable("TAG", "Generate only the operations with this tag (repeatable).", "--include-tag"),
      CliOption.repeatable("TAG", "Leave out the operations with this tag (repeatable).", "--exclude-tag"),
      CliOption.flag("Accept $ref to http(s) URLs (still not fetched).", "--allow-remote-refs"),
      CliOption.repeatable("DIR", "A folder $refs may reach besides the specs' own root.", "--allow-root"),
      CliOption.value("MODE", "auto",
          "auto (shared interfaces for concepts several specs define alike), on, or off.", "--shared-shapes"),
      CliOption.flag("Treat warnings as errors (--strict=false overrides a settings file).", "--strict"),
      CliOption.value("FORMAT", "text", "text (file:line:col: severity CODE: message) or json.", "--diagnostics-format"),
      CliOption.flag("Print only diagnostics and errors, no summary.", "-q", "--quiet"),
      CliOption.flag("Also print the settings file used and every file read.", "-v", "--verbose"));

  final ArmgenSettings settings;
  /** The settings file read, or null. */
  final Path configFile;
  final List<String> positionals;
  final DiagnosticsFormat diagnosticsFormat;
  final boolean quiet;
  final boolean verbose;
  final boolean strict;
  /** How the api-version filter is named in messages: the flag, or the file's key. */
  private final String apiVersionSetting;

  /**
   * Reads the flags and the settings file.
   *
   * @throws UsageException for a bad flag value, or a settings file with problems (each listed)
   */
  InputOptions(ParsedArgs args) throws UsageException {
    positionals = args.positionals();
    String format = args.value("--diagnostics-format");
    try {
      diagnosticsFormat = DiagnosticsFormat.valueOf(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("Invalid value for option '--diagnostics-format': expected text or json but was '"
          + format + "'");
    }
    quiet = args.flag("--quiet");
    verbose = args.flag("--verbose");
    if (quiet && verbose) {
      throw new UsageException("--quiet and --verbose exclude each other");
    }
    configFile = configFile(args);
    ArmgenSettings fromFile = ArmgenSettings.NONE;
    if (configFile != null) {
      try {
        fromFile = ConfigFile.read(configFile, configFile.toString());
      } catch (ConfigException e) {
        throw new UsageException("the settings file has problems:\n" + e.getMessage());
      }
    }
    settings = fromFile.overriddenBy(flags(args));
    strict = settings.isStrict();
    apiVersionSetting = args.given("--api-version") || configFile == null ? "--api-version" : configFile + " apiVersions";
  }

  /** The shared options followed by a command's own. */
  static List<CliOption> with(CliOption... own) {
    List<CliOption> all = new ArrayList<>(List.of(own));
    all.addAll(OPTIONS);
    return List.copyOf(all);
  }

  private static Path configFile(ParsedArgs args) throws UsageException {
    if (args.given("--config")) {
      Path file = Path.of(args.value("--config"));
      if (!Files.isRegularFile(file)) {
        throw new UsageException("Invalid value for option '--config': no such file: " + file);
      }
      return file;
    }
    try {
      return ConfigFile.find(Path.of("")).orElse(null);
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The settings given as flags; what was not given stays unset. */
  private ArmgenSettings flags(ParsedArgs args) throws UsageException {
    ArmgenSettings.Builder b = new ArmgenSettings.Builder();
    if (!positionals.isEmpty()) {
      b.specs(positionals);
    }
    if (args.given("--package-prefix")) {
      String prefix = args.value("--package-prefix");
      Optional<String> problem = NormalizeOptions.packagePrefixProblem(prefix);
      if (problem.isPresent()) {
        throw new UsageException("Invalid value for option '--package-prefix': " + problem.get());
      }
      b.packagePrefix(prefix);
    }
    if (args.given("--api-version")) {
      b.apiVersions(args.values("--api-version"));
    }
    if (args.given("--shared-shapes")) {
      try {
        b.sharedShapes(SharedShapesMode.parse(args.value("--shared-shapes")));
      } catch (IllegalArgumentException e) {
        throw new UsageException("Invalid value for option '--shared-shapes': expected auto, on or off but was '"
            + args.value("--shared-shapes") + "'");
      }
    }
    b.strict(args.flagValue("--strict"));
    b.allowRemoteRefs(args.flagValue("--allow-remote-refs"));
    if (args.given("--allow-root")) {
      b.allowedRoots(args.values("--allow-root").stream().map(Path::of).toList());
    }
    b.includeOperations(rules(args, "--include-operation"));
    b.excludeOperations(rules(args, "--exclude-operation"));
    b.includeTags(rules(args, "--include-tag"));
    b.excludeTags(rules(args, "--exclude-tag"));
    return b.build();
  }

  private static List<OperationFilter.Rule> rules(ParsedArgs args, String key) {
    if (!args.given(key)) {
      return null;
    }
    return args.values(key).stream().map(p -> new OperationFilter.Rule(p, key, new SourceLocation(COMMAND_LINE, "", 0, 0))).toList();
  }

  /** Where the settings came from, for the summary line: "" or " (settings: armgen.yaml)". */
  String settingsNote() {
    return configFile == null ? "" : " (settings: " + configFile + ")";
  }

  /**
   * The entry specs to read, with the problems met finding them.
   *
   * @throws UsageException when no specs are named anywhere and there is no ./specs folder
   */
  EntrySelection entries() throws UsageException {
    List<String> specs = settings.specs();
    if (specs == null || specs.isEmpty()) {
      if (!Files.isDirectory(Path.of("specs"))) {
        throw new UsageException("no SPEC given" + (configFile == null ? "" : ", none in " + configFile)
            + " and no ./specs folder here");
      }
      specs = List.of("specs");
    }
    return EntrySelection.of(Path.of(""), specs, settings.apiVersions(), apiVersionSetting);
  }

  /**
   * Finds the entries, then loads and normalises them (or also emits, with {@code emit}); prints
   * the diagnostics, and with --verbose the settings file and the files read (to {@code err}, as
   * standard output may carry the model's JSON).
   */
  GeneratorResult run(boolean emit, PrintWriter err) throws UsageException {
    GeneratorResult result = generate(emit, err);
    print(result.diagnostics(), err);
    return result;
  }

  /** Prints {@code diagnostics} in the chosen format. */
  void print(List<Diagnostic> diagnostics, PrintWriter err) {
    DiagnosticPrinter.print(diagnostics, diagnosticsFormat, err);
  }

  /** {@link #run} without printing the diagnostics, for a command that adds its own. */
  GeneratorResult generate(boolean emit, PrintWriter err) throws UsageException {
    EntrySelection selection = entries();
    List<Diagnostic> problems = selection.problems();
    GeneratorResult result;
    if (problems.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      result = new GeneratorResult(null, List.of(), problems, List.of());
    } else if (selection.entries().isEmpty()) {
      // say why each file found was not an entry, rather than that there was nothing
      List<Diagnostic> all = new ArrayList<>(problems);
      all.addAll(selection.skippedAfter(List.of()));
      all.add(selection.noEntries(settings.specs() == null ? List.of("specs") : settings.specs()));
      result = new GeneratorResult(null, List.of(), all, List.of());
    } else {
      GeneratorOptions options = settings.generatorOptions(selection.entries());
      GeneratorResult generated = emit ? new Generator().generate(options) : new Generator().check(options);
      List<Diagnostic> all = new ArrayList<>(problems);
      all.addAll(selection.skippedAfter(generated.inputFiles()));
      all.addAll(generated.diagnostics());
      result = new GeneratorResult(generated.model(), generated.files(), all, generated.inputFiles());
    }
    if (verbose) {
      if (configFile != null) {
        err.println(TerminalText.escape("armgen: settings from " + configFile));
      }
      selection.entries().forEach(e -> err.println(TerminalText.escape("armgen: entry " + e)));
      err.println("armgen: read " + result.inputFiles().size() + " files (entries, $ref targets, examples)");
      result.inputFiles().forEach(f -> err.println(TerminalText.escape("armgen:   " + f)));
    }
    return result;
  }
}
