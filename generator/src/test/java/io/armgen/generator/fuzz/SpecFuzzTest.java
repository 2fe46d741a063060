package io.armgen.generator.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.cli.ArmgenCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutation fuzzing of the whole CLI: every mutant of a spec must either be rejected with
 * diagnostics and exit 1 (no exception, no stack trace, no INTERNAL_ERROR) or produce code that
 * compiles with {@code -Xlint:all -Werror}; either way, a diagnostic of the emit stage
 * ({@code EMIT_...}) names its file, line and JSON pointer. Outputs are compiled {@value #BATCH} mutants per javac
 * run, each mutant in its own package.
 *
 * <p>System properties: {@code armgen.fuzz.mutants} (default 500; the {@code fuzz-long} Maven
 * profile sets 20,000), {@code armgen.fuzz.seed} (base seed), {@code armgen.fuzz.first} (first
 * mutant index; with {@code mutants=1} it replays one failure), {@code armgen.fuzz.heavy} (also
 * mutate the AKS spec). Failing mutants are saved in {@code target/fuzz-failures/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpecFuzzTest {
  private static final int MUTANTS = Integer.getInteger("armgen.fuzz.mutants", 500);
  private static final long SEED = Long.getLong("armgen.fuzz.seed", 20_260_601L);
  private static final int FIRST = Integer.getInteger("armgen.fuzz.first", 0);
  private static final boolean HEAVY = Boolean.getBoolean("armgen.fuzz.heavy");
  static final int BATCH = 50;
  static final int FLOOR_RUN = 100;
  static final int COMPILED_FLOOR_PERCENT = 35;
  static final int ROUND_TRIP_FLOOR_PERCENT = 80;
  private static final Pattern OUR_THROWABLE = Pattern.compile("io\\.armgen\\.[\\w.$]*(Exception|Error)\\b");

  @TempDir
  static Path scratch;
  private static List<FuzzCorpus.Source> sources;
  private static int totalWeight;
  private static final AtomicInteger rejected = new AtomicInteger();
  private static final AtomicInteger compiled = new AtomicInteger();
  private static final AtomicInteger failed = new AtomicInteger();
  private static final AtomicLong startNanos = new AtomicLong();
  private static final AtomicLong generateNanos = new AtomicLong();
  private static final AtomicLong compileNanos = new AtomicLong();
  private static final AtomicLong roundTripNanos = new AtomicLong();
  private static final AtomicInteger compiledAfresh = new AtomicInteger();
  private static final AtomicInteger roundTrippedMutants = new AtomicInteger();
  private static final AtomicInteger roundTrippedModels = new AtomicInteger();
  private static final Map<String, Integer> rejectionCodes = new TreeMap<>();
  /** Fingerprints of outputs that compiled, so that a mutant with the same code is not compiled again. */
  private static final java.util.Set<String> compiledOutputs = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void loadCorpus() throws IOException {
    startNanos.set(System.nanoTime());
    sources = FuzzCorpus.load(scratch, HEAVY);
    totalWeight = sources.stream().mapToInt(FuzzCorpus.Source::weight).sum();
  }

  static Stream<Integer> batches() {
    return IntStream.iterate(FIRST, i -> i < FIRST + MUTANTS, i -> i + BATCH).boxed();
  }

  /** The seed of mutant {@code index}: the whole mutant (source and mutations) follows from it. */
  static long seedOf(int index) {
    return SEED * 1_000_003L + index;
  }

  @ParameterizedTest(name = "mutants {0}..")
  @MethodSource("batches")
  @Order(1)
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void mutantsAreRejectedWithDiagnosticsOrCompile(int first) throws IOException {
    int end = Math.min(first + BATCH, FIRST + MUTANTS);
    Map<Integer, Path> toCompile = new LinkedHashMap<>();
    Map<Integer, Trial> trials = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = first; i < end; i++) {
      Trial trial = generate(i);
      trials.put(i, trial);
      if (trial.problem != null) {
        failures.add(report(trial, trial.problem));
      } else if (trial.exit == 0) {
        if (compiledOutputs.contains(fingerprint(trial.output, i))) {
          compiled.incrementAndGet(); // the same code (up to its package) already compiled cleanly
        } else {
          toCompile.put(i, trial.output);
        }
      } else {
        rejected.incrementAndGet();
      }
    }
    long t1 = System.nanoTime();
    Path classes = scratch.resolve("classes/" + first);
    Map<Integer, String> compileFailures = BatchCompiler.compile(toCompile, classes);
    long t2 = System.nanoTime();
    generateNanos.addAndGet(t1 - t0);
    compileNanos.addAndGet(t2 - t1);
    compileFailures.forEach((i, why) -> failures.add(report(trials.get(i), "generated code does not compile:\n" + why)));
    // a batch javac refused has no class files (-Werror): its failures fail the test already
    List<MutantRoundTrips.Subject> subjects = !compileFailures.isEmpty() ? List.of()
        : toCompile.keySet().stream().map(i -> trials.get(i).roundTrip()).toList();
    MutantRoundTrips.Result roundTrips = MutantRoundTrips.check(subjects, classes);
    roundTripNanos.addAndGet(System.nanoTime() - t2);
    roundTrippedMutants.addAndGet(roundTrips.mutants());
    roundTrippedModels.addAndGet(roundTrips.models());
    roundTrips.failures().forEach((i, why) -> failures.add(report(trials.get(i), why)));
    int compiledCleanly = toCompile.size() - compileFailures.size() - roundTrips.failures().size();
    compiled.addAndGet(compiledCleanly);
    compiledAfresh.addAndGet(compiledCleanly);
    for (Map.Entry<Integer, Path> e : toCompile.entrySet()) {
      if (!compileFailures.containsKey(e.getKey()) && !roundTrips.failures().containsKey(e.getKey())) {
        compiledOutputs.add(fingerprint(e.getValue(), e.getKey()));
      }
    }
    failed.addAndGet(failures.size());
    io.armgen.generator.write.TestFiles.deleteTree(scratch.resolve("out"));
    io.armgen.generator.write.TestFiles.deleteTree(scratch.resolve("classes/" + first));
    assertTrue(failures.isEmpty(), () -> failures.size() + " failing mutants:\n\n" + String.join("\n\n", failures));
  }

  /**
   * A fuzzer whose mutants are all rejected, or whose compiled mutants have no model to read, tests
   * nothing: over a run of {@value #FLOOR_RUN} mutants or more, at least
   * {@value #COMPILED_FLOOR_PERCENT}% must compile (about 45% do), and at least
   * {@value #ROUND_TRIP_FLOOR_PERCENT}% of those compiled afresh must have had models round-tripped.
   */
  @Test
  @Order(2)
  void enoughMutantsCompileAndRoundTrip() {
    int total = rejected.get() + compiled.get() + failed.get();
    Assumptions.assumeTrue(total >= FLOOR_RUN, "a run of " + total + " mutants (a replay): the floors apply from " + FLOOR_RUN);
    assertTrue(compiled.get() * 100 >= COMPILED_FLOOR_PERCENT * total,
        compiled.get() + " of " + total + " mutants compiled, below the floor of " + COMPILED_FLOOR_PERCENT + "%");
    assertTrue(roundTrippedMutants.get() * 100 >= ROUND_TRIP_FLOOR_PERCENT * compiledAfresh.get(), roundTrippedMutants.get()
        + " of " + compiledAfresh.get() + " mutants compiled afresh had models round-tripped, below " + ROUND_TRIP_FLOOR_PERCENT + "%");
  }

  /** One mutant's generation. {@code problem} is set when the run broke a rule. */
  private record Trial(int index, long seed, FuzzCorpus.Source source, List<String> mutations, String text, int exit,
      Path output, String problem, MutantRoundTrips.Subject roundTrip) {}

  private Trial generate(int index) throws IOException {
    long seed = seedOf(index);
    FuzzCorpus.Source source = pickSource(seed);
    SpecMutator.Mutant mutant = SpecMutator.mutate(source.tree(), seed);
    Path file = source.entry().resolveSibling("fuzz-m" + index + mutant.fileNamePart() + ".json");
    Files.writeString(file, mutant.text(), StandardCharsets.UTF_8);
    Path out = scratch.resolve("out/m" + index);
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit;
    String problem = null;
    MutantRoundTrips.Subject roundTrip = null;
    try {
      exit = ArmgenCommand.execute(new PrintWriter(stdout, true), new PrintWriter(stderr, true), "generate", file.toString(),
          "-o", out.toString(), "--package-prefix", "fuzz.m" + index, "--diagnostics-format", "json", "-q");
      problem = check(exit, stdout.toString(), stderr.toString());
      if (exit == 0 && problem == null) {
        roundTrip = roundTripSubject(index, seed, file, mutant.text());
      }
    } catch (Throwable escaped) { // StackOverflowError included: that is exactly what we look for
      exit = -1;
      problem = "exception escaped the CLI: " + escaped;
    } finally {
      Files.delete(file);
    }
    return new Trial(index, seed, source, mutant.mutations(), mutant.text(), exit, out, problem, roundTrip);
  }

  /** armgen's model of an accepted mutant (the same options as the CLI run), for its round trips. */
  private static MutantRoundTrips.Subject roundTripSubject(int index, long seed, Path file, String text) throws IOException {
    GeneratorResult result = new Generator().generate(new GeneratorOptions(List.of(file), "fuzz.m" + index, false, List.of()));
    return new MutantRoundTrips.Subject(index, seed, file, new ObjectMapper().readTree(text), result.model().services());
  }

  private FuzzCorpus.Source pickSource(long seed) {
    int ticket = new Random(seed ^ 0x5DEECE66DL).nextInt(totalWeight);
    for (FuzzCorpus.Source s : sources) {
      ticket -= s.weight();
      if (ticket < 0) {
        return s;
      }
    }
    throw new IllegalStateException("weights");
  }

  /** Null when the run obeyed the rules; else what it broke. */
  private static String check(int exit, String out, String err) {
    if (err.contains("\tat ") || OUR_THROWABLE.matcher(err).find() || OUR_THROWABLE.matcher(out).find()) {
      return "stack trace or exception class printed (exit " + exit + "):\n" + cut(err);
    }
    if (err.contains("INTERNAL_ERROR")) {
      return "internal error (exit " + exit + "):\n" + cut(err);
    }
    if (exit != 0 && exit != 1) {
      return "exit code " + exit + ":\n" + cut(err);
    }
    JsonNode diagnostics = null;
    for (String line : err.lines().toList()) {
      if (line.startsWith("[")) {
        try {
          diagnostics = new ObjectMapper().readTree(line);
        } catch (IOException e) {
          return "diagnostics are not valid JSON: " + cut(line);
        }
      }
    }
    // the emit stage's diagnostics (notes, refused shapes) name file, line and JSON pointer
    for (JsonNode d : diagnostics == null ? new ObjectMapper().createArrayNode() : diagnostics) {
      if (d.path("code").asText().startsWith("EMIT_")
          && (d.path("pointer").asText().isEmpty() || d.path("line").asInt() < 1 || d.path("file").asText().isEmpty())) {
        return "emit-stage diagnostic without file, line or JSON pointer: " + cut(d.toString());
      }
    }
    if (exit == 0) {
      return null;
    }
    boolean anyError = false;
    if (diagnostics != null) {
      for (JsonNode d : diagnostics) {
        if (d.path("severity").asText().equals("error")) {
          anyError = true;
          synchronized (rejectionCodes) {
            rejectionCodes.merge(d.path("code").asText(), 1, Integer::sum);
          }
          if (d.path("file").asText().isEmpty() || d.path("message").asText().isEmpty()) {
            return "diagnostic without file or message: " + d;
          }
        }
      }
    }
    return anyError ? null : "exit 1 without an error diagnostic:\n" + cut(err);
  }

  private static String report(Trial t, String why) {
    Path saved = Path.of("target/fuzz-failures/mutant-" + t.index + ".json");
    try {
      Files.createDirectories(saved.getParent());
      Files.writeString(saved, t.text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      saved = null;
    }
    return "mutant #" + t.index + " (seed " + t.seed + ", source " + t.source.name() + ")\n  mutations: " + t.mutations
        + "\n  problem: " + why.replace("\n", "\n    ")
        + "\n  replay: mvn -B -pl generator -am test -Dtest=SpecFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Darmgen.fuzz.seed=" + SEED + " -Darmgen.fuzz.first=" + t.index
        + " -Darmgen.fuzz.mutants=1" + (HEAVY ? " -Darmgen.fuzz.heavy=true" : "") + (saved == null ? "" : "\n  mutant saved to " + saved.toAbsolutePath());
  }

  /** SHA-256 over every generated file (path and content) with the mutant's own package prefix neutralised. */
  private static String fingerprint(Path output, int index) throws IOException {
    try (Stream<Path> walk = Files.walk(output)) {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      String own = "fuzz.m" + index + ".";
      String ownPath = "fuzz/m" + index + "/";
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        sha.update(output.relativize(p).toString().replace(ownPath, "fuzz/m/").getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readString(p, StandardCharsets.UTF_8).replace(own, "fuzz.m.").getBytes(StandardCharsets.UTF_8));
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cut(String text) {
    return text.length() <= 3_000 ? text : text.substring(0, 3_000) + "...";
  }

  @AfterAll
  static void summary() throws IOException {
    long ms = (System.nanoTime() - startNanos.get()) / 1_000_000;
    List<Map.Entry<String, Integer>> top = new ArrayList<>(rejectionCodes.entrySet());
    top.sort((a, b) -> b.getValue() - a.getValue());
    String line = String.format("fuzz: %d mutants (seed %d, first %d, %d sources%s): %d rejected with diagnostics, %d compiled"
            + " (%d of them round-tripped, %d models), %d failing; %d ms (generating %d, compiling %d, round trips %d);"
            + " error codes seen: %s",
        rejected.get() + compiled.get() + failed.get(), SEED, FIRST, sources.size(), HEAVY ? ", heavy" : "", rejected.get(),
        compiled.get(), roundTrippedMutants.get(), roundTrippedModels.get(), failed.get(), ms, generateNanos.get() / 1_000_000,
        compileNanos.get() / 1_000_000, roundTripNanos.get() / 1_000_000, top.subList(0, Math.min(12, top.size())));
    System.out.println(line);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fuzz-summary.txt"), line + "\n");
  }
}
