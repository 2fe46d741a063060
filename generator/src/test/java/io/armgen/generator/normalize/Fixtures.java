package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** Lookups into normalised models for assertions. */
final class Fixtures {
  private Fixtures() {}

  static NormalizeResult normalize(TestLoad load) {
    return new Normalizer().normalize(load, NormalizeOptions.defaults());
  }

  static Service only(NormalizeResult result) {
    return result.model().services().get(0);
  }

  static ObjectType object(Service s, String name) {
    return s.objects().stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchElementException(name + " not among " + s.objects().stream().map(ObjectType::name).toList()));
  }

  static boolean hasObject(Service s, String name) {
    return s.objects().stream().anyMatch(o -> o.name().equals(name));
  }

  static EnumType enumType(Service s, String name) {
    return s.enums().stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchElementException(name + " not among " + s.enums().stream().map(EnumType::name).toList()));
  }

  static Property property(ObjectType o, String javaName) {
    return o.properties().stream().filter(p -> p.javaName().equals(javaName)).findFirst()
        .orElseThrow(() -> new NoSuchElementException(javaName + " not among " + o.properties().stream().map(Property::javaName).toList()));
  }

  static Operation operation(Service s, String operationId) {
    return s.groups().stream().flatMap(g -> g.operations().stream()).filter(o -> o.operationId().equals(operationId))
        .findFirst().orElseThrow(() -> new NoSuchElementException(operationId));
  }

  static List<Diagnostic> withCode(NormalizeResult r, String code) {
    return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
  }

  static List<Diagnostic> errors(NormalizeResult r) {
    return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  static void assertNoErrors(NormalizeResult r) {
    assertTrue(errors(r).isEmpty(), () -> "unexpected errors: " + errors(r));
  }

  /** The repository root: {@code ARMGEN_REPO_ROOT}, else the nearest ancestor holding {@code specs/}. */
  static Path repoRoot() {
    String env = System.getenv("ARMGEN_REPO_ROOT");
    if (env != null && Files.isDirectory(Path.of(env, "specs"))) {
      return Path.of(env).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("specs"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find the repository root (no specs/ above the working directory)");
  }
}
