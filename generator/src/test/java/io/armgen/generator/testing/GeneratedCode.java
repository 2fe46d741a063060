package io.armgen.generator.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.armgen.generator.emit.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles generated sources in memory (against the test classpath: runtime + jackson) and loads them. */
public final class GeneratedCode {
  private GeneratedCode() {}

  /** Compiles with {@code -Xlint:all -Werror --release 17}; fails the test with every diagnostic otherwise. */
  public static Compilation compileClean(List<GeneratedFile> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile f : files) {
      if (f.relativePath().endsWith(".java")) {
        String fqcn = f.relativePath().substring(0, f.relativePath().length() - 5).replace('/', '.');
        sources.add(JavaFileObjects.forSourceString(fqcn, f.content()));
      }
    }
    Compilation c = Compiler.javac().withOptions("-Xlint:all", "-Werror", "--release", "17").compile(sources);
    List<Diagnostic<? extends JavaFileObject>> problems = c.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .collect(Collectors.toList());
    if (c.status() != Compilation.Status.SUCCESS || !problems.isEmpty()) {
      fail("generated code does not compile cleanly (" + sources.size() + " files):\n"
          + problems.stream().limit(30).map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
              + d.getKind() + ": " + d.getMessage(null)).collect(Collectors.joining("\n")));
    }
    return c;
  }

  /** A class loader over the compiled classes, parented by the test class loader. */
  public static ClassLoader load(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name = f.toUri().getPath();
      int at = name.indexOf("/CLASS_OUTPUT/");
      name = at >= 0 ? name.substring(at + "/CLASS_OUTPUT/".length()) : name.substring(1);
      name = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      try (InputStream in = f.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
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
}
