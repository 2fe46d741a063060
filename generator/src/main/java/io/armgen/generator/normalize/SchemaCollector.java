package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.load.SpecDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the schemas of one service: every definition of the entry document, everything
 * reached from there and from the operations (through {@link TypeMapper}), and the allOf subtypes
 * of polymorphic bases, wherever they are defined. Reads each object's own properties.
 */
final class SchemaCollector {
  private final LoadResult loaded;
  private final SchemaTable table;
  private final TypeMapper mapper;
  private final Reporter reporter;
  private final RequiredNamesCheck requiredNames;

  SchemaCollector(LoadResult loaded, SchemaTable table, TypeMapper mapper, Reporter reporter) {
    this.loaded = loaded;
    this.table = table;
    this.mapper = mapper;
    this.reporter = reporter;
    this.requiredNames = new RequiredNamesCheck(loaded, reporter);
  }

  /** Registers every definition of {@code doc}, in document order. */
  void addDefinitions(SpecDocument doc) {
    JsonNode defs = doc.root().get("definitions");
    if (defs == null) {
      return;
    }
    if (!defs.isObject()) {
      reporter.error("SCHEMA_INVALID", doc, "/definitions", "'definitions' must be an object");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      mapper.reference(new ResolvedRef(doc, Pointers.child("/definitions", e.getKey()), e.getValue()));
    }
  }

  /** Reads the properties of every object registered so far, and of those they lead to. */
  void drain() {
    for (ObjectDraft next = table.nextUnread(); next != null; next = table.nextUnread()) {
      readObject(next);
    }
  }

  /**
   * Adds, until nothing new appears, every definition (of any loaded document) whose allOf names a
   * collected polymorphic type: subtypes are not referenced from their base, yet belong to it.
   */
  void discoverSubtypes() {
    List<SpecDocument> docs = new ArrayList<>(loaded.documents().values());
    docs.sort(Comparator.comparing(d -> d.path().toString()));
    Set<SchemaId> family = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (ObjectDraft o : table.objects()) {
        if (o.site().node().has("discriminator") || family.contains(o.id())) {
          family.add(o.id());
        }
      }
      for (SpecDocument doc : docs) {
        JsonNode defs = doc.root().get("definitions");
        if (defs == null || !defs.isObject()) {
          continue;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          ResolvedRef site = new ResolvedRef(doc, Pointers.child("/definitions", e.getKey()), e.getValue());
          if (!family.contains(SchemaId.of(site)) && extendsAnyOf(site, family)) {
            mapper.reference(site);
            family.add(SchemaId.of(site));
            grew = true;
          }
        }
      }
      drain();
    }
  }

  private boolean extendsAnyOf(ResolvedRef site, Set<SchemaId> family) {
    JsonNode allOf = site.node().get("allOf");
    if (allOf == null || !allOf.isArray()) {
      return false;
    }
    for (JsonNode entry : allOf) {
      JsonNode ref = entry.get("$ref");
      if (ref != null && ref.isTextual()) {
        Optional<ResolvedRef> target = loaded.resolve(site.document(), ref.textValue());
        if (target.isPresent() && family.contains(SchemaId.of(target.get()))) {
          return true;
        }
      }
    }
    return false;
  }

  private void readObject(ObjectDraft draft) {
    ResolvedRef site = draft.site();
    JsonNode node = site.node();
    draft.description = TypeMapper.textOf(node, "description");
    draft.clientName = TypeMapper.textOf(node, "x-ms-client-name");
    draft.armResource = node.path("x-ms-azure-resource").asBoolean(false);
    JsonNode discriminator = node.get("discriminator");
    if (discriminator != null) {
      if (discriminator.isTextual()) {
        draft.discriminator = discriminator.textValue();
      } else {
        reporter.error("SCHEMA_INVALID", site.document(), Pointers.child(site.pointer(), "discriminator"),
            "'discriminator' must be the name of a property");
      }
    }
    draft.discriminatorValue = TypeMapper.textOf(node, "x-ms-discriminator-value");
    readAllOf(draft, site);
    draft.properties.addAll(readProperties(draft.definitionName, site));
    requiredNames.check(site);
    draft.additionalProperties = mapper.additionalProperties(site, draft.definitionName).orElse(null);
  }

  private void readAllOf(ObjectDraft draft, ResolvedRef site) {
    JsonNode allOf = site.node().get("allOf");
    if (allOf == null) {
      return;
    }
    if (!allOf.isArray()) {
      reporter.error("SCHEMA_INVALID", site.document(), Pointers.child(site.pointer(), "allOf"), "'allOf' must be an array");
      return;
    }
    for (int i = 0; i < allOf.size(); i++) {
      ResolvedRef entry = new ResolvedRef(site.document(), Pointers.child(Pointers.child(site.pointer(), "allOf"), i), allOf.get(i));
      if (!entry.node().isObject()) {
        reporter.error("SCHEMA_INVALID", entry.document(), entry.pointer(), "an allOf entry must be a schema");
      } else if (entry.node().has("$ref")) {
        draft.allOfRefs.add(mapper.follow(entry, entry.node().get("$ref")));
      } else {
        // an inline part: its properties (and its own allOf bases) belong to the owner
        readAllOf(draft, entry);
        draft.inlineAllOfProperties.addAll(readProperties(draft.definitionName, entry));
      }
    }
  }

  /** The {@code properties} of the schema at {@code site}, with {@code required} applied. */
  List<PropertyDraft> readProperties(String ownerName, ResolvedRef site) {
    List<PropertyDraft> out = new ArrayList<>();
    JsonNode props = site.node().get("properties");
    if (props == null) {
      return out;
    }
    String propsPointer = Pointers.child(site.pointer(), "properties");
    if (!props.isObject()) {
      reporter.error("SCHEMA_INVALID", site.document(), propsPointer, "'properties' must be an object");
      return out;
    }
    Set<String> required = requiredNames(site);
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      ResolvedRef propSite = new ResolvedRef(site.document(), Pointers.child(propsPointer, e.getKey()), e.getValue());
      if (!e.getValue().isObject()) {
        reporter.error("SCHEMA_INVALID", site.document(), propSite.pointer(), "property '" + e.getKey() + "' must be a schema");
        continue;
      }
      PropertyDraft p = readProperty(ownerName, e.getKey(), propSite);
      p.required = required.contains(e.getKey());
      out.add(p);
    }
    return out;
  }

  private PropertyDraft readProperty(String ownerName, String wireName, ResolvedRef site) {
    JsonNode node = site.node();
    DraftType type = mapper.map(site, ownerName + JavaNames.pascal(wireName));
    JsonNode target = referencedNode(site).orElse(null);
    String clientName = TypeMapper.textOf(node, "x-ms-client-name");
    PropertyDraft p = new PropertyDraft(wireName, clientName != null && !clientName.isBlank() ? clientName : wireName,
        type, Reporter.locate(site.document(), site.pointer()));
    p.readOnly = flag(node, "readOnly") || target != null && flag(target, "readOnly");
    p.secret = flag(node, "x-ms-secret") || type instanceof DraftType.Prim prim && prim.kind() == io.armgen.generator.model.TypeRef.PrimitiveKind.SECRET_STRING
        || target != null && flag(target, "x-ms-secret");
    p.flatten = flag(node, "x-ms-client-flatten");
    JsonNode clientDefault = node.get("x-ms-client-default");
    if (clientDefault != null && clientDefault.isValueNode() && !clientDefault.isNull()) {
      p.clientDefault = clientDefault.toString();
    }
    String description = TypeMapper.textOf(node, "description");
    p.description = description != null || target == null ? description : TypeMapper.textOf(target, "description");
    return p;
  }

  private Optional<JsonNode> referencedNode(ResolvedRef site) {
    JsonNode ref = site.node().get("$ref");
    if (ref == null || !ref.isTextual()) {
      return Optional.empty();
    }
    return loaded.resolve(site.document(), ref.textValue()).map(ResolvedRef::node);
  }

  private Set<String> requiredNames(ResolvedRef site) {
    Set<String> names = new HashSet<>();
    JsonNode required = site.node().get("required");
    if (required == null) {
      return names;
    }
    if (!required.isArray()) {
      reporter.error("SCHEMA_INVALID", site.document(), Pointers.child(site.pointer(), "required"), "'required' must be an array of property names");
      return names;
    }
    for (JsonNode n : required) {
      if (n.isTextual()) {
        names.add(n.textValue());
      }
    }
    return names;
  }

  private static boolean flag(JsonNode node, String key) {
    return node.path(key).asBoolean(false) && node.path(key).isBoolean();
  }
}
