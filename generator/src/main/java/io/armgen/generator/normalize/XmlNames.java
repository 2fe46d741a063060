package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.model.OperationMedia.XmlRoot;
import io.armgen.generator.model.XmlName;
import java.util.Optional;

/**
 * XML element names from Swagger {@code xml} objects, with the defaults of the schema's position:
 * a definition is named after itself, an item of a list after its {@code xml.name}, else after
 * the definition it refers to.
 */
final class XmlNames {
  private XmlNames() {}

  /** {@code xml.name} of {@code schema} with its namespace and prefix, or {@code fallback} for the local name. */
  static XmlName of(JsonNode schema, String fallback) {
    JsonNode xml = schema.path("xml");
    String local = xml.path("name").isTextual() ? xml.get("name").textValue() : fallback;
    if (local == null) {
      return null;
    }
    return new XmlName(local, text(xml, "namespace"), text(xml, "prefix"));
  }

  /** True when the schema's {@code xml} object sets {@code field} to true. */
  static boolean flag(JsonNode schema, String field) {
    return schema.path("xml").path(field).asBoolean(false);
  }

  /** The definition name when {@code site} is an entry of {@code definitions}, else null. */
  static String definitionName(ResolvedRef site) {
    return Pointers.isTopLevelEntry(site.pointer(), "definitions") ? Pointers.lastToken(site.pointer()) : null;
  }

  /**
   * The root element and item name of a list body: the list schema's {@code xml.name} (else the
   * definition's name) and its items' name (see {@link #itemName}). Empty when the schema is not a
   * list; a name that cannot be known is null (the XML check reports it).
   */
  static Optional<XmlRoot> listRoot(LoadResult loaded, ResolvedRef schema) {
    JsonNode node = schema.node();
    if (!node.path("type").asText("").equals("array") && !node.has("items")) {
      return Optional.empty();
    }
    XmlName element = of(node, definitionName(schema));
    return Optional.of(new XmlRoot(element, itemName(loaded, schema, null)));
  }

  /**
   * The element name of each item of the list schema at {@code list}: {@code items.xml.name}, else
   * the {@code xml.name} of the definition the items refer to, else that definition's name, else
   * {@code fallback}.
   */
  static XmlName itemName(LoadResult loaded, ResolvedRef list, String fallback) {
    JsonNode items = list.node().path("items");
    if (items.path("xml").path("name").isTextual()) {
      return of(items, null);
    }
    if (items.path("$ref").isTextual()) {
      Optional<ResolvedRef> target = loaded.resolve(list.document(), items.get("$ref").textValue());
      if (target.isPresent()) {
        XmlName named = of(target.get().node(), null);
        if (named != null) {
          return named;
        }
        String definition = definitionName(target.get());
        if (definition != null) {
          return of(items, definition);
        }
      }
    }
    return of(items, fallback);
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).isTextual() ? node.get(field).textValue() : null;
  }
}
