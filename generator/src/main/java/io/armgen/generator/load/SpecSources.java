package io.armgen.generator.load;

import io.armgen.generator.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The specs of one run (a plugin execution, a CLI call, a config file), resolved against a base folder: files and folders named
 * as they are, and glob patterns expanded.
 *
 * <p>Two views: {@link #candidates()} lists every file the entries could be chosen from by walking
 * folders only (no file is opened), so the up-to-date check can notice a spec being added or
 * removed cheaply; {@link #entries} picks the actual entry documents (this opens the candidates'
 * top level).
 */
public final class SpecSources {
  private final List<Path> named;
  private final List<Path> globMatches;
  private final List<String> emptyGlobs;

  private SpecSources(List<Path> named, List<Path> globMatches, List<String> emptyGlobs) {
    this.named = List.copyOf(named);
    this.globMatches = List.copyOf(globMatches);
    this.emptyGlobs = List.copyOf(emptyGlobs);
  }

  /**
   * Resolves {@code specs} (files, folders, globs) against {@code basedir}; globs are matched now.
   *
   * @param basedir what relative entries are relative to
   * @param specs files, folders or globs
   * @return the sources
   * @throws UncheckedIOException when a folder a glob searches cannot be read
   */
  public static SpecSources resolve(Path basedir, List<String> specs) {
    Path base = basedir.toAbsolutePath().normalize();
    List<Path> named = new ArrayList<>();
    SortedSet<Path> matches = new TreeSet<>();
    List<String> emptyGlobs = new ArrayList<>();
    for (String spec : specs) {
      String trimmed = spec.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (GlobPattern.isGlob(trimmed) && !namesAnExistingPath(base, trimmed)) {
        List<Path> found = expandGlob(base, GlobPattern.compile(trimmed));
        if (found.isEmpty()) {
          emptyGlobs.add(trimmed);
        }
        matches.addAll(found);
      } else {
        named.add(base.resolve(trimmed).normalize());
      }
    }
    return new SpecSources(named, new ArrayList<>(matches), emptyGlobs);
  }

  /** A path that exists is taken as it is, even when it holds glob characters ({@code a{b}.json}). */
  private static boolean namesAnExistingPath(Path base, String spec) {
    try {
      return Files.exists(base.resolve(spec));
    } catch (InvalidPathException notAPath) {
      return false;
    }
  }

  /**
   * Glob patterns that matched no file: the build reports them rather than silently generating less.
   *
   * @return the patterns, as given
   */
  public List<String> emptyGlobs() {
    return emptyGlobs;
  }

  /**
   * Every file entries may be chosen from: named files, spec files under named folders (without
   * {@code examples/} and hidden folders, as the generator searches them) and glob matches.
   * Sorted; opens no file.
   *
   * @return the candidate files
   */
  public SortedSet<Path> candidates() {
    SortedSet<Path> result = new TreeSet<>(globMatches);
    for (Path path : named) {
      if (Files.isDirectory(path)) {
        result.addAll(specFilesUnder(path));
      } else {
        result.add(path);
      }
    }
    return result;
  }

  /**
   * The entry documents: named files as they are, Swagger 2.0 documents with operations found in
   * named folders or among glob matches; then, when {@code apiVersions} is not empty, only those
   * whose {@code info.version} it lists.
   *
   * @param apiVersions the api versions to keep; empty keeps every entry
   * @return the entries; as diagnostics, missing inputs, unreadable folders, found files that do
   *     not parse or look like specs armgen cannot read; the other found files that are no entries
   *     as {@link SpecFiles.Skipped} (report them with {@link SpecFiles#unreferenced} after the run)
   */
  public SpecFiles.Expansion entries(Collection<String> apiVersions) {
    SpecFiles.Expansion expansion = SpecFiles.expand(named);
    List<Diagnostic> problems = new ArrayList<>(expansion.diagnostics());
    List<SpecFiles.Skipped> skipped = new ArrayList<>(expansion.skipped());
    SortedSet<Path> entries = new TreeSet<>(expansion.files());
    for (Path match : globMatches) {
      if (!entries.contains(match) && SpecFiles.hasSpecExtension(match)) {
        SpecFiles.classify(match, entries, problems, skipped);
      }
    }
    if (apiVersions == null || apiVersions.isEmpty()) {
      return new SpecFiles.Expansion(new ArrayList<>(entries), problems, skipped);
    }
    Set<String> wanted = Set.copyOf(apiVersions);
    List<Path> selected = new ArrayList<>();
    for (Path entry : entries) {
      String version = SpecHeader.read(entry).map(SpecHeader::apiVersion).orElse(null);
      if (version != null && wanted.contains(version)) {
        selected.add(entry);
      }
    }
    return new SpecFiles.Expansion(selected, problems, skipped);
  }

  private static List<Path> expandGlob(Path base, GlobPattern glob) {
    Path start = base.resolve(glob.fixedPrefix()).normalize();
    GlobPattern anchored = glob.anchoredAt(start);
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(start)) {
      return found;
    }
    walk(start, false, file -> {
      if (anchored.matches(file.toString().replace('\\', '/'))) {
        found.add(file);
      }
    });
    return found;
  }

  private static List<Path> specFilesUnder(Path folder) {
    List<Path> found = new ArrayList<>();
    walk(folder, true, file -> {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
        found.add(file);
      }
    });
    return found;
  }

  /** Visits regular files below {@code root}; hidden folders are never entered. */
  private static void walk(Path root, boolean skipExamples, java.util.function.Consumer<Path> visitor) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (dir.equals(root)) {
            return FileVisitResult.CONTINUE;
          }
          String name = dir.getFileName().toString();
          boolean skip = name.startsWith(".") || (skipExamples && name.equalsIgnoreCase("examples"));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) {
            visitor.accept(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
    }
  }
}
