package io.armgen.generator.write;

import io.armgen.generator.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes generated files into an output folder so that a failed or killed run never leaves it half
 * written.
 *
 * <p>How: everything is first written to a staging folder next to the output folder (same file
 * system), then the output folder is swapped in with two renames: {@code out -> .out.armgen-old},
 * {@code staging -> out}. A run killed between the two renames leaves {@code .out.armgen-old},
 * which the next run renames back before it starts. Files in the output folder that armgen did not
 * generate (not listed in its manifest) are carried over into the new folder untouched; one that
 * is in the way of a generated file stops the run unless {@code clean} is set. When the output is
 * already byte-identical, nothing is touched (file times stay, so incremental builds stay quiet).
 */
public final class OutputWriter {
  /** Lists the files armgen wrote, one {@code sha256 path} line each. */
  public static final String MANIFEST = ".armgen-manifest";

  private final boolean clean;
  private final WriteHook hook;

  /**
   * A writer. For tests only, the system property {@code armgen.test.pauseAfterFiles} makes it
   * pause mid-write, so that a test can kill the process there.
   *
   * @param clean delete files armgen did not generate instead of refusing to overwrite them
   */
  public OutputWriter(boolean clean) {
    this(clean, TestPause.fromSystemProperty());
  }

  OutputWriter(boolean clean, WriteHook hook) {
    this.clean = clean;
    this.hook = hook;
  }

  /** Lets tests inject a failure after some files are written. */
  interface WriteHook {
    WriteHook NONE = count -> {};

    void afterFile(int filesWritten) throws IOException;
  }

  /**
   * What a write did.
   *
   * @param filesWritten how many generated files were written; 0 when unchanged
   * @param unchanged true when the output was already byte-identical and nothing was touched
   * @param userFilesKept how many files armgen did not generate were carried over
   */
  public record WriteResult(int filesWritten, boolean unchanged, int userFilesKept) {}

  /**
   * Replaces the generated content of {@code outDir} with {@code files}. Not safe to call for
   * the same folder from two threads or processes at once.
   *
   * @param outDir the output folder; created with its parents when missing
   * @param files the files, paths relative to {@code outDir}
   * @return what was done
   * @throws OutputException when a path is unsafe, a user file is in the way, or I/O fails; the
   *     previous content of {@code outDir} is then as it was
   */
  public WriteResult write(Path outDir, List<GeneratedFile> files) {
    Path out = outDir.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new OutputException("refusing to write to the file system root: " + outDir);
    }
    Map<String, byte[]> contents = new TreeMap<>();
    for (GeneratedFile file : files) {
      String rel = SafePaths.check(file.relativePath());
      if (contents.put(rel, file.content().getBytes(StandardCharsets.UTF_8)) != null) {
        throw new OutputException("two generated files have the same path: " + rel);
      }
    }
    try {
      Files.createDirectories(parent);
      recoverInterruptedSwap(out);
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
        throw new OutputException("output path exists and is not a folder: " + outDir);
      }
      Manifest previous = Manifest.read(out.resolve(MANIFEST));
      Map<String, Path> userFiles = userFiles(out, previous);
      for (String rel : userFiles.keySet()) {
        if (contents.containsKey(rel) && !clean) {
          throw new OutputException("output folder " + outDir + " holds a file armgen did not generate where it would write one: "
              + rel + " (move it away, or pass --clean to replace it)");
        }
      }
      Manifest next = Manifest.of(contents);
      if (previous != null && previous.equals(next) && Manifest.matchesDisk(out, contents)) {
        return new WriteResult(0, true, userFiles.size());
      }
      Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".armgen-staging-");
      try {
        int written = 0;
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
          Path target = SafePaths.resolveInside(staging, e.getKey());
          Files.createDirectories(target.getParent());
          Files.write(target, e.getValue());
          hook.afterFile(++written);
        }
        int kept = 0;
        if (!clean) {
          for (Map.Entry<String, Path> e : userFiles.entrySet()) {
            Path target = SafePaths.resolveInside(staging, e.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(e.getValue(), target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            kept++;
          }
        }
        Files.writeString(staging.resolve(MANIFEST), next.render());
        swap(out, staging);
        return new WriteResult(written, false, kept);
      } finally {
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(staging);
        }
      }
    } catch (IOException e) {
      throw new OutputException("could not write " + outDir + ": " + e.getMessage(), e);
    }
  }

  private static void swap(Path out, Path staging) throws IOException {
    Path old = oldPath(out);
    boolean hadOld = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
    if (hadOld) {
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (hadOld) {
        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    if (hadOld) {
      deleteTree(old);
    }
  }

  /** A previous run killed mid-swap left {@code .out.armgen-old} and no {@code out}: put it back. */
  private static void recoverInterruptedSwap(Path out) throws IOException {
    Path old = oldPath(out);
    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(old);
      } else {
        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(out.getParent(), "." + out.getFileName() + ".armgen-staging-*")) {
      for (Path p : stale) {
        deleteTree(p);
      }
    }
  }

  private static Path oldPath(Path out) {
    return out.resolveSibling("." + out.getFileName() + ".armgen-old");
  }

  /** Files under {@code out} that the previous manifest does not list (all of them when there is none). */
  private static Map<String, Path> userFiles(Path out, Manifest previous) throws IOException {
    Map<String, Path> result = new LinkedHashMap<>();
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      return result;
    }
    Set<String> generated = previous == null ? Set.of() : previous.paths();
    List<Path> all = new ArrayList<>();
    Files.walkFileTree(out, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        all.add(file);
        return FileVisitResult.CONTINUE;
      }
    });
    for (Path p : all) {
      String rel = out.relativize(p).toString().replace('\\', '/');
      if (!rel.equals(MANIFEST) && !generated.contains(rel)) {
        result.put(rel, p);
      }
    }
    return result;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
