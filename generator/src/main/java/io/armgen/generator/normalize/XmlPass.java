package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.model.OperationMedia;
import io.armgen.generator.model.OperationMedia.Kind;
import io.armgen.generator.model.OperationMedia.RequestMedia;
import io.armgen.generator.model.OperationMedia.XmlRoot;
import io.armgen.generator.model.XmlName;
import io.armgen.generator.model.XmlObject;
import io.armgen.generator.model.XmlObject.Placement;
import io.armgen.generator.model.XmlObject.XmlProperty;
import io.armgen.generator.normalize.OperationDraft.ParameterDraft;
import io.armgen.generator.normalize.OperationDraft.ResponseDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out how the models of XML bodies are written ({@link XmlObject}: element and attribute
 * names, wrapped and unwrapped lists, text content) from their Swagger {@code xml} objects. Runs
 * once Java names are known. A body that cannot be written faithfully as XML (inheritance,
 * flattening, untyped values, a list without names) is reported and its XML way of sending left
 * out; an operation whose XML response cannot be read is left out.
 */
final class XmlPass {
  private static final String CODE = "MEDIA_TYPE_UNSUPPORTED";

  private final LoadResult loaded;
  private final SchemaTable table;
  private final Reporter reporter;
  private final Map<SchemaId, XmlObject> objects = new LinkedHashMap<>();
  /** Why a model cannot travel as XML, once known. */
  private final Map<SchemaId, String> refused = new HashMap<>();

  XmlPass(LoadResult loaded, SchemaTable table, Reporter reporter) {
    this.loaded = loaded;
    this.table = table;
    this.reporter = reporter;
  }

  /** Checks every XML operation, dropping what cannot be done (from {@code operations} too). */
  void run(List<OperationDraft> operations) {
    for (Iterator<OperationDraft> it = operations.iterator(); it.hasNext(); ) {
      OperationDraft op = it.next();
      if (op.media == null) {
        continue;
      }
      if (op.media.response() == Kind.XML) {
        Optional<DraftType> body = op.responses.stream().filter(r -> r.body().isPresent())
            .min(Comparator.comparingInt(ResponseDraft::status)).flatMap(ResponseDraft::body);
        Optional<String> problem = body.flatMap(t -> rootProblem(t, op.media.responseXml()));
        if (problem.isPresent()) {
          reporter.warning(CODE, op.origin, "operation " + op.operationId
              + " is not generated: its XML response cannot be read: " + problem.get());
          it.remove();
          continue;
        }
      }
      List<RequestMedia> kept = new ArrayList<>();
      for (RequestMedia request : op.media.requests()) {
        Optional<String> problem = request.kind() != Kind.XML ? Optional.empty()
            : op.parameters.stream().filter(p -> p.in() == io.armgen.generator.model.Parameter.Location.BODY)
                .map(ParameterDraft::type).findFirst().flatMap(t -> rootProblem(t, request.xml()));
        if (problem.isEmpty()) {
          kept.add(request);
        } else {
          reporter.warning(CODE, op.origin, "operation " + op.operationId + " cannot send its body as "
              + request.contentTypes().get(0) + ": " + problem.get() + "; that media type is left out");
        }
      }
      if (kept.isEmpty() && !op.media.requests().isEmpty()) {
        reporter.warning(CODE, op.origin, "operation " + op.operationId + " is not generated: no way of sending its body is left");
        it.remove();
      } else if (kept.size() != op.media.requests().size()) {
        op.media = new OperationMedia(kept, op.media.response(), op.media.accept(), op.media.responseXml());
      }
    }
  }

  /** The XML form of every model an XML body uses, by Java name. */
  Map<String, XmlObject> byJavaName() {
    Map<String, XmlObject> out = new LinkedHashMap<>();
    objects.forEach((id, xml) -> table.objectOf(new DraftType.Ref(id)).ifPresent(o -> out.put(o.javaName, xml)));
    return out;
  }

  /** Why a body of {@code type} cannot be the root of an XML document, or empty when it can. */
  private Optional<String> rootProblem(DraftType type, Optional<XmlRoot> listRoot) {
    DraftType resolved = table.resolve(type);
    if (resolved instanceof DraftType.Array array) {
      if (listRoot.isEmpty() || listRoot.get().element() == null || listRoot.get().item() == null) {
        return Optional.of("a list body needs an xml.name for the list and its items");
      }
      return itemProblem(array.items());
    }
    Optional<ObjectDraft> object = table.objectOf(resolved);
    if (object.isEmpty()) {
      return Optional.of("an XML body must be a model or a list of models or values");
    }
    return objectProblem(object.get());
  }

  /** Why a list item of {@code type} cannot be written as XML, or empty when it can. */
  private Optional<String> itemProblem(DraftType type) {
    DraftType resolved = table.resolve(type);
    if (isScalar(resolved)) {
      return Optional.empty();
    }
    Optional<ObjectDraft> object = table.objectOf(resolved);
    return object.isPresent() ? objectProblem(object.get()) : Optional.of("lists of lists or dictionaries have no XML form");
  }

  private Optional<String> objectProblem(ObjectDraft object) {
    if (objects.containsKey(object.id())) {
      return Optional.empty();
    }
    if (refused.containsKey(object.id())) {
      return Optional.of(refused.get(object.id()));
    }
    // placeholder first: a model that refers to itself is being checked, not refused
    objects.put(object.id(), new XmlObject(XmlName.of(object.definitionName), Map.of()));
    Optional<String> problem = shapeProblem(object);
    Map<String, XmlProperty> properties = new LinkedHashMap<>();
    for (PropertyDraft property : object.properties) {
      if (problem.isPresent()) {
        break;
      }
      Object placed = place(object, property);
      if (placed instanceof String reason) {
        problem = Optional.of(reason);
      } else {
        properties.put(property.wireName(), (XmlProperty) placed);
        problem = referencedProblem(property.type);
      }
    }
    if (problem.isEmpty()) {
      problem = textProblem(object, properties);
    }
    if (problem.isPresent()) {
      objects.remove(object.id());
      refused.put(object.id(), problem.get());
      return problem;
    }
    XmlName root = XmlNames.of(object.site().node(), object.definitionName);
    objects.put(object.id(), new XmlObject(root, properties));
    return Optional.empty();
  }

  private Optional<String> shapeProblem(ObjectDraft object) {
    String name = object.javaName;
    if (object.parent != null || object.discriminator != null || !object.subtypes.isEmpty()) {
      return Optional.of("model " + name + " takes part in inheritance, which has no XML form here");
    }
    if (object.additionalProperties != null) {
      return Optional.of("model " + name + " has both properties and additionalProperties");
    }
    return Optional.empty();
  }

  private Optional<String> referencedProblem(DraftType type) {
    DraftType resolved = table.resolve(type);
    if (resolved instanceof DraftType.Array array) {
      return itemProblem(array.items());
    }
    if (resolved instanceof DraftType.MapOf) {
      return Optional.empty();
    }
    return table.objectOf(resolved).flatMap(this::objectProblem);
  }

  /** Text content ({@code x-ms-text}) goes with attributes only: mixed content has no model. */
  private static Optional<String> textProblem(ObjectDraft object, Map<String, XmlProperty> properties) {
    long text = properties.values().stream().filter(p -> p.placement() == Placement.TEXT).count();
    long elements = properties.values().stream()
        .filter(p -> p.placement() != Placement.TEXT && p.placement() != Placement.ATTRIBUTE).count();
    if (text > 1 || text == 1 && elements > 0) {
      return Optional.of("model " + object.javaName + " mixes x-ms-text content with child elements");
    }
    return Optional.empty();
  }

  /** The property's XML placement, or the reason (a String) it has none. */
  private Object place(ObjectDraft owner, PropertyDraft property) {
    String where = "property " + owner.javaName + "." + property.javaName;
    if (property.wirePath.size() > 1) {
      return where + " is flattened (x-ms-client-flatten), which has no XML form here";
    }
    String wire = property.wireName();
    String pointer = Pointers.child(Pointers.child(owner.site().pointer(), "properties"), wire);
    JsonNode raw = owner.site().node().path("properties").path(wire);
    if (!raw.isObject()) {
      return where + " is not declared in its model's own properties (allOf), which has no XML form here";
    }
    ResolvedRef site = RefChains.end(loaded, new ResolvedRef(owner.site().document(), pointer, raw));
    JsonNode xmlSource = raw.has("xml") ? raw : site.node();
    DraftType type = table.resolve(property.type);
    boolean scalar = isScalar(type);
    if (XmlNames.flag(xmlSource, "attribute")) {
      return scalar ? new XmlProperty(Placement.ATTRIBUTE, XmlNames.of(xmlSource, wire), Optional.empty())
          : where + " is an XML attribute but not a single value";
    }
    if (xmlSource.path("xml").path("x-ms-text").asBoolean(false)) {
      return scalar ? new XmlProperty(Placement.TEXT, XmlNames.of(xmlSource, wire), Optional.empty())
          : where + " is x-ms-text content but not a single value";
    }
    if (type instanceof DraftType.Array) {
      XmlName name = XmlNames.of(xmlSource, wire);
      if (XmlNames.flag(xmlSource, "wrapped")) {
        return new XmlProperty(Placement.WRAPPED_LIST, name, Optional.of(XmlNames.itemName(loaded, site, wire)));
      }
      // side by side: items named by their own xml.name, else their model's, else the property's
      JsonNode items = site.node().path("items");
      XmlName item = items.path("xml").path("name").isTextual() ? XmlNames.of(items, null)
          : referencedName(site, items).orElse(name);
      return new XmlProperty(Placement.UNWRAPPED_LIST, name, Optional.of(item));
    }
    if (type instanceof DraftType.MapOf map) {
      return isScalar(table.resolve(map.values()))
          ? new XmlProperty(Placement.MAP, XmlNames.of(xmlSource, wire), Optional.empty())
          : where + " is a dictionary of structured values, which has no XML form here";
    }
    if (scalar) {
      return new XmlProperty(Placement.ELEMENT, XmlNames.of(xmlSource, wire), Optional.empty());
    }
    if (table.objectOf(type).isPresent()) {
      // an element named by the property's xml.name, else by the referred model's, else by the property
      XmlName name = raw.has("xml") ? XmlNames.of(raw, wire) : Optional.ofNullable(XmlNames.of(site.node(), null))
          .orElse(XmlName.of(wire));
      return new XmlProperty(Placement.ELEMENT, name, Optional.empty());
    }
    return where + " is of a type that has no XML form here";
  }

  /** The {@code xml.name} of the definition {@code items} refers to, if it refers to one that has one. */
  private Optional<XmlName> referencedName(ResolvedRef list, JsonNode items) {
    if (!items.path("$ref").isTextual()) {
      return Optional.empty();
    }
    return loaded.resolve(list.document(), items.get("$ref").textValue())
        .map(target -> XmlNames.of(target.node(), null));
  }

  private boolean isScalar(DraftType type) {
    if (type instanceof DraftType.Prim prim) {
      return prim.kind() != io.armgen.generator.model.TypeRef.PrimitiveKind.ANY;
    }
    return table.enumOf(type).isPresent();
  }

}
