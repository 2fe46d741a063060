package io.armgen.generator.docs;

import java.nio.file.Path;

/**
 * How a page names and links the spec file a service came from: relative to the base folder
 * (the repository, the working directory) when the spec is below it, else by file name only, so
 * that no absolute path of the machine that ran armgen ends up in a page.
 *
 * @param display the spec path to show ({@code specs/keyvault/2021-06-01-preview/x.json})
 * @param fromDocsRoot the spec relative to the docs root, '/'-separated, or null when it cannot
 *     be linked
 */
record SpecSource(String display, String fromDocsRoot) {

  /**
   * @param sourceFile the service's source file as the generator recorded it
   * @param base what relative source files are relative to, and what shown paths are relative to
   * @param docsRoot the folder the pages are written to
   */
  static SpecSource of(String sourceFile, Path base, Path docsRoot) {
    Path absoluteBase = base.toAbsolutePath().normalize();
    Path spec = absoluteBase.resolve(sourceFile).normalize();
    if (!spec.startsWith(absoluteBase)) {
      return new SpecSource(spec.getFileName().toString(), null);
    }
    String display = slashes(absoluteBase.relativize(spec));
    String link = slashes(docsRoot.toAbsolutePath().normalize().relativize(spec));
    return new SpecSource(display, link);
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }
}
