package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.normalize.OperationDraft.ParameterDraft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the parameters of one operation (path-level ones first, overridden by operation-level
 * ones of the same name and location). A parameter defined in a top-level {@code parameters}
 * section (of any file) belongs to the client unless it says {@code x-ms-parameter-location:
 * method}; subscriptionId and api-version always do; api-version is a constant (the document's
 * info.version); a required single-value enum is a constant too. A parameter that cannot be sent
 * as declared (reported by {@link ParameterDetailsReader}) has null details: its operation is left out.
 */
final class ParameterReader {
  private final LoadResult loaded;
  private final TypeMapper mapper;
  private final Reporter reporter;
  private final ParameterDetailsReader details;

  ParameterReader(LoadResult loaded, TypeMapper mapper, Reporter reporter) {
    this.loaded = loaded;
    this.mapper = mapper;
    this.reporter = reporter;
    this.details = new ParameterDetailsReader(reporter);
  }

  /** A parameter as written, with whether it came from a top-level parameters section. */
  private record Declared(ResolvedRef site, boolean global) {}

  List<ParameterDraft> read(SpecDocument doc, String pathItemPointer, String operationPointer, String operationId) {
    Map<String, Declared> byKey = new LinkedHashMap<>();
    for (String owner : List.of(pathItemPointer, operationPointer)) {
      ResolvedRef list = new ResolvedRef(doc, Pointers.child(owner, "parameters"), doc.root().at(Pointers.child(owner, "parameters")));
      if (list.node().isMissingNode()) {
        continue;
      }
      if (!list.node().isArray()) {
        reporter.error("PARAMETER_INVALID", doc, list.pointer(), "'parameters' must be an array");
        continue;
      }
      for (int i = 0; i < list.node().size(); i++) {
        declared(new ResolvedRef(doc, Pointers.child(list.pointer(), i), list.node().get(i)))
            .ifPresent(d -> byKey.put(d.site().node().get("in").textValue() + " " + d.site().node().get("name").textValue(), d));
      }
    }
    List<ParameterDraft> out = new ArrayList<>();
    Set<String> javaNames = new HashSet<>();
    for (Declared d : byKey.values()) {
      toDraft(doc, d, operationId, javaNames).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Declared> declared(ResolvedRef entry) {
    ResolvedRef site = entry;
    boolean global = false;
    JsonNode ref = entry.node().get("$ref");
    if (ref != null) {
      if (!ref.isTextual()) {
        reporter.error("PARAMETER_INVALID", entry.document(), entry.pointer(), "$ref must be a string");
        return Optional.empty();
      }
      Optional<ResolvedRef> target = loaded.resolve(entry.document(), ref.textValue());
      if (target.isEmpty()) {
        return Optional.empty(); // dangling: the loader reported it
      }
      site = target.get();
      global = Pointers.isTopLevelEntry(site.pointer(), "parameters");
    }
    JsonNode node = site.node();
    if (!node.isObject() || !node.path("name").isTextual() || !node.path("in").isTextual()) {
      reporter.error("PARAMETER_INVALID", site.document(), site.pointer(), "a parameter needs a string 'name' and 'in'");
      return Optional.empty();
    }
    return Optional.of(new Declared(site, global));
  }

  private Optional<ParameterDraft> toDraft(SpecDocument entryDoc, Declared d, String operationId, Set<String> javaNames) {
    ResolvedRef site = d.site();
    JsonNode node = site.node();
    String name = node.get("name").textValue();
    Parameter.Location in;
    switch (node.get("in").textValue()) {
      case "path" -> in = Parameter.Location.PATH;
      case "query" -> in = Parameter.Location.QUERY;
      case "header" -> in = Parameter.Location.HEADER;
      case "body" -> in = Parameter.Location.BODY;
      case "formData" -> in = Parameter.Location.FORM;
      default -> {
        reporter.error("PARAMETER_INVALID", site.document(), Pointers.child(site.pointer(), "in"),
            "unknown parameter location '" + node.get("in").textValue() + "'");
        return Optional.empty();
      }
    }
    Parameter.Details facts = details.read(site, in, operationId);
    boolean required = in == Parameter.Location.PATH || node.path("required").asBoolean(false);
    String location = TypeMapper.textOf(node, "x-ms-parameter-location");
    // x-ms-api-version: false marks a parameter that is named api-version but is not the client's
    boolean apiVersion = name.equals("api-version") && node.path("x-ms-api-version").asBoolean(true);
    boolean client = apiVersion || name.equals("subscriptionId")
        || "client".equals(location) || d.global() && !"method".equals(location);
    String hint = JavaNames.pascal(operationId) + JavaNames.pascal(name);
    String constant = null;
    DraftType type;
    JsonNode values = node.get("enum");
    if (apiVersion) {
      type = DraftType.STRING;
      constant = apiVersionConstant(entryDoc, values);
    } else if (in == Parameter.Location.BODY) {
      JsonNode schema = node.get("schema");
      if (schema == null || !schema.isObject()) {
        reporter.error("PARAMETER_INVALID", site.document(), site.pointer(), "body parameter '" + name + "' needs a 'schema'");
        type = DraftType.ANY;
      } else {
        type = mapper.map(TypeMapper.child(site, "schema"), hint);
        Optional<ConstantSchemas.Constant> bodyConstant = required ? mapper.constant(type) : Optional.empty();
        if (bodyConstant.isPresent()) {
          type = bodyConstant.get().type();
          constant = bodyConstant.get().value();
        }
      }
    } else if (required && values != null && values.isArray() && values.size() == 1 && !values.get(0).isContainerNode()) {
      constant = values.get(0).asText();
      type = TypeMapper.primitive(String.valueOf(TypeMapper.textOf(node, "type")), TypeMapper.textOf(node, "format"))
          .map(DraftType::prim).orElse(DraftType.STRING);
    } else {
      type = TextValueTypes.of(node, mapper.map(site, hint));
    }
    String clientName = TypeMapper.textOf(node, "x-ms-client-name");
    String javaName = unique(JavaNames.memberName(clientName != null ? clientName : name), javaNames);
    return Optional.of(new ParameterDraft(name, javaName, in, type, required, client, constant,
        node.path("x-ms-skip-url-encoding").asBoolean(false), TypeMapper.textOf(node, "description"), facts));
  }

  private static String apiVersionConstant(SpecDocument entryDoc, JsonNode values) {
    String version = TypeMapper.textOf(entryDoc.root().path("info"), "version");
    if (values == null || !values.isArray() || values.isEmpty()) {
      return version;
    }
    for (JsonNode v : values) {
      if (v.asText().equals(version)) {
        return version;
      }
    }
    return values.get(0).asText();
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
      candidate = name + i;
    }
    return candidate;
  }
}
