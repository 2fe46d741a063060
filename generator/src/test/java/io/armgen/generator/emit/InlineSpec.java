package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.runtime.arm.ArmClientBuilder;
import io.armgen.runtime.http.HttpPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A spec written inline by a test: generated from a temporary folder (package prefix
 * {@code com.example}), its Java sources, and a generated client whose calls a pipeline policy
 * answers in memory.
 */
final class InlineSpec {
  private InlineSpec() {}

  /** Writes {@code json} as {@code specification/<name>/<name>.json} under {@code dir} and generates; fails on errors. */
  static GeneratorResult generate(Path dir, String name, String json) throws IOException {
    Path spec = Files.createDirectories(dir.resolve("specification/" + name)).resolve(name + ".json");
    Files.writeString(spec, json);
    GeneratorResult result = new Generator().generate(new GeneratorOptions(List.of(spec), "com.example", false, List.of()));
    assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), result.diagnostics()::toString);
    return result;
  }

  /** The Java files of {@code files}, path to content. */
  static Map<String, String> javaSources(List<GeneratedFile> files) {
    return files.stream().filter(f -> f.relativePath().endsWith(".java"))
        .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
  }

  /** The class name of the one source whose path ends in {@code /simpleName.java}. */
  static String className(Map<String, String> sources, String simpleName) {
    return sources.keySet().stream().filter(f -> f.endsWith("/" + simpleName + ".java")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + simpleName + " in " + sources.keySet()))
        .replace(".java", "").replace('/', '.');
  }

  /** A client of {@code clientClass} whose every call {@code answer} handles (nothing goes over a network). */
  static Object client(ClassLoader loader, String clientClass, HttpPolicy answer) throws ReflectiveOperationException {
    Class<?> type = loader.loadClass(clientClass);
    ArmClientBuilder<?> builder = (ArmClientBuilder<?>) type.getMethod("builder").invoke(null);
    builder.addPolicy(answer);
    builder.endpoint("http://127.0.0.1:1");
    return builder.getClass().getMethod("build").invoke(builder);
  }
}
