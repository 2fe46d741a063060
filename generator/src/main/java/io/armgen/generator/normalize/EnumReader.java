package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.model.TypeRef.PrimitiveKind;

/** Reads an {@code enum} schema and its {@code x-ms-enum} into an {@link EnumDraft}. */
final class EnumReader {
  private final Reporter reporter;

  EnumReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * @param fallbackName used when there is no {@code x-ms-enum.name}: the definition name or
   *     owner + property
   * @param type the declared {@code type}, may be null (then string)
   */
  EnumDraft read(SchemaId id, ResolvedRef site, String fallbackName, String type) {
    JsonNode node = site.node();
    JsonNode xmsEnum = node.get("x-ms-enum");
    boolean hasXmsEnum = xmsEnum != null && xmsEnum.isObject();
    String name = hasXmsEnum && xmsEnum.path("name").isTextual() && !xmsEnum.path("name").textValue().isBlank()
        ? xmsEnum.get("name").textValue() : fallbackName;
    PrimitiveKind valueType = type == null || type.equals("object") || type.equals("array")
        ? PrimitiveKind.STRING
        : TypeMapper.primitive(type, TypeMapper.textOf(node, "format")).orElse(PrimitiveKind.STRING);
    EnumDraft draft = new EnumDraft(id, site, name, valueType, Reporter.locate(site.document(), site.pointer()));
    draft.description = TypeMapper.textOf(node, "description");
    // AutoRest semantics: no x-ms-enum means an open enum; x-ms-enum without modelAsString is closed
    draft.expandable = !hasXmsEnum || xmsEnum.path("modelAsString").asBoolean(false);
    JsonNode values = node.get("enum");
    if (!values.isArray()) {
      reporter.error("SCHEMA_INVALID", site.document(), Pointers.child(site.pointer(), "enum"), "'enum' must be an array");
      return draft;
    }
    JsonNode described = hasXmsEnum ? xmsEnum.get("values") : null;
    for (JsonNode v : values) {
      if (v.isNull() || v.isContainerNode()) {
        continue;
      }
      String value = v.asText();
      if (draft.rawValues().contains(value)) {
        continue;
      }
      draft.values.add(describe(value, described));
    }
    return draft;
  }

  private static EnumDraft.Value describe(String value, JsonNode described) {
    if (described != null && described.isArray()) {
      for (JsonNode entry : described) {
        if (entry.isObject() && entry.has("value") && entry.get("value").asText().equals(value)) {
          return new EnumDraft.Value(value, TypeMapper.textOf(entry, "name"), TypeMapper.textOf(entry, "description"));
        }
      }
    }
    return new EnumDraft.Value(value, null, null);
  }
}
