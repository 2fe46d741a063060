package io.armgen.generator.load;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the files and folders a user names into entry spec files. A file named directly is
 * always taken (the loader then checks it). A folder is searched recursively for
 * {@code *.json}/{@code *.yaml}/{@code *.yml} files that look like entry documents: a top-level
 * {@code "swagger": "2.0"} and a non-empty {@code paths} (or {@code x-ms-paths}) object
 * ({@link SpecProbe}). {@code examples/} folders and hidden folders such as {@code .git} are not
 * entered.
 *
 * <p>No file found is dropped silently: one that does not parse is an error at the parser's
 * line:column; one that looks like a spec armgen cannot read (OpenAPI 3, a misspelled
 * {@code swagger}) is a {@link LoadCodes#SPEC_NOT_READ} warning; any other non-entry is
 * {@link Skipped}, and reported as {@link LoadCodes#SPEC_SKIPPED} information only when no
 * {@code $ref} of the run reached it ({@link #unreferenced}), so common-types files stay quiet.
 */
public final class SpecFiles {

  private SpecFiles() {}

  /**
   * The result of {@link #expand}.
   *
   * @param files entry files, sorted, without duplicates; paths stay relative when given relative
   * @param diagnostics inputs that do not exist ({@link LoadCodes#FILE_NOT_FOUND}), folders that
   *     could not be read, files found that do not parse, files that look like unreadable specs
   * @param skipped the other files found that are not entries, each with why
   */
  public record Expansion(List<Path> files, List<Diagnostic> diagnostics, List<Skipped> skipped) {
    /**
     * Copies the lists; diagnostics and skipped files are sorted by file and deduplicated, so
     * every run reports alike.
     *
     * @param files entry files
     * @param diagnostics problems found
     * @param skipped files that are not entries
     */
    public Expansion {
      // a folder walk visits files in the file system's order: sort, so every run reports alike
      files = List.copyOf(files);
      diagnostics = diagnostics.stream().distinct()
          .sorted(Comparator.comparing(Diagnostic::file, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
      skipped = skipped.stream().distinct().sorted(Comparator.comparing(Skipped::file)).toList();
    }
  }

  /**
   * A file found in a folder or by a glob that is not an entry document.
   *
   * @param file absolute and normalised, to compare with the files a run read
   * @param reason the {@link LoadCodes#SPEC_SKIPPED} information to print when no {@code $ref}
   *     reached the file
   */
  public record Skipped(Path file, Diagnostic reason) {}

  /**
   * What to say about {@code skipped} files after a run that read {@code read} (absolute paths):
   * the reasons of those it did not read.
   *
   * @param skipped the skipped files of the expansion
   * @param read the files the run read
   * @return one {@link LoadCodes#SPEC_SKIPPED} note per skipped file not read
   */
  public static List<Diagnostic> unreferenced(List<Skipped> skipped, Collection<Path> read) {
    Set<Path> used = new HashSet<>();
    read.forEach(p -> used.add(p.toAbsolutePath().normalize()));
    return skipped.stream().filter(s -> !used.contains(s.file())).map(Skipped::reason).toList();
  }

  /**
   * The error of a run without any entry document. When files were found and skipped, their
   * reasons are printed above it, and it says so rather than that there was nothing.
   *
   * @param inputs the inputs as the user named them, for the message
   * @param skipped how many files were found and skipped
   * @return the error
   */
  public static Diagnostic noEntries(String inputs, int skipped) {
    String message = skipped == 0
        ? "no Swagger 2.0 documents found (a document needs \"swagger\": \"2.0\" and \"paths\")"
        : "no Swagger 2.0 entry document found: " + skipped + (skipped == 1 ? " file was" : " files were")
            + " skipped for the reasons above";
    return Diagnostic.error("NO_SPECS", inputs, "", 0, 0, message);
  }

  /**
   * Sorts one found file into {@code files}, {@code diagnostics} or {@code skipped}; files inside
   * an {@code examples} folder are example payloads and are never reported.
   *
   * @param file a file found by a folder search or a glob
   * @param files where an entry document goes
   * @param diagnostics where a broken or suspicious file is reported
   * @param skipped where any other file goes
   */
  public static void classify(Path file, Collection<Path> files, List<Diagnostic> diagnostics,
      List<Skipped> skipped) {
    SpecProbe probe = SpecProbe.of(file);
    Path absolute = file.toAbsolutePath().normalize();
    String name = new DisplayNames(Path.of("").toAbsolutePath()).forEntry(file, absolute);
    switch (probe.outcome()) {
      case ENTRY:
        files.add(file.normalize());
        return;
      case BROKEN:
        diagnostics.add(Diagnostic.error(probe.code(DocumentReader.isYaml(file)), name, probe.pointer(), probe.line(),
            probe.column(), probe.reason()));
        return;
      default:
        if (inExamples(absolute)) {
          return;
        }
        Diagnostic reason = new Diagnostic(
            probe.outcome() == SpecProbe.Outcome.SUSPICIOUS ? Severity.WARNING : Severity.INFO,
            probe.code(false), name, probe.pointer(), probe.line(), probe.column(), probe.reason());
        skipped.add(new Skipped(absolute, reason));
    }
  }

  private static boolean inExamples(Path absolute) {
    for (Path segment : absolute.getParent()) {
      if (segment.toString().equalsIgnoreCase("examples")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Expands {@code filesOrDirs} as described in the class Javadoc. Never throws for a problem in
   * the inputs.
   *
   * @param filesOrDirs files and folders, absolute or relative to the working directory
   * @return the entries, problems and skipped files
   */
  public static Expansion expand(List<Path> filesOrDirs) {
    TreeSet<Path> files = new TreeSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Path input : filesOrDirs) {
      if (Files.isRegularFile(input)) {
        files.add(input.normalize());
      } else if (Files.isDirectory(input)) {
        collect(input, files, diagnostics, skipped);
      } else {
        diagnostics.add(Diagnostic.error(LoadCodes.FILE_NOT_FOUND, input.toString(), "", 0, 0, "no such file or folder"));
      }
    }
    // found files may be named twice (a folder and a file in it): report each once
    Set<Path> taken = new HashSet<>();
    files.forEach(f -> taken.add(f.toAbsolutePath().normalize()));
    skipped.removeIf(s -> taken.contains(s.file()));
    return new Expansion(new ArrayList<>(files), diagnostics, skipped);
  }

  private static void collect(Path folder, TreeSet<Path> files, List<Diagnostic> diagnostics, List<Skipped> skipped) {
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
          if (attrs.isRegularFile() && hasSpecExtension(file)) {
            classify(file, files, diagnostics, skipped);
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

  /**
   * Whether a file's name has an extension a spec may have.
   *
   * @param file the file
   * @return true for {@code .json}, {@code .yaml} or {@code .yml} (any case)
   */
  public static boolean hasSpecExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
