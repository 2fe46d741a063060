package io.armgen.generator.normalize;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
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
 * Recognises ARM resource types from the instance paths of GET and PUT operations:
 * {@code /subscriptions/{s}/resourceGroups/{rg}/providers/{Namespace}/{type}/{name}(/{childType}/{childName})*}.
 */
final class ResourcePass {
  private static final Pattern INSTANCE = Pattern.compile(
      "^/(?i:subscriptions)/\\{([^}/]+)}/(?i:resourceGroups)/\\{([^}/]+)}/(?i:providers)/([^/{}]+)/([^/{}]+)/\\{([^}/]+)}((?:/[^/{}]+/\\{[^}/]+})*)$");
  private static final Pattern CHILD = Pattern.compile("/([^/{}]+)/\\{([^}/]+)}");

  private ResourcePass() {}

  static List<ResourceType> resources(List<OperationGroup> groups, List<ObjectType> objects) {
    Map<String, ObjectType> byName = new LinkedHashMap<>();
    objects.forEach(o -> byName.put(o.name(), o));
    Map<String, Operation> byPath = new LinkedHashMap<>();
    for (OperationGroup g : groups) {
      for (Operation op : g.operations()) {
        boolean read = op.httpMethod().equals("GET");
        if ((read || op.httpMethod().equals("PUT")) && INSTANCE.matcher(op.path()).matches()) {
          Operation known = byPath.get(op.path());
          if (known == null || read && !known.httpMethod().equals("GET")) {
            byPath.put(op.path(), op);
          }
        }
      }
    }
    List<ResourceType> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Operation op : byPath.values()) {
      ResourceType r = resource(op, byName);
      String name = r.name();
      for (int i = 2; !names.add(name); i++) {
        name = r.name() + i;
      }
      out.add(new ResourceType(name, r.type(), r.idTemplate(), r.segments(), r.modelType(), r.origin()));
    }
    return out;
  }

  private static ResourceType resource(Operation op, Map<String, ObjectType> objects) {
    Matcher m = INSTANCE.matcher(op.path());
    m.matches();
    List<ResourceType.Segment> segments = new ArrayList<>();
    segments.add(segment("subscriptions", m.group(1)));
    segments.add(segment("resourceGroups", m.group(2)));
    segments.add(segment(m.group(4), m.group(5)));
    StringBuilder type = new StringBuilder(m.group(3)).append('/').append(m.group(4));
    String lastType = m.group(4);
    Matcher child = CHILD.matcher(m.group(6));
    while (child.find()) {
      segments.add(segment(child.group(1), child.group(2)));
      type.append('/').append(child.group(1));
      lastType = child.group(1);
    }
    Optional<ObjectType> model = op.httpMethod().equals("GET") ? okModel(op, objects) : Optional.empty();
    String name = model.filter(o -> isArmResource(o, objects)).map(o -> singular(o.name()))
        .orElse(singular(JavaNames.typeName(lastType)));
    return new ResourceType(name, type.toString(), op.path(), segments, model.map(ObjectType::name).orElse(null),
        op.origin());
  }

  private static ResourceType.Segment segment(String key, String variable) {
    return new ResourceType.Segment(key, variable, JavaNames.memberName(variable));
  }

  private static Optional<ObjectType> okModel(Operation op, Map<String, ObjectType> objects) {
    return op.responses().stream().filter(r -> r.status() == 200).findFirst()
        .flatMap(Operation.Response::body)
        .filter(t -> t instanceof TypeRef.Named)
        .map(t -> objects.get(((TypeRef.Named) t).name()));
  }

  /** x-ms-azure-resource on the type or an ancestor, or an ancestor that is a runtime resource. */
  static boolean isArmResource(ObjectType o, Map<String, ObjectType> objects) {
    Set<String> seen = new HashSet<>();
    ObjectType current = o;
    while (current != null && seen.add(current.name())) {
      if (current.armResource()) {
        return true;
      }
      Optional<TypeRef> parent = current.parent();
      if (parent.isEmpty()) {
        return false;
      }
      if (parent.get() instanceof TypeRef.Runtime r) {
        return r.className().endsWith("Resource");
      }
      current = parent.get() instanceof TypeRef.Named n ? objects.get(n.name()) : null;
    }
    return false;
  }

  /** English plural to singular for resource type segments ({@code policies} -> {@code policy}). */
  static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && word.length() > 1) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
