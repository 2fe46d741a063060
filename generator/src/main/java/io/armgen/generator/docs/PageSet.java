package io.armgen.generator.docs;

import io.armgen.generator.model.ApiModel;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every page of a docs run goes: {@code index.md}, and {@code <Service>/<Resource>.md} per
 * resource type ({@code <Service>-<api-version>} when two services share a name). Also answers
 * "is there a page for ARM type X", so that dependencies can link to it.
 */
final class PageSet {
  static final String INDEX = "index.md";

  private final Map<Service, String> folders = new LinkedHashMap<>();
  private final Map<String, String> pageByArmType = new HashMap<>();

  PageSet(ApiModel model) {
    Map<String, Integer> nameCounts = new HashMap<>();
    model.services().forEach(s -> nameCounts.merge(s.name(), 1, Integer::sum));
    Set<String> used = new HashSet<>();
    for (Service s : model.services()) {
      String folder = nameCounts.get(s.name()) > 1 ? s.name() + "-" + s.apiVersion() : s.name();
      for (int i = 2; !used.add(folder.toLowerCase(Locale.ROOT)); i++) {
        folder = s.name() + "-" + i;
      }
      folders.put(s, folder);
      for (ResourceType r : s.resources()) {
        pageByArmType.putIfAbsent(r.type().toLowerCase(Locale.ROOT), page(s, r));
      }
    }
  }

  /** The folder of a service's pages. */
  String folder(Service service) {
    return folders.get(service);
  }

  /** The page of a resource, relative to the docs root. */
  String page(Service service, ResourceType resource) {
    return folders.get(service) + "/" + resource.name() + ".md";
  }

  /** The page of the resource with ARM type {@code armType}, if one is generated. */
  Optional<String> pageOfType(String armType) {
    return Optional.ofNullable(pageByArmType.get(armType.toLowerCase(Locale.ROOT)));
  }

  /** A link from one resource page to another page (both relative to the docs root). */
  static String fromResourcePage(String target) {
    return "../" + target;
  }

  List<Service> services() {
    return List.copyOf(folders.keySet());
  }
}
