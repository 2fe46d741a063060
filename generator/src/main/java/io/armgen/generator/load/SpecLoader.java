package io.armgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Diagnostics;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * Loads Swagger 2.0 entry documents and, transitively, every file their {@code $ref}s name
 * (schemas, parameters, responses, {@code x-ms-examples}, {@code x-ms-paths}: any {@code $ref}
 * string anywhere), each file once. The raw trees are kept as written, so nothing an extension
 * or a {@code $ref} sibling says is lost.
 *
 * <p>Every problem is reported in the result, never thrown: see {@link LoadCodes}. References
 * are confined to {@link LoadRoots}; remote URLs are never fetched. One instance may be reused;
 * {@link #load} keeps no state between calls.
 */
public final class SpecLoader {
  private final LoaderOptions options;

  /**
   * A loader with the given options; see {@link LoaderOptions#defaults()}.
   *
   * @param options how references and limits are treated
   */
  public SpecLoader(LoaderOptions options) {
    this.options = options;
  }

  /**
   * Loads {@code entryFiles} (JSON, or YAML by extension) and everything they reference. Problems
   * are diagnostics in the result, not exceptions.
   *
   * @param entryFiles the entry documents
   * @return the documents, a way to resolve references, and every problem
   */
  public LoadResult load(List<Path> entryFiles) {
    return new Run(entryFiles).execute();
  }

  /** The state of one {@link #load} call. */
  private final class Run {
    private final List<Path> entryFiles;
    private final Diagnostics sink = new Diagnostics();
    private final Map<Path, SpecDocument> documents = new LinkedHashMap<>();
    private final List<SpecDocument> entries = new ArrayList<>();
    private final Queue<SpecDocument> unscanned = new ArrayDeque<>();
    private final List<RefSite> sites = new ArrayList<>();
    /** Files that failed to load, so that they are tried once. */
    private final Set<Path> failed = new HashSet<>();
    /** (missing file, referring document) pairs already reported. */
    private final Set<List<Path>> reportedMissing = new HashSet<>();
    private final DocumentReader reader = new DocumentReader(options.maxNestingDepth());
    private final DisplayNames names = new DisplayNames(options.workingDirectory());
    private final LoadRoots roots;

    Run(List<Path> entryFiles) {
      this.entryFiles = List.copyOf(entryFiles);
      this.roots = LoadRoots.of(this.entryFiles, options.allowedRoots());
    }

    LoadResult execute() {
      for (Path entry : entryFiles) {
        loadEntry(entry);
      }
      while (!unscanned.isEmpty()) {
        SpecDocument document = unscanned.remove();
        for (RefSite site : RefScanner.scan(document)) {
          sites.add(site);
          follow(site);
        }
      }
      reportDangling();
      new AliasCycles(documents).check(sites, sink::add);
      return new LoadedSpecs(entries, documents, sink.all());
    }

    private void loadEntry(Path given) {
      Path path = given.toAbsolutePath().normalize();
      String displayName = names.forEntry(given, path);
      SpecDocument known = documents.get(path);
      if (known != null) {
        entries.add(known);
        return;
      }
      if (!Files.isRegularFile(path)) {
        String problem = Files.isDirectory(path) ? "is a folder, not a spec file" : "does not exist";
        sink.add(Diagnostic.error(LoadCodes.FILE_NOT_FOUND, displayName, "", 0, 0, "entry file " + problem));
        return;
      }
      Optional<SpecDocument> document = reader.read(path, displayName, sink);
      document.ifPresent(d -> {
        checkSwagger2(d);
        entries.add(d);
        accept(d);
      });
    }

    private void accept(SpecDocument document) {
      documents.put(document.path(), document);
      unscanned.add(document);
    }

    private void checkSwagger2(SpecDocument document) {
      JsonNode version = document.root().path("swagger");
      boolean ok = (version.isTextual() && version.textValue().equals("2.0"))
          || (version.isNumber() && version.doubleValue() == 2.0); // YAML `swagger: 2.0` is a number
      if (ok) {
        return;
      }
      String pointer = version.isMissingNode() ? "" : "/swagger";
      int[] at = document.positionOf(pointer);
      String message = document.root().has("openapi")
          ? "OpenAPI 3 documents are not supported; an entry file needs \"swagger\": \"2.0\""
          : "an entry file needs \"swagger\": \"2.0\"";
      sink.add(Diagnostic.error(LoadCodes.NOT_SWAGGER_2, document.displayName(), pointer, at[0], at[1], message));
    }

    private void follow(RefSite site) {
      if (!site.value().isTextual()) {
        report(LoadCodes.REF_MALFORMED, site, "$ref must be a string, not " + site.value().getNodeType().name().toLowerCase(Locale.ROOT));
        return;
      }
      String ref = site.value().textValue();
      RefTarget target;
      try {
        target = RefTarget.parse(ref);
      } catch (IllegalArgumentException e) {
        report(LoadCodes.REF_MALFORMED, site, "invalid $ref \"" + ref + "\": " + e.getMessage());
        return;
      }
      if (target.remoteUrl()) {
        reportRemote(site, ref);
        return;
      }
      if (target.file().isEmpty()) {
        return; // same document: checked with the other pointers once everything is loaded
      }
      Path path;
      try {
        path = LoadedSpecs.targetPath(site.document(), target.file());
      } catch (InvalidPathException e) {
        report(LoadCodes.REF_MALFORMED, site, "invalid file name in $ref \"" + ref + "\"");
        return;
      }
      // checked before any file-system access so that nothing outside the roots is even probed
      if (!roots.contains(path)) {
        reportOutsideRoot(site, ref);
        return;
      }
      if (documents.containsKey(path) || failed.contains(path)) {
        return;
      }
      if (!Files.isRegularFile(path)) {
        reportMissing(site, path, ref);
        return;
      }
      if (!roots.containsReal(path)) {
        reportOutsideRoot(site, ref); // a symbolic link leading out
        return;
      }
      String displayName = names.forReferenced(path, site.document(), target.file());
      reader.read(path, displayName, sink).ifPresentOrElse(this::accept, () -> failed.add(path));
    }

    private void reportRemote(RefSite site, String ref) {
      if (options.allowRemoteRefs()) {
        sink.add(Diagnostic.warning(LoadCodes.REF_REMOTE_URL, site.document().displayName(), site.pointer(), site.line(),
            site.column(), "remote $ref \"" + ref + "\" is allowed but this version does not fetch URLs; it stays unresolved"));
      } else {
        report(LoadCodes.REF_REMOTE_URL, site, "remote $ref \"" + ref + "\" is not fetched; remote references are not allowed"
            + " (allowRemoteRefs; CLI --allow-remote-refs), and even when allowed this version does not fetch them");
      }
    }

    private void reportOutsideRoot(RefSite site, String ref) {
      report(LoadCodes.REF_OUTSIDE_ROOT, site, "$ref \"" + ref + "\" leads outside the allowed root folders and is not read;"
          + " add its folder to allowedRoots (CLI --allow-root) to permit it");
    }

    private void reportMissing(RefSite site, Path path, String ref) {
      if (!reportedMissing.add(List.of(path, site.document().path()))) {
        return;
      }
      String message = "$ref \"" + ref + "\" names a file that does not exist";
      if (site.isExampleRef()) {
        sink.add(Diagnostic.warning(LoadCodes.FILE_NOT_FOUND, site.document().displayName(), site.pointer(), site.line(),
            site.column(), message + " (example; generation continues without it)"));
      } else {
        report(LoadCodes.FILE_NOT_FOUND, site, message);
      }
    }

    /** Local and remote-file pointers that name nothing, once all files are loaded. */
    private void reportDangling() {
      for (RefSite site : sites) {
        if (!site.value().isTextual()) {
          continue;
        }
        RefTarget target;
        Path path;
        try {
          target = RefTarget.parse(site.value().textValue());
          if (target.remoteUrl()) {
            continue;
          }
          path = target.file().isEmpty() ? site.document().path() : LoadedSpecs.targetPath(site.document(), target.file());
        } catch (IllegalArgumentException e) { // InvalidPathException included: reported in follow()
          continue;
        }
        SpecDocument document = documents.get(path);
        if (document != null && LoadedSpecs.navigate(document.root(), target.pointer()) == null) {
          String where = target.file().isEmpty() ? "this document" : document.displayName();
          report(LoadCodes.REF_DANGLING, site, "$ref \"" + site.value().textValue() + "\": " + where + " has nothing at #"
              + target.pointer() + DanglingPointerHint.of(document.root(), target.pointer()));
        }
      }
    }

    private void report(String code, RefSite site, String message) {
      sink.add(Diagnostic.error(code, site.document().displayName(), site.pointer(), site.line(), site.column(), message));
    }
  }
}
