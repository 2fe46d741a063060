package io.armgen.generator.config;

import io.armgen.generator.diagnostics.ClosestName;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.load.LoadCodes;
import io.armgen.generator.load.SpecFiles;
import io.armgen.generator.load.SpecHeader;
import io.armgen.generator.load.SpecSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entry specs of a run, picked the same way by the CLI and the plugin: the spec entries
 * (files, folders, globs) resolved against a base folder, then kept when their {@code info.version}
 * is among the api versions asked for. A glob that matches no file and an api version that no
 * entry has are errors, never a quietly smaller run.
 *
 * @param sources the resolved spec entries (the plugin fingerprints their candidates)
 * @param entries the entry files to generate from, sorted
 * @param problems missing inputs, unreadable folders, unmatched globs and api versions, found
 *     files that do not parse or look like specs armgen cannot read
 * @param skipped the other files found that are no entries (see {@link #skippedAfter})
 */
public record EntrySelection(SpecSources sources, List<Path> entries, List<Diagnostic> problems,
    List<SpecFiles.Skipped> skipped) {

  /**
   * Copies the lists.
   *
   * @param sources the resolved spec entries
   * @param entries the entry files
   * @param problems the problems found
   * @param skipped the files found that are no entries
   */
  public EntrySelection {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
  }

  /**
   * What to say about the files found that are no entries once a run read {@code read} (empty
   * when nothing was generated): each one no {@code $ref} reached, with why it was skipped.
   *
   * @param read the files the run read ({@code GeneratorResult.inputFiles()})
   * @return a warning or note per skipped file that was not read
   */
  public List<Diagnostic> skippedAfter(Collection<Path> read) {
    return SpecFiles.unreferenced(skipped, read);
  }

  /**
   * The error of a selection without any entry, saying when files were found and skipped (their
   * reasons come from {@link #skippedAfter}).
   *
   * @param inputs the spec entries as the user named them
   * @return the error
   */
  public Diagnostic noEntries(List<String> inputs) {
    return SpecFiles.noEntries(String.valueOf(inputs), skipped.size());
  }

  /**
   * Picks the entry specs: expands {@code specs}, then keeps those of the api versions asked for.
   * Reads each entry's header for its version; never throws for a problem in the inputs.
   *
   * @param base what relative spec entries are relative to
   * @param specs files, folders or globs
   * @param apiVersions the versions to keep; null or empty keeps every entry
   * @param apiVersionSetting how the user names that setting, for the messages
   * @return the selection, with its problems
   */
  public static EntrySelection of(Path base, List<String> specs, Collection<String> apiVersions, String apiVersionSetting) {
    SpecSources sources = SpecSources.resolve(base, specs);
    List<Diagnostic> problems = new ArrayList<>();
    for (String glob : sources.emptyGlobs()) {
      problems.add(Diagnostic.error(LoadCodes.FILE_NOT_FOUND, glob, "", 0, 0, "no file matches this pattern"));
    }
    SpecFiles.Expansion expansion = sources.entries(List.of());
    problems.addAll(expansion.diagnostics());
    List<Path> all = expansion.files();
    if (apiVersions == null || apiVersions.isEmpty()) {
      return new EntrySelection(sources, all, problems, expansion.skipped());
    }
    List<Path> kept = new ArrayList<>();
    Set<String> found = new LinkedHashSet<>();
    Set<String> wanted = Set.copyOf(apiVersions);
    for (Path entry : all) {
      String version = SpecHeader.read(entry).map(SpecHeader::apiVersion).orElse(null);
      if (version != null) {
        found.add(version);
      }
      if (version != null && wanted.contains(version)) {
        kept.add(entry);
      }
    }
    for (String version : apiVersions) {
      if (!found.contains(version)) {
        problems.add(Diagnostic.error("API_VERSION_UNMATCHED", apiVersionSetting, "", 0, 0, "no entry spec has info.version '"
            + version + "'" + ClosestName.hint(version, found) + "; the specs have " + (found.isEmpty() ? "none" : found)));
      }
    }
    return new EntrySelection(sources, kept, problems, expansion.skipped());
  }
}
