package io.armgen.generator.config;

import io.armgen.generator.diagnostics.ClosestName;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.load.LoadCodes;
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
 * @param problems missing inputs, unreadable folders, unmatched globs and api versions
 */
public record EntrySelection(SpecSources sources, List<Path> entries, List<Diagnostic> problems) {

  public EntrySelection {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /**
   * @param base what relative spec entries are relative to
   * @param specs files, folders or globs
   * @param apiVersions the versions to keep; null or empty keeps every entry
   * @param apiVersionSetting how the user names that setting, for the messages
   */
  public static EntrySelection of(Path base, List<String> specs, Collection<String> apiVersions, String apiVersionSetting) {
    SpecSources sources = SpecSources.resolve(base, specs);
    List<Diagnostic> problems = new ArrayList<>();
    for (String glob : sources.emptyGlobs()) {
      problems.add(Diagnostic.error(LoadCodes.FILE_NOT_FOUND, glob, "", 0, 0, "no file matches this pattern"));
    }
    List<Path> all = sources.entries(List.of(), problems);
    if (apiVersions == null || apiVersions.isEmpty()) {
      return new EntrySelection(sources, all, problems);
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
    return new EntrySelection(sources, kept, problems);
  }
}
