package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.SpecDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names each service after the ARM namespace of its paths ({@code /providers/Microsoft.ContainerRegistry/}
 * -> {@code ContainerRegistry}) and gives it the package {@code <prefix>.<lower-case name>.v<api-version>}
 * ({@code io.armgen.generated.containerregistry.v2021_09_01}).
 *
 * <p>The api-version is always part of the package, also when only one version of a service is
 * generated: a package depends on its own entry only, so adding another version (or another
 * service) to a run never moves or renames the classes that were already there. Two entries of the
 * same service and api-version (a service split over several files) cannot share a package; the
 * later one gets a numbered package ({@code .v2021_09_01_2}) and a {@code PACKAGE_COLLISION} warning.
 */
final class ServiceNaming {
  private static final Pattern PROVIDER = Pattern.compile("/providers/([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)(?:/|$)");

  /** A service's names. */
  record Naming(String name, String namespace, String javaPackage) {}

  private ServiceNaming() {}

  static List<Naming> name(List<SpecDocument> entries, String packagePrefix, Reporter reporter) {
    List<Naming> out = new ArrayList<>();
    Map<String, SpecDocument> taken = new HashMap<>();
    for (SpecDocument doc : entries) {
      Optional<String> namespace = namespace(doc.root());
      String name;
      if (namespace.isPresent()) {
        name = nameOf(namespace.get());
      } else {
        name = fallbackName(doc);
        reporter.warning("SERVICE_NAMESPACE_MISSING", doc, "/paths",
            "no /providers/<Namespace>/ in the paths; the service is named '" + name + "'");
      }
      String pkg = packagePrefix + "." + packageSegment(name) + "." + versionSegment(TypeMapper.textOf(doc.root().path("info"), "version"));
      String unique = pkg;
      for (int n = 2; taken.containsKey(unique); n++) {
        unique = pkg + "_" + n;
      }
      if (!unique.equals(pkg)) {
        reporter.warning("PACKAGE_COLLISION", doc, "/info/version", "'" + taken.get(pkg).displayName()
            + "' already has the service " + name + " at this api-version in package " + pkg + "; this entry goes to " + unique);
      }
      taken.put(unique, doc);
      out.add(new Naming(name, namespace.orElse(""), unique));
    }
    return out;
  }

  /** The provider namespace most paths use; ties go to the first seen. */
  static Optional<String> namespace(JsonNode root) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    root.path("paths").fieldNames().forEachRemaining(path -> {
      Matcher m = PROVIDER.matcher(path);
      while (m.find()) {
        counts.merge(m.group(1), 1, Integer::sum);
      }
    });
    return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
  }

  /** {@code Microsoft.ContainerRegistry} -> {@code ContainerRegistry}; {@code Microsoft.Compute.Admin} -> {@code ComputeAdmin}. */
  static String nameOf(String namespace) {
    int dot = namespace.indexOf('.');
    return JavaNames.typeName(namespace.substring(dot + 1));
  }

  private static String fallbackName(SpecDocument doc) {
    String title = TypeMapper.textOf(doc.root().path("info"), "title");
    if (title != null) {
      String stripped = title.replaceAll("(Management)?Client$", "");
      if (!JavaNames.pascal(stripped).isEmpty()) {
        return JavaNames.typeName(stripped);
      }
    }
    String file = doc.path().getFileName().toString().replaceAll("\\.(json|ya?ml)$", "");
    return JavaNames.typeName(file);
  }

  /** Lower-case letters and digits only; never a keyword, never starting with a digit. */
  static String packageSegment(String name) {
    String segment = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (segment.isEmpty() || Character.isDigit(segment.charAt(0)) || JavaNames.KEYWORDS.contains(segment)) {
      segment = "v" + segment;
    }
    return segment;
  }

  /** {@code 2021-09-01} -> {@code v2021_09_01}. */
  static String versionSegment(String version) {
    String v = version == null ? "" : version.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return "v" + v;
  }
}
