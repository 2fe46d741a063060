package io.armgen.generator.normalize;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.ServiceLabels;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Candidate concepts: object types of different services that may be the same thing. Two types
 * are candidates when they have the same Java name, or when they sit on the same property of two
 * candidates (Cosmos DB's {@code PrivateLinkServiceConnectionStateProperty} is found through
 * {@code PrivateEndpointConnection.privateLinkServiceConnectionState}). Whether a candidate really
 * joins is decided later, by its shape.
 */
final class ConceptGroups {
  private final Map<String, ConceptVariant> variants = new LinkedHashMap<>();
  private final Map<String, String> parent = new LinkedHashMap<>();

  /**
   * Groups of every object type of {@code services}; only groups spanning two services or more
   * (several api-versions of one service are one service here).
   */
  static List<List<ConceptVariant>> of(List<Service> services, ServiceLabels labels) {
    ConceptGroups groups = new ConceptGroups();
    Map<String, String> firstByName = new LinkedHashMap<>();
    for (Service service : services) {
      for (ObjectType type : service.objects()) {
        String key = key(labels.of(service), type.name());
        groups.variants.put(key, ConceptVariant.of(service, labels.of(service), type));
        groups.parent.put(key, key);
        String first = firstByName.putIfAbsent(type.name(), key);
        if (first != null) {
          groups.union(first, key);
        }
      }
    }
    groups.linkThroughProperties();
    return groups.multiService();
  }

  /** A key per (service, type); service labels are unique in a run. */
  private static String key(String service, String type) {
    return service + "\u0000" + type;
  }

  private void linkThroughProperties() {
    boolean changed = true;
    while (changed) {
      changed = false;
      // only pairs within one group can link more types; comparing all pairs would be quadratic in
      // every object of the run
      Map<String, List<ConceptVariant>> byRoot = new TreeMap<>();
      variants.forEach((key, v) -> byRoot.computeIfAbsent(find(key), k -> new ArrayList<>()).add(v));
      for (List<ConceptVariant> group : byRoot.values()) {
        for (int i = 0; i < group.size(); i++) {
          for (int j = i + 1; j < group.size(); j++) {
            changed |= link(group.get(i), group.get(j));
          }
        }
      }
    }
  }

  /** Unites the types that {@code a} and {@code b} hold in same-named properties; true if any. */
  private boolean link(ConceptVariant a, ConceptVariant b) {
    if (a.service() == b.service()) {
      return false;
    }
    boolean changed = false;
    for (Property p : a.properties().values()) {
      Property q = b.properties().get(p.javaName());
      if (q != null && p.type() instanceof TypeRef.Named pn && q.type() instanceof TypeRef.Named qn) {
        String ka = key(a.serviceLabel(), pn.name());
        String kb = key(b.serviceLabel(), qn.name());
        if (variants.containsKey(ka) && variants.containsKey(kb) && !find(ka).equals(find(kb))) {
          union(ka, kb);
          changed = true;
        }
      }
    }
    return changed;
  }

  private List<List<ConceptVariant>> multiService() {
    Map<String, List<ConceptVariant>> byRoot = new TreeMap<>();
    for (Map.Entry<String, ConceptVariant> e : variants.entrySet()) {
      byRoot.computeIfAbsent(find(e.getKey()), k -> new ArrayList<>()).add(e.getValue());
    }
    List<List<ConceptVariant>> result = new ArrayList<>();
    for (List<ConceptVariant> group : byRoot.values()) {
      if (group.stream().map(v -> v.service().name()).distinct().count() >= 2) {
        result.add(group);
      }
    }
    result.sort(Comparator.comparing(g -> name(g)));
    return result;
  }

  /**
   * The group's name: the Java name most services use (a service counted once, whatever number of
   * its api-versions the run holds, so adding a version never renames the concept), the
   * alphabetically first on a tie.
   */
  static String name(List<ConceptVariant> group) {
    Map<String, Set<String>> services = new TreeMap<>();
    group.forEach(v -> services.computeIfAbsent(v.type().name(), k -> new HashSet<>()).add(v.service().name()));
    return services.entrySet().stream()
        .max(Comparator.comparing((Map.Entry<String, Set<String>> e) -> e.getValue().size())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow().getKey();
  }

  private static String keyOf(ConceptVariant v) {
    return key(v.serviceLabel(), v.type().name());
  }

  private String find(String key) {
    String p = parent.get(key);
    while (!p.equals(parent.get(p))) {
      p = parent.get(p);
    }
    return p;
  }

  private void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      // the smaller key becomes the root, so the result does not depend on visiting order
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
