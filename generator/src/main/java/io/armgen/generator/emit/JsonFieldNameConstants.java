package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The JSON field names a model class writes, each encoded once by the runtime as a constant
 * ({@code private static final JsonFieldName PRIVATE_ENDPOINT = JsonFieldName.of("privateEndpoint")}):
 * one per distinct key of the class's own wire tree, nested objects' keys included, in the order
 * they are written. Writing such a name is a single copy of its bytes.
 */
final class JsonFieldNameConstants {
  static final ClassName FIELD_NAME = ClassName.get("io.armgen.runtime.json", "JsonFieldName");

  /** Constant name per wire name. */
  private final Map<String, String> constants = new LinkedHashMap<>();

  JsonFieldNameConstants(WireTree tree) {
    collect(tree, new HashSet<>());
  }

  private void collect(WireTree node, Set<String> taken) {
    for (Map.Entry<String, Object> e : node.entries.entrySet()) {
      constants.computeIfAbsent(e.getKey(), key -> unique(constantName(key), taken));
      if (e.getValue() instanceof WireTree child) {
        collect(child, taken);
      }
    }
  }

  /** The constant holding {@code wireName}, a key of the tree this was made from. */
  String of(String wireName) {
    String constant = constants.get(wireName);
    if (constant == null) {
      throw new IllegalArgumentException("no field name constant for '" + wireName + "'");
    }
    return constant;
  }

  /** The constants' declarations, in the order the fields are written. */
  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    constants.forEach((wireName, constant) -> fields.add(
        FieldSpec.builder(FIELD_NAME, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", FIELD_NAME, DocText.literal(wireName))
            .build()));
    return fields;
  }

  /**
   * Upper snake case of the ASCII letters and digits of {@code wireName}, a word starting at each
   * capital after a lower-case letter or digit and after each other character:
   * {@code privateLinkServiceConnectionState} -> {@code PRIVATE_LINK_SERVICE_CONNECTION_STATE},
   * {@code @odata.type} -> {@code ODATA_TYPE}; {@code FIELD} when nothing is left, and a leading
   * digit gets {@code FIELD_}.
   */
  static String constantName(String wireName) {
    StringBuilder name = new StringBuilder();
    boolean separated = false;
    char previous = ' ';
    for (int i = 0; i < wireName.length(); i++) {
      char c = wireName.charAt(i);
      if (c >= 128 || !Character.isLetterOrDigit(c)) {
        separated = true;
        continue;
      }
      boolean capitalStartsWord = Character.isUpperCase(c)
          && (Character.isLowerCase(previous) || Character.isDigit(previous));
      if (name.length() > 0 && (separated || capitalStartsWord)) {
        name.append('_');
      }
      name.append(Character.toUpperCase(c));
      previous = c;
      separated = false;
    }
    if (name.length() == 0) {
      return "FIELD";
    }
    return Character.isDigit(name.charAt(0)) ? "FIELD_" + name : name.toString();
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name + "_" + i;
    }
    return candidate;
  }
}
