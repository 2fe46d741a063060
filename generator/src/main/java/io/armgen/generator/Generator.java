package io.armgen.generator;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.InternalErrors;
import io.armgen.generator.emit.EmitResult;
import io.armgen.generator.emit.JavaEmitter;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.LoaderOptions;
import io.armgen.generator.load.SpecFiles;
import io.armgen.generator.load.SpecLoader;
import io.armgen.generator.model.ApiModel;
import io.armgen.generator.normalize.NormalizeOptions;
import io.armgen.generator.normalize.NormalizeResult;
import io.armgen.generator.normalize.Normalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The generator as a library: load -> normalise -> emit. Pure: reads the specs, writes nothing
 * (the CLI and the Maven plugin hand the files to {@link io.armgen.generator.write.OutputWriter}).
 * Thread-safe; one instance may serve concurrent runs.
 */
public final class Generator {

  /** A generator; it holds no state between runs. */
  public Generator() {}

  /**
   * Loads and normalises, and emits the Java files when there are no errors. Problems in the
   * specs are diagnostics, not exceptions; so is a failure inside the generator
   * ({@code INTERNAL_ERROR}).
   *
   * @param options what to read and how to generate
   * @return the model, the files (none when any error was found) and every diagnostic
   * @throws IllegalArgumentException when the package prefix is not a valid Java package name (a
   *     usage error, said without naming the option)
   */
  public GeneratorResult generate(GeneratorOptions options) {
    return run(options, true);
  }

  /**
   * Loads and normalises only, for {@code validate} and the model dump: no files are emitted, so
   * problems the emitter would find are not reported.
   *
   * @param options what to read
   * @return the model (null when there were errors) and every diagnostic; never any files
   * @throws IllegalArgumentException when the package prefix is not a valid Java package name
   */
  public GeneratorResult check(GeneratorOptions options) {
    return run(options, false);
  }

  private GeneratorResult run(GeneratorOptions options, boolean emit) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    SpecFiles.Expansion expansion = SpecFiles.expand(options.inputs());
    diagnostics.addAll(expansion.diagnostics());
    if (expansion.files().isEmpty()) {
      diagnostics.addAll(SpecFiles.unreferenced(expansion.skipped(), List.of()));
      if (!hasErrors(diagnostics)) {
        diagnostics.add(SpecFiles.noEntries(String.valueOf(options.inputs()), expansion.skipped().size()));
      }
      return new GeneratorResult(null, List.of(), diagnostics, List.of());
    }
    LoaderOptions loaderOptions = LoaderOptions.defaults()
        .withAllowRemoteRefs(options.allowRemoteRefs())
        .withAllowedRoots(options.allowedRoots());
    String entryNames = expansion.files().stream().map(Path::toString).collect(Collectors.joining(", "));
    LoadResult loaded;
    try {
      loaded = new SpecLoader(loaderOptions).load(expansion.files());
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(InternalErrors.of("loading", entryNames, e));
      return new GeneratorResult(null, List.of(), diagnostics, List.of());
    }
    addNew(diagnostics, loaded.diagnostics());
    List<Path> inputFiles = new ArrayList<>(loaded.documents().keySet());
    inputFiles.sort(null);
    diagnostics.addAll(SpecFiles.unreferenced(expansion.skipped(), inputFiles));
    if (hasErrors(diagnostics)) {
      return new GeneratorResult(null, List.of(), diagnostics, inputFiles);
    }
    // a bad prefix is a usage error
    NormalizeOptions normalizeOptions = new NormalizeOptions(options.packagePrefix(), options.sharedShapes(), options.operationFilter());
    NormalizeResult normalized;
    try {
      normalized = new Normalizer().normalize(loaded, normalizeOptions);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(InternalErrors.of("normalising", entryNames, e));
      return new GeneratorResult(null, List.of(), diagnostics, inputFiles);
    }
    diagnostics.addAll(normalized.diagnostics());
    ApiModel model = normalized.model();
    if (!emit || hasErrors(diagnostics)) {
      return new GeneratorResult(hasErrors(diagnostics) ? null : model, List.of(), diagnostics, inputFiles);
    }
    EmitResult emitted;
    try {
      emitted = new JavaEmitter().emit(model);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(InternalErrors.of("generating Java", entryNames, e));
      return new GeneratorResult(null, List.of(), diagnostics, inputFiles);
    }
    diagnostics.addAll(emitted.problems());
    return new GeneratorResult(model, hasErrors(diagnostics) ? List.of() : emitted.files(), diagnostics, inputFiles);
  }

  /**
   * Adds the loader's diagnostics, but not one the folder search already reported (a file that
   * does not parse, found in a folder and also reached through a {@code $ref}).
   */
  private static void addNew(List<Diagnostic> diagnostics, List<Diagnostic> more) {
    for (Diagnostic d : more) {
      boolean known = diagnostics.stream().anyMatch(k -> k.code().equals(d.code()) && Objects.equals(k.file(), d.file())
          && k.line() == d.line() && k.column() == d.column());
      if (!known) {
        diagnostics.add(d);
      }
    }
  }

  private static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(d -> d.severity() == io.armgen.generator.diagnostics.Severity.ERROR);
  }
}
