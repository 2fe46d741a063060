package io.armgen.benchmarks;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
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
 * Warm, in-process generation of the four bundled specs (issue 5 target: at most 50 ms).
 * Measures load, normalise and emit in memory; writing files is the CLI's job and is covered by
 * the cold CLI benchmark (benchmarks/cli-bench.sh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The run goes through much of JavaPoet and Jackson: C2 needs about 30 s to settle on 2 cores
// (a loaded run measured 436 ms/op after 2 s, 110 after 20 s, 45 after 30 s)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class GeneratorBenchmark {
  private Generator generator;
  private GeneratorOptions fourSpecs;

  @Setup
  public void setUp() {
    Path specs = RepoRoot.locate().resolve("specs");
    generator = new Generator();
    fourSpecs = GeneratorOptions.of(List.of(specs));
    // A run that stops at an error takes a shorter path: timing it would flatter us.
    GeneratorResult first = generator.generate(fourSpecs);
    if (first.hasErrors() || first.files().isEmpty()) {
      throw new IllegalStateException("generation of " + specs + " failed or produced nothing: " + first.diagnostics());
    }
  }

  @Benchmark
  public GeneratorResult generateFourSpecs() {
    return generator.generate(fourSpecs);
  }
}
