package io.armgen.generator.docs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a page names and links the spec file a service came from. The link is a public URL, never a
 * path of the machine that ran armgen (a page is read elsewhere: on a web site, in a jar): a spec
 * inside a copy of the Azure REST API specs repository (a {@code specification/} folder) links to
 * that file on GitHub; a spec below the base folder links to {@code specUrl} plus its relative path
 * when a public URL for the base folder is given. Otherwise the spec is named, not linked.
 *
 * @param display the spec path to show: relative to the base folder
 *     ({@code specs/keyvault/2021-06-01-preview/x.json}), from {@code specification/} on for the
 *     Azure layout, else the file name
 * @param url the public URL of the spec, or null
 */
record SpecSource(String display, String url) {
  /** Where the {@code specification/} folder of the Azure REST API specs is published. */
  static final String AZURE_SPECS = "https://github.com/Azure/azure-rest-api-specs/blob/main/";

  /**
   * @param sourceFile the service's source file as the generator recorded it
   * @param base what relative source files are relative to, and what shown paths are relative to
   * @param specUrl the public URL of {@code base} (e.g. a repository's blob URL at a tag), or null
   */
  static SpecSource of(String sourceFile, Path base, String specUrl) {
    Path absoluteBase = base.toAbsolutePath().normalize();
    Path spec = absoluteBase.resolve(sourceFile).normalize();
    Optional<String> azure = azureSpecsPath(spec);
    if (azure.isPresent()) {
      return new SpecSource(azure.get(), AZURE_SPECS + azure.get());
    }
    if (!spec.startsWith(absoluteBase)) {
      return new SpecSource(spec.getFileName().toString(), null);
    }
    String relative = slashes(absoluteBase.relativize(spec));
    if (specUrl == null || specUrl.isBlank()) {
      return new SpecSource(relative, null);
    }
    return new SpecSource(relative, specUrl.endsWith("/") ? specUrl + relative : specUrl + "/" + relative);
  }

  /** {@code specification/<service>/resource-manager/...} when the file lies in that layout. */
  private static Optional<String> azureSpecsPath(Path spec) {
    String path = slashes(spec);
    int at = path.lastIndexOf("/specification/");
    if (at < 0 || !path.substring(at).contains("/resource-manager/")) {
      return Optional.empty();
    }
    return Optional.of(path.substring(at + 1));
  }

  /** The spec as Markdown: a link to its public URL, or its name in code. */
  String markdown() {
    return url == null ? Markdown.code(display) : Markdown.link(display, url);
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }
}
