package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonModel;
import io.armgen.runtime.json.JsonWritable;
import io.armgen.runtime.json.JsonWriteMode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles emitted model and enum sources as strictly as users will ({@code -Xlint:all -Werror
 * --release 17}, against armgen-runtime and jackson-core), loads them in memory and drives them by
 * reflection: construct, call accessors, read and write JSON.
 */
final class ModelCompiler {
  private final ClassLoader loader;

  private ModelCompiler(Map<String, byte[]> classes) {
    this.loader = new ClassLoader(ModelCompiler.class.getClassLoader()) {
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

  private static String lastSource;
  private static ModelCompiler lastCompiled;

  /**
   * {@link #compile}, reusing the previous result when the sources are the same text (compiling is
   * a function of the text). For tests that emit before each test rather than once per class: PIT
   * credits what a {@code @BeforeAll} runs to the first test only, so emitting per test lets every
   * test meet a mutant of the generator, while the costly compile still runs once per distinct text.
   */
  static synchronized ModelCompiler compileOnce(List<JavaFile> files) {
    String source = files.stream().map(f -> f.packageName() + "." + f.typeSpec().name() + "\n" + f)
        .collect(Collectors.joining("\n"));
    if (!source.equals(lastSource)) {
      lastCompiled = compile(files);
      lastSource = source;
    }
    return lastCompiled;
  }

  /** Compiles {@code files}; fails the test with every diagnostic and the sources unless clean. */
  static ModelCompiler compile(List<JavaFile> files) {
    List<JavaFileObject> sources = files.stream()
        .map(f -> JavaFileObjects.forSourceString(f.packageName() + "." + f.typeSpec().name(), f.toString()))
        .collect(Collectors.toList());
    Compilation compilation = Compiler.javac()
        .withOptions("-Xlint:all", "-Werror", "--release", "17")
        .withClasspath(List.of(locationOf(JsonModel.class), locationOf(JsonParser.class)))
        .compile(sources);
    boolean clean = compilation.status() == Compilation.Status.SUCCESS && compilation.diagnostics().stream()
        .noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
    if (!clean) {
      fail("generated code does not compile cleanly:\n" + compilation.diagnostics().stream()
          .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
              + d.getLineNumber() + ": " + d.getMessage(null))
          .collect(Collectors.joining("\n")) + "\n\n" + listing(files));
    }
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "").replaceAll("\\.class$", "")
            .replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ModelCompiler(classes);
  }

  Class<?> type(String fqcn) {
    try {
      return loader.loadClass(fqcn);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + fqcn, e);
    }
  }

  /** {@code new T()}. */
  Object create(String fqcn) {
    try {
      return type(fqcn).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code T.fromJson(json)}. */
  Object read(String fqcn, String json) throws IOException {
    Method fromJson = method(type(fqcn), "fromJson", JsonParser.class);
    return Json.parse(json, p -> invoke(fromJson, null, p));
  }

  /** The static {@code T.name(args)} ({@code fromString} of an enum). */
  Object callStatic(String fqcn, String name, Object... args) {
    return call(type(fqcn), null, name, args);
  }

  /** {@code target.name(args)}, the method found by name and argument count. */
  static Object call(Object target, String name, Object... args) {
    return call(target.getClass(), target, name, args);
  }

  static String write(Object model, JsonWriteMode mode) {
    return Json.writeString((JsonWritable) model, mode);
  }

  private static Object call(Class<?> type, Object target, String name, Object... args) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length && !m.isBridge()) {
        return invoke(m, target, args);
      }
    }
    throw new AssertionError("no method " + name + "/" + args.length + " on " + type.getName());
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** Invokes, rethrowing what the generated code threw (unchecked, or IOException wrapped). */
  private static Object invoke(Method m, Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new AssertionError(cause);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static File locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String listing(List<JavaFile> files) {
    StringBuilder out = new StringBuilder();
    for (JavaFile f : files) {
      out.append("==== ").append(f.typeSpec().name()).append('\n');
      String[] lines = f.toString().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        out.append(String.format("%4d  %s%n", i + 1, lines[i]));
      }
    }
    return out.toString();
  }
}
