package io.armgen.generator.load;

import io.armgen.generator.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Turns the files and folders a user names into entry spec files. A file named directly is
 * always taken (the loader then checks it). A folder is searched recursively for
 * {@code *.json}/{@code *.yaml}/{@code *.yml} files that look like entry documents: a top-level
 * {@code "swagger": "2.0"} and a non-empty {@code paths} (or {@code x-ms-paths}) object. That
 * leaves out example payloads ({@code examples/} folders are not even opened), common-types files
 * (whose {@code paths} is empty) and hidden folders such as {@code .git}.
 */
public final class SpecFiles {

  private SpecFiles() {}

  /**
   * The result of {@link #expand}.
   *
   * @param files entry files, sorted, without duplicates; paths stay relative when given relative
   * @param diagnostics inputs that do not exist ({@link LoadCodes#FILE_NOT_FOUND}), folders that
   *     could not be read
   */
  public record Expansion(List<Path> files, List<Diagnostic> diagnostics) {
    public Expansion {
      files = List.copyOf(files);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Expands {@code filesOrDirs} as described in the class Javadoc. */
  public static Expansion expand(List<Path> filesOrDirs) {
    TreeSet<Path> files = new TreeSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path input : filesOrDirs) {
      if (Files.isRegularFile(input)) {
        files.add(input.normalize());
      } else if (Files.isDirectory(input)) {
        collect(input, files, diagnostics);
      } else {
        diagnostics.add(Diagnostic.error(LoadCodes.FILE_NOT_FOUND, input.toString(), "", 0, 0, "no such file or folder"));
      }
    }
    return new Expansion(new ArrayList<>(files), diagnostics);
  }

  private static void collect(Path folder, TreeSet<Path> files, List<Diagnostic> diagnostics) {
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          boolean skip = !dir.equals(folder) && (name.equalsIgnoreCase("examples") || name.startsWith("."));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && hasSpecExtension(file) && SpecHeader.read(file).map(SpecHeader::entry).orElse(false)) {
            files.add(file.normalize());
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          diagnostics.add(Diagnostic.warning(LoadCodes.FILE_UNREADABLE, file.toString(), "", 0, 0, "cannot read; skipped"));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(LoadCodes.FILE_UNREADABLE, folder.toString(), "", 0, 0, "cannot read the folder"));
    }
  }

  private static boolean hasSpecExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
