package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.armgen.generator.model.TypeRef.PrimitiveKind;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The values a model property starts with. A required enum with a single value that is not
 * {@code modelAsString} is a constant: the service accepts nothing else, so models fill it in and
 * the user never has to (AutoRest's rule). {@code x-ms-client-default} is checked against the
 * property's type; one that does not fit is dropped with a {@code CLIENT_DEFAULT_INVALID} warning
 * rather than emitted as code that fails when a model is created.
 */
final class PropertyValuePass {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SchemaTable table;
  private final Reporter reporter;
  private final Hierarchy hierarchy;

  PropertyValuePass(SchemaTable table, Reporter reporter) {
    this.table = table;
    this.reporter = reporter;
    this.hierarchy = new Hierarchy(table);
  }

  void run() {
    for (ObjectDraft object : table.objects()) {
      Set<String> discriminators = discriminators(object);
      for (PropertyDraft p : object.properties) {
        if (p.clientDefault != null) {
          p.clientDefault = fitting(p).orElse(null);
        }
        if (p.required && !p.readOnly && !discriminators.contains(p.wireName())) {
          ConstantSchemas.of(table, p.type).ifPresent(c -> p.constant =
              literal(((DraftType.Prim) c.type()).kind(), c.value()).map(JsonNode::toString).orElse(null));
        }
      }
    }
  }

  /** Discriminator names of the object and its ancestors: those are set by the subtype, not constants. */
  private Set<String> discriminators(ObjectDraft object) {
    Set<String> names = new HashSet<>();
    if (object.discriminator != null) {
      names.add(object.discriminator);
    }
    hierarchy.ancestors(object).stream().filter(a -> a.discriminator != null).forEach(a -> names.add(a.discriminator));
    return names;
  }

  /** The client default as JSON text of the property's type, when it is one. */
  private Optional<String> fitting(PropertyDraft p) {
    JsonNode given;
    try {
      given = JSON.readTree(p.clientDefault);
    } catch (java.io.IOException e) {
      given = null;
    }
    Optional<JsonNode> value = Optional.empty();
    if (given != null) {
      String text = given.asText();
      Optional<EnumDraft> e = table.enumOf(p.type);
      if (e.isPresent()) {
        value = e.get().expandable || e.get().rawValues().contains(text) ? literal(e.get().valueType, text) : Optional.empty();
      } else if (table.resolve(p.type) instanceof DraftType.Prim prim) {
        value = literal(prim.kind(), text);
      }
    }
    if (value.isEmpty()) {
      reporter.warning("CLIENT_DEFAULT_INVALID", p.origin,
          "x-ms-client-default " + p.clientDefault + " does not fit the property's type; models start without it");
      return Optional.empty();
    }
    return value.map(JsonNode::toString);
  }

  /** {@code text} as a JSON value of {@code kind}: strings quoted, numbers and booleans checked. */
  private static Optional<JsonNode> literal(PrimitiveKind kind, String text) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    try {
      switch (kind) {
        case INT32:
          return Optional.of(nodes.numberNode(Integer.parseInt(text)));
        case INT64:
          return Optional.of(nodes.numberNode(Long.parseLong(text)));
        case FLOAT:
        case DOUBLE:
        case DECIMAL:
          return Optional.of(nodes.numberNode(new BigDecimal(text)));
        case BOOLEAN:
          return text.equals("true") || text.equals("false")
              ? Optional.of(nodes.booleanNode(Boolean.parseBoolean(text))) : Optional.empty();
        case STRING:
        case SECRET_STRING:
        case ARM_ID:
          return Optional.of(nodes.textNode(text));
        default:
          return Optional.empty();
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
