package io.armgen.benchmarks;

import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link GeneratorBenchmark}'s run of the four bundled specs, split into the stages the
 * {@code Generator} facade chains, so a report can say where the time goes. Each stage is timed
 * on the previous stage's output, prepared once in setup; the three add up to the facade's time
 * less its small glue (diagnostic lists, error checks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The run goes through much of JavaPoet and Jackson: C2 needs about 30 s to settle on 2 cores
// (a loaded run measured 436 ms/op after 2 s, 110 after 20 s, 45 after 30 s)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class GeneratorStagesBenchmark {
  private List<Path> specs;
  private LoaderOptions loaderOptions;
  private NormalizeOptions normalizeOptions;
  private LoadResult loaded;
  private ApiModel model;

  @Setup
  public void setUp() {
    specs = List.of(RepoRoot.locate().resolve("specs"));
    // the same options the facade derives from GeneratorOptions.of(specs)
    GeneratorOptions options = GeneratorOptions.of(specs);
    loaderOptions = LoaderOptions.defaults()
        .withAllowRemoteRefs(options.allowRemoteRefs())
        .withAllowedRoots(options.allowedRoots());
    normalizeOptions = new NormalizeOptions(options.packagePrefix(), options.sharedShapes());
    loaded = load();
    if (hasErrors(loaded.diagnostics()) || loaded.documents().isEmpty()) {
      throw new IllegalStateException("loading " + specs + " reported errors: " + loaded.diagnostics());
    }
    NormalizeResult normalized = normalize();
    if (hasErrors(normalized.diagnostics())) {
      throw new IllegalStateException("normalising " + specs + " reported errors: " + normalized.diagnostics());
    }
    model = normalized.model();
    EmitResult emitted = emit();
    if (hasErrors(emitted.problems()) || emitted.files().isEmpty()) {
      throw new IllegalStateException("emitting " + specs + " failed or produced nothing: " + emitted.problems());
    }
  }

  // A stage that stops at an error takes a shorter path: timing it would flatter us.
  private static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Finding the entry documents under specs/ and loading them with everything they reference. */
  @Benchmark
  public LoadResult load() {
    return new SpecLoader(loaderOptions).load(SpecFiles.expand(specs).files());
  }

  /** The loaded documents to the language-neutral model. */
  @Benchmark
  public NormalizeResult normalize() {
    return new Normalizer().normalize(loaded, normalizeOptions);
  }

  /** The model to Java source files, in memory. */
  @Benchmark
  public EmitResult emit() {
    return new JavaEmitter().emit(model);
  }
}
