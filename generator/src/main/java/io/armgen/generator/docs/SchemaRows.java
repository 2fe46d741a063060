package io.armgen.generator.docs;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schema of a resource as table rows: every property reachable from its model (inherited
 * ones, those of the runtime base class, and nested objects' properties under a dotted path), with
 * the Java accessor chain that reads it.
 */
final class SchemaRows {
  /** Nested objects deeper than this are listed by type only; real ARM schemas stay well within. */
  private static final int MAX_DEPTH = 6;

  /** One property of the schema. */
  record Row(String path, String accessor, String type, boolean required, boolean readOnly, List<String> values,
      String description) {}

  private final Service service;
  private final Map<String, ObjectType> objects = new LinkedHashMap<>();
  private final Map<String, EnumType> enums = new LinkedHashMap<>();

  SchemaRows(Service service) {
    this.service = service;
    service.objects().forEach(o -> objects.putIfAbsent(o.name(), o));
    service.enums().forEach(e -> enums.putIfAbsent(e.name(), e));
  }

  /** The rows of the model class {@code modelType}, its base's properties first. */
  List<Row> of(String modelType) {
    List<Row> rows = new ArrayList<>();
    ObjectType type = objects.get(modelType);
    if (type != null) {
      walk(type, "", "", rows, new HashSet<>(), 0);
    }
    return rows;
  }

  private void walk(ObjectType type, String pathPrefix, String accessorPrefix, List<Row> rows, Set<String> visiting,
      int depth) {
    if (!visiting.add(type.name())) {
      return;
    }
    List<ObjectType> chain = chain(type);
    Optional<String> runtimeBase = chain.get(chain.size() - 1).parent()
        .filter(p -> p instanceof TypeRef.Runtime).map(p -> ((TypeRef.Runtime) p).className());
    runtimeBase.ifPresent(base -> rows.addAll(RuntimeBaseRows.of(base, pathPrefix, accessorPrefix)));
    for (int i = chain.size() - 1; i >= 0; i--) {
      for (Property p : chain.get(i).properties()) {
        String path = pathPrefix + String.join(".", p.wirePath());
        String accessor = accessorPrefix + accessorName(p, runtimeBase) + "()";
        property(p, path, accessor, rows, visiting, depth);
      }
    }
    visiting.remove(type.name());
  }

  private void property(Property p, String path, String accessor, List<Row> rows, Set<String> visiting, int depth) {
    TypeRef type = p.type();
    rows.add(new Row(path, accessor, typeName(type), p.required(), p.readOnly(), enumValues(type), p.description()));
    String elementPath = path;
    String elementAccessor = accessor;
    if (type instanceof TypeRef.ArrayOf a) {
      type = a.items();
      elementPath = path + "[]";
      elementAccessor = accessor + ".get(i)";
    }
    if (depth < MAX_DEPTH && type instanceof TypeRef.Named n && objects.containsKey(n.name())) {
      walk(objects.get(n.name()), elementPath + ".", elementAccessor + ".", rows, visiting, depth + 1);
    }
  }

  /** The generated accessor's name: as {@code ModelShape} renames one that a runtime base already has. */
  private static String accessorName(Property p, Optional<String> runtimeBase) {
    return runtimeBase.filter(b -> RuntimeBaseRows.provides(b, p.javaName())).isPresent()
        ? p.javaName() + "Property" : p.javaName();
  }

  private List<ObjectType> chain(ObjectType type) {
    List<ObjectType> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ObjectType current = type;
    while (current != null && seen.add(current.name())) {
      chain.add(current);
      current = current.parent().filter(p -> p instanceof TypeRef.Named)
          .map(p -> objects.get(((TypeRef.Named) p).name())).orElse(null);
    }
    return chain;
  }

  /** The Java type as a reader of the generated code sees it. */
  String typeName(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case STRING, SECRET_STRING, ARM_ID -> "String";
        case INT32 -> "Integer";
        case INT64 -> "Long";
        case FLOAT -> "Float";
        case DOUBLE -> "Double";
        case DECIMAL -> "BigDecimal";
        case BOOLEAN -> "Boolean";
        case DATE_TIME, DATE_TIME_RFC1123, UNIX_TIME -> "OffsetDateTime";
        case DATE -> "LocalDate";
        case DURATION -> "Duration";
        case UUID -> "UUID";
        case BYTES, BASE64URL -> "byte[]";
        case ANY -> "Object";
      };
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return "List<" + typeName(a.items()) + ">";
    }
    if (type instanceof TypeRef.MapOf m) {
      return "Map<String, " + typeName(m.values()) + ">";
    }
    if (type instanceof TypeRef.Named n) {
      return n.name();
    }
    String className = ((TypeRef.Runtime) type).className();
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private List<String> enumValues(TypeRef type) {
    TypeRef t = type instanceof TypeRef.ArrayOf a ? a.items() : type;
    if (t instanceof TypeRef.Named n && enums.containsKey(n.name())) {
      return enums.get(n.name()).values().stream().map(EnumType.EnumValue::value).collect(Collectors.toList());
    }
    return List.of();
  }

  Service service() {
    return service;
  }
}
