package io.armgen.generator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.model.Service;
import io.armgen.generator.testing.ModelRoundTrip;
import io.armgen.generator.testing.SchemaInstances;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fuzzer's second check of a mutant whose code compiled: every model class it generated reads
 * and writes back, unchanged, an instance of its definition built from the mutated spec's JSON
 * ({@link SchemaInstances}, seeded by the mutant's seed; {@link ModelRoundTrip}). Compiling says
 * the code is well-formed; this says it still speaks the spec's wire format.
 */
final class MutantRoundTrips {
  /** A compiled mutant: its spec as written (in memory: the file is gone), and armgen's model of it. */
  record Subject(int index, long seed, Path spec, JsonNode tree, List<Service> services) {}

  /** How many mutants and models were compared, and each mutant's differences. */
  record Result(int mutants, int models, Map<Integer, String> failures) {}

  private MutantRoundTrips() {}

  /** Round trips of {@code subjects}, whose classes are in {@code classes}. */
  static Result check(List<Subject> subjects, Path classes) {
    int mutants = 0;
    int models = 0;
    Map<Integer, String> failures = new LinkedHashMap<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, MutantRoundTrips.class.getClassLoader())) {
      for (Subject s : subjects) {
        ModelRoundTrip.Outcome outcome = ModelRoundTrip.check(s.services(), loader,
            new SchemaInstances(s.spec(), s.tree(), s.seed()), Integer.MAX_VALUE);
        if (outcome.compared() > 0) {
          mutants++;
          models += outcome.compared();
        }
        if (!outcome.failures().isEmpty()) {
          failures.put(s.index(), "models do not write back what they read:\n" + String.join("\n", outcome.failures()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(mutants, models, failures);
  }
}
