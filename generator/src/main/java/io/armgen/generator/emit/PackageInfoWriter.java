package io.armgen.generator.emit;

import io.armgen.generator.model.Service;

/**
 * Emits {@code package-info.java} for a generated package. JavaPoet only writes type
 * declarations, so this text is assembled by hand.
 */
final class PackageInfoWriter {
  private PackageInfoWriter() {}

  /**
   * The package documentation: the service title and description and the api-version.
   *
   * @param header the generated-file comment, without the leading {@code //}
   * @param role what the package holds, e.g. "Clients" or "Models and resource ids"
   */
  static String write(Service service, String packageName, String header, String role) {
    StringBuilder out = new StringBuilder();
    out.append("// ").append(header).append("\n");
    out.append("/**\n");
    String title = service.title() == null || service.title().isBlank() ? service.name() : service.title();
    out.append(" * ").append(role).append(" for ").append(DocText.javadoc(title).replace("\n", " ")).append(".\n");
    String description = DocText.javadoc(service.description());
    if (!description.isEmpty()) {
      out.append(" *\n");
      String[] lines = description.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = (i == 0 ? "<p>" : "") + lines[i].stripTrailing();
        out.append(line.isBlank() ? " *" : " * " + line).append("\n");
      }
    }
    out.append(" *\n");
    out.append(" * <p>API version {@code ").append(DocText.javadoc(service.apiVersion())).append("}.\n");
    out.append(" */\n");
    out.append("package ").append(packageName).append(";\n");
    return out.toString();
  }
}
