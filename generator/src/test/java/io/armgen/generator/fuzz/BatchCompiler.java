package io.armgen.generator.fuzz;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the outputs of many mutants in one javac run ({@code -Xlint:all -Werror}), and names
 * the mutants whose code failed: by the source file of each problem, or by bisection when javac
 * reports a problem without a file. A file that declares a top-level type other than the one its
 * name says (spec text turned into code) fails too, even when it compiles.
 */
final class BatchCompiler {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private BatchCompiler() {}

  /**
   * @param outputs mutant id -> its output folder
   * @param classes scratch folder for class files
   * @return mutant id -> the first problems javac reported in its code; empty when all compile
   */
  static Map<Integer, String> compile(Map<Integer, Path> outputs, Path classes) {
    Map<Integer, String> failures = new LinkedHashMap<>();
    if (outputs.isEmpty()) {
      return failures;
    }
    List<Diagnostic<? extends JavaFileObject>> problems = run(outputs, classes, (file, type) -> {
      Integer owner = ownerOf(file, outputs);
      failures.merge(owner == null ? -1 : owner, file.getFileName() + " declares a type " + type + " that no generator wrote",
          (a, b) -> a + "\n" + b);
    });
    if (problems.isEmpty()) {
      return failures;
    }
    boolean unattributed = false;
    for (Diagnostic<? extends JavaFileObject> d : problems) {
      Integer owner = d.getSource() == null ? null : ownerOf(Path.of(d.getSource().toUri()), outputs);
      if (owner == null) {
        unattributed = true;
      } else {
        failures.merge(owner, describe(d), (a, b) -> a.length() > 2_000 ? a : a + "\n" + b);
      }
    }
    if (unattributed && outputs.size() > 1) {
      List<Integer> ids = new ArrayList<>(outputs.keySet());
      Map<Integer, Path> first = new LinkedHashMap<>();
      Map<Integer, Path> second = new LinkedHashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        (i < ids.size() / 2 ? first : second).put(ids.get(i), outputs.get(ids.get(i)));
      }
      failures.putAll(compile(first, classes));
      failures.putAll(compile(second, classes));
    } else if (unattributed) {
      Integer only = outputs.keySet().iterator().next();
      failures.merge(only, problems.stream().map(BatchCompiler::describe).limit(5).reduce("", (a, b) -> a + "\n" + b),
          (a, b) -> a + "\n" + b);
    }
    return failures;
  }

  private static List<Diagnostic<? extends JavaFileObject>> run(Map<Integer, Path> outputs, Path classes,
      BiConsumer<Path, String> strayType) {
    List<Path> sources = new ArrayList<>();
    for (Path out : outputs.values()) {
      try (Stream<Path> walk = Files.walk(out)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = JAVAC.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      // should-stop=FLOW: every lint check has run by then; desugaring and class generation are skipped
      List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none", "-implicit:none",
          "-XDshould-stop.ifNoError=FLOW",
          "-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      JavacTask task = (JavacTask) JAVAC.getTask(null, files, collector, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      for (CompilationUnitTree unit : task.parse()) {
        Path file = Path.of(unit.getSourceFile().toUri());
        String expected = file.getFileName().toString().replace(".java", "");
        for (Tree type : unit.getTypeDecls()) {
          if (type instanceof ClassTree c && !c.getSimpleName().contentEquals(expected)) {
            strayType.accept(file, c.getSimpleName().toString());
          }
        }
      }
      task.analyze();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return collector.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .toList();
  }

  private static Integer ownerOf(Path source, Map<Integer, Path> outputs) {
    for (Map.Entry<Integer, Path> e : outputs.entrySet()) {
      if (source.startsWith(e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
    return where + d.getKind() + ": " + d.getMessage(Locale.ROOT);
  }
}
