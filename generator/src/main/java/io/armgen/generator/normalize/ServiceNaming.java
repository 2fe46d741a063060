package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.SpecDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names each service after the ARM namespace of its paths ({@code /providers/Microsoft.ContainerRegistry/}
 * -> {@code ContainerRegistry}) and gives it the package {@code <prefix>.<lower-case name>}; when
 * two entries would share a package the api-version is appended ({@code .v2021_09_01}).
 */
final class ServiceNaming {
  private static final Pattern PROVIDER = Pattern.compile("/providers/([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)(?:/|$)");

  /** A service's names. */
  record Naming(String name, String namespace, String javaPackage) {}

  private ServiceNaming() {}

  static List<Naming> name(List<SpecDocument> entries, String packagePrefix, Reporter reporter) {
    List<String[]> base = new ArrayList<>();
    Map<String, Integer> packageUse = new HashMap<>();
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
      String pkg = packagePrefix + "." + packageSegment(name);
      base.add(new String[] {name, namespace.orElse(""), pkg});
      packageUse.merge(pkg, 1, Integer::sum);
    }
    List<Naming> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String[] b = base.get(i);
      String pkg = b[2];
      if (packageUse.get(pkg) > 1) {
        pkg = pkg + "." + versionSegment(TypeMapper.textOf(entries.get(i).root().path("info"), "version"));
      }
      String unique = pkg;
      for (int n = 2; !taken.add(unique); n++) {
        unique = pkg + n;
      }
      out.add(new Naming(b[0], b[1], unique));
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
