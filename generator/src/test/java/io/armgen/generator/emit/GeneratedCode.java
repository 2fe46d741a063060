package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.armgen.runtime.arm.ArmClientCore;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles generated sources the strict way the generated code must pass ({@code -Xlint:all
 * -Werror --release 17}, against armgen-runtime and jackson-core only) and loads the classes in
 * memory.
 */
final class GeneratedCode {
  private final Map<String, byte[]> classes;

  private GeneratedCode(Map<String, byte[]> classes) {
    this.classes = classes;
  }

  /**
   * Compiles {@code files} (path -> source) and fails the test, showing every diagnostic, unless
   * compilation succeeds without a single warning.
   */
  static GeneratedCode compile(Map<String, String> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    files.forEach((path, content) -> sources.add(
        JavaFileObjects.forSourceString(path.replace('/', '.').replaceAll("\\.java$", ""), content)));
    Compilation compilation = Compiler.javac()
        .withOptions("-Xlint:all", "-Werror", "--release", "17")
        .withClasspath(List.of(locationOf(ArmClientCore.class), locationOf(JsonParser.class)))
        .compile(sources);
    String diagnostics = compilation.diagnostics().stream()
        .map(d -> d.getKind() + ": " + d.getMessage(null) + " at " + (d.getSource() == null ? "?" : d.getSource().getName())
            + ":" + d.getLineNumber())
        .collect(Collectors.joining("\n"));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> diagnostics + "\n\n" + listing(files));
    assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING
        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING), diagnostics);
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "").replaceAll("\\.class$", "").replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new GeneratedCode(classes);
  }

  private static Map<String, String> lastFiles;
  private static GeneratedCode lastCompiled;

  /**
   * {@link #compile}, reusing the previous result when the files are the same text: lets a test
   * class emit before each test (PIT credits a {@code @BeforeAll} to the first test only) and still
   * compile once per distinct output.
   */
  static synchronized GeneratedCode compileOnce(Map<String, String> files) {
    if (!files.equals(lastFiles)) {
      lastCompiled = compile(files);
      lastFiles = Map.copyOf(files);
    }
    return lastCompiled;
  }

  /** The emitted files of {@code result} as a path -> content map. */
  static Map<String, String> sources(EmitResult result) {
    Map<String, String> files = new HashMap<>();
    result.files().forEach(f -> files.put(f.relativePath(), f.content()));
    return files;
  }

  /** A fresh class loader over the compiled classes, delegating to the test's for the runtime. */
  ClassLoader loader() {
    return new ClassLoader(GeneratedCode.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  /** The names of every compiled class. */
  List<String> classNames() {
    return classes.keySet().stream().sorted().collect(Collectors.toList());
  }

  private static File locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String listing(Map<String, String> files) {
    StringBuilder out = new StringBuilder();
    files.keySet().stream().sorted().forEach(path -> {
      out.append("==== ").append(path).append('\n');
      String[] lines = files.get(path).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        out.append(String.format("%4d  %s%n", i + 1, lines[i]));
      }
    });
    return out.toString();
  }
}
