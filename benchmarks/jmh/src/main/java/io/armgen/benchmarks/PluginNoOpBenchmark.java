package io.armgen.benchmarks;

import io.armgen.maven.GenerateMojo;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.project.MavenProject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Maven plugin's {@code generate} goal when nothing changed (issue 5 target: at most 20 ms):
 * the real {@link GenerateMojo#execute()}, configured as Maven would configure it, on a consumer
 * project holding a copy of the four bundled specs that the mojo has already generated once. Each
 * call resolves the specs, re-hashes the configuration and every file the last run read (entry
 * specs, files reached only through {@code $ref}, example files) plus the output manifest, finds
 * the fingerprint unchanged and skips. Maven's own start-up and project model are not included:
 * they cost the same with or without the plugin.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PluginNoOpBenchmark {
  private Path consumer;
  private GenerateMojo mojo;
  private final CountingLog log = new CountingLog();

  @Setup
  public void setUp() throws Exception {
    consumer = Files.createTempDirectory("armgen-noop-");
    copyTree(RepoRoot.locate().resolve("specs"), consumer.resolve("specs"));
    mojo = configuredMojo(consumer);
    mojo.setLog(log);
    mojo.execute(); // the first build generates and records the fingerprint
    if (log.upToDate != 0 || !Files.isRegularFile(consumer.resolve("target/armgen/default.fingerprint"))) {
      throw new IllegalStateException("the first run did not generate: " + log.lastInfo);
    }
    log.reset();
    mojo.execute();
    if (log.upToDate != 1 || log.otherInfo != 0) {
      throw new IllegalStateException("the second run was not a no-op: " + log.lastInfo);
    }
    log.reset();
  }

  @Benchmark
  public void upToDate() throws MojoExecutionException, MojoFailureException {
    mojo.execute();
  }

  /** Every measured call must have taken the up-to-date path: a regeneration would be another benchmark. */
  @TearDown
  public void tearDown() throws IOException {
    try {
      if (log.otherInfo != 0) {
        throw new IllegalStateException("a measured call regenerated: " + log.lastInfo);
      }
    } finally {
      deleteTree(consumer);
    }
  }

  /** The mojo with the fields Maven injects from a pom that lists {@code <specs><spec>specs</spec></specs>}. */
  private static GenerateMojo configuredMojo(Path consumer) throws ReflectiveOperationException {
    MavenProject project = new MavenProject();
    project.setFile(consumer.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(consumer.resolve("target").toString());
    GenerateMojo mojo = new GenerateMojo();
    inject(mojo, "specs", List.of("specs"));
    inject(mojo, "outputDirectory", consumer.resolve("target/generated-sources/armgen").toFile());
    inject(mojo, "project", project);
    inject(mojo, "mojoExecution", new MojoExecution(new MojoDescriptor(), "default"));
    return mojo;
  }

  /** Sets a parameter field, declared by the goal or by the settings it inherits. */
  private static void inject(GenerateMojo mojo, String field, Object value) throws ReflectiveOperationException {
    for (Class<?> c = GenerateMojo.class; c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(field);
        f.setAccessible(true);
        f.set(mojo, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared by a superclass
      }
    }
    throw new NoSuchFieldException(field);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Silent (the mojo logs a line per call), but counts what the mojo said it did. */
  private static final class CountingLog extends QuietLog {
    int upToDate;
    int otherInfo;
    String lastInfo = "";

    @Override
    public void info(CharSequence content) {
      lastInfo = String.valueOf(content);
      if (lastInfo.startsWith("armgen: up to date, skipped")) {
        upToDate++;
      } else {
        otherInfo++;
      }
    }

    void reset() {
      upToDate = 0;
      otherInfo = 0;
    }
  }
}
