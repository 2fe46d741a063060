package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.normalize.OperationDraft.HeaderDraft;
import io.armgen.generator.normalize.OperationDraft.ParameterDraft;
import io.armgen.generator.normalize.OperationDraft.ResponseDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the operations of the entry document's {@code paths}, in document order: group and method
 * names from the operationId, parameters, 2xx and 3xx responses (a declared redirect is an answer;
 * so is a declared 404 of a HEAD without body), the error type, long-running and paging
 * settings and the examples. Reports duplicate operationIds and malformed path templates.
 */
final class OperationPass {
  private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options");

  private final LoadResult loaded;
  private final TypeMapper mapper;
  private final Reporter reporter;
  private final ParameterReader parameters;
  private final PageItemLocator pages;
  private final OperationMediaReader media;
  private final OperationSelection selection;

  OperationPass(LoadResult loaded, TypeMapper mapper, Reporter reporter, OperationSelection selection) {
    this.loaded = loaded;
    this.selection = selection;
    this.mapper = mapper;
    this.reporter = reporter;
    this.parameters = new ParameterReader(loaded, mapper, reporter);
    this.pages = new PageItemLocator(loaded, mapper, reporter);
    this.media = new OperationMediaReader(loaded, reporter);
  }

  /**
   * The operations of {@code paths}, then of {@code x-ms-paths} (whose keys may carry a fixed query,
   * {@code /things?kind=a}: sent as constant query parameters, see {@link PathQuery}).
   */
  List<OperationDraft> read(SpecDocument doc, String serviceName) {
    List<OperationDraft> out = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    Set<String> methodNames = new HashSet<>();
    for (String section : List.of("paths", "x-ms-paths")) {
      JsonNode paths = doc.root().get(section);
      if (paths == null) {
        continue;
      }
      if (!paths.isObject()) {
        reporter.error("PATHS_INVALID", doc, "/" + section, "'" + section + "' must be an object");
        continue;
      }
      readSection(doc, serviceName, section, paths, seenIds, methodNames, out);
    }
    return out;
  }

  private void readSection(SpecDocument doc, String serviceName, String section, JsonNode paths,
      Map<String, String> seenIds, Set<String> methodNames, List<OperationDraft> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().startsWith("/")) {
        continue; // x- extensions of the paths object
      }
      String itemPointer = Pointers.child("/" + section, e.getKey());
      if (!e.getValue().isObject()) {
        reporter.error("PATHS_INVALID", doc, itemPointer, "a path item must be an object");
        continue;
      }
      for (String method : METHODS) {
        JsonNode op = e.getValue().get(method);
        if (op == null) {
          continue;
        }
        String opPointer = Pointers.child(itemPointer, method);
        if (!op.isObject()) {
          reporter.error("OPERATION_INVALID", doc, opPointer, "an operation must be an object");
          continue;
        }
        // filtered out before it is read: its schemas are not collected and its problems not reported
        if (!selection.selects(operationIdOf(op, method, e.getKey()), tagsOf(op))) {
          continue;
        }
        OperationDraft draft = read(doc, e.getKey(), method, itemPointer, opPointer, serviceName);
        if (draft.parameters.stream().anyMatch(p -> p.details() == null)) {
          continue; // a parameter that cannot be sent as declared: reported, and the operation left out
        }
        draft.media = media.read(doc, itemPointer, opPointer, draft.operationId,
            draft.longRunning != null || draft.paging != null).orElse(null);
        if (draft.media == null) {
          continue; // reported: an operation that cannot be sent or read correctly is not generated
        }
        String previous = seenIds.putIfAbsent(draft.operationId.toLowerCase(Locale.ROOT), opPointer);
        if (previous != null) {
          reporter.error("DUPLICATE_OPERATION_ID", doc, Pointers.child(opPointer, "operationId"),
              "operationId '" + draft.operationId + "' is already used at " + previous);
        }
        String base = draft.javaName;
        for (int i = 2; !methodNames.add(draft.group + "." + draft.javaName.toLowerCase(Locale.ROOT)); i++) {
          draft.javaName = base + i;
        }
        out.add(draft);
      }
    }
  }

  /** The operationId, or for an operation without one the name armgen gives it. */
  private static String operationIdOf(JsonNode op, String method, String path) {
    String id = TypeMapper.textOf(op, "operationId");
    return id == null || id.isBlank() ? method + JavaNames.pascal(path.replaceAll("\\{[^}]*}", "")) : id;
  }

  private static List<String> tagsOf(JsonNode op) {
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : op.path("tags")) {
      if (tag.isTextual()) {
        tags.add(tag.textValue());
      }
    }
    return tags;
  }

  private OperationDraft read(SpecDocument doc, String path, String method, String itemPointer, String opPointer, String serviceName) {
    JsonNode op = doc.root().at(opPointer);
    OperationDraft d = new OperationDraft();
    d.operationId = operationIdOf(op, method, path);
    if (!d.operationId.equals(TypeMapper.textOf(op, "operationId"))) {
      reporter.warning("OPERATION_ID_MISSING", doc, opPointer, "operation has no operationId; using '" + d.operationId + "'");
    }
    int underscore = d.operationId.indexOf('_');
    d.group = underscore > 0 ? JavaNames.typeName(d.operationId.substring(0, underscore)) : serviceName;
    if (d.group.length() > JavaNaming.MAX_TYPE_NAME) {
      // the group names the client's file: most file systems refuse names past 255 bytes
      reporter.warning("NAME_TOO_LONG", doc, opPointer + "/operationId", "operation group name has " + d.group.length()
          + " characters; it is cut to " + JavaNaming.MAX_TYPE_NAME);
      d.group = d.group.substring(0, JavaNaming.MAX_TYPE_NAME);
    }
    d.javaName = JavaNames.memberName(underscore > 0 ? d.operationId.substring(underscore + 1) : d.operationId);
    d.httpMethod = method.toUpperCase(Locale.ROOT);
    d.path = PathQuery.path(path);
    d.description = description(op);
    d.origin = Reporter.locate(doc, opPointer);
    d.parameters.addAll(parameters.read(doc, itemPointer, opPointer, d.operationId));
    PathQuery.addConstants(path, d.parameters);
    checkPathTemplate(doc, opPointer, d.path, d.parameters);
    readResponses(doc, opPointer, d);
    if (op.path("x-ms-long-running-operation").asBoolean(false)) {
      d.longRunning = new Operation.LongRunning(finalStateVia(doc, opPointer, op));
    }
    JsonNode pageable = op.get("x-ms-pageable");
    if (pageable != null) {
      d.paging = pages.paging(doc, opPointer, pageable, d).orElse(null);
    }
    readExamples(doc, opPointer, op, d);
    return d;
  }

  private static String description(JsonNode op) {
    String description = TypeMapper.textOf(op, "description");
    return description != null ? description : TypeMapper.textOf(op, "summary");
  }

  private void checkPathTemplate(SpecDocument doc, String opPointer, String path, List<ParameterDraft> params) {
    Optional<List<String>> variables = PathTemplate.variables(path);
    if (variables.isEmpty()) {
      reporter.error("PATH_TEMPLATE", doc, opPointer, "path template '" + path + "' has unbalanced or empty braces");
      return;
    }
    PathTemplate.unsendable(path).ifPresent(c -> reporter.error("PATH_TEMPLATE", doc, opPointer,
        String.format("path template has the character U+%04X outside its variables, which a URL path cannot hold", (int) c)));
    Set<String> pathParams = new HashSet<>();
    params.stream().filter(p -> p.in() == Parameter.Location.PATH).forEach(p -> pathParams.add(p.wireName()));
    for (String v : variables.get()) {
      if (!pathParams.contains(v)) {
        reporter.error("PATH_TEMPLATE", doc, opPointer, "path variable {" + v + "} has no path parameter");
      }
    }
    for (String p : pathParams) {
      if (!variables.get().contains(p)) {
        reporter.error("PATH_TEMPLATE", doc, opPointer, "path parameter '" + p + "' does not appear in '" + path + "'");
      }
    }
  }

  private void readResponses(SpecDocument doc, String opPointer, OperationDraft d) {
    String pointer = Pointers.child(opPointer, "responses");
    JsonNode responses = doc.root().at(pointer);
    if (!responses.isObject()) {
      reporter.error("RESPONSES_INVALID", doc, opPointer, "an operation needs a 'responses' object");
      return;
    }
    DraftType firstErrorBody = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (key.startsWith("x-")) {
        continue;
      }
      ResolvedRef site = response(doc, Pointers.child(pointer, key), e.getValue());
      if (site == null) {
        continue;
      }
      Optional<DraftType> body = site.node().has("schema")
          ? Optional.of(mapper.map(TypeMapper.child(site, "schema"), JavaNames.pascal(d.operationId) + "Response"))
          : Optional.empty();
      // a response that can hold one value only is read as its plain type
      body = body.map(t -> mapper.constant(t).map(ConstantSchemas.Constant::type).orElse(t));
      if (key.equals("default")) {
        d.errorType = body.orElse(null);
        continue;
      }
      int status;
      try {
        status = Integer.parseInt(key);
      } catch (NumberFormatException ex) {
        reporter.error("RESPONSES_INVALID", doc, site.pointer(), "response key '" + key + "' is not a status code");
        continue;
      }
      // a HEAD that declares 404 answers "does not exist" with it (ARM's checkExistence)
      boolean existenceAnswer = status == 404 && d.httpMethod.equals("HEAD") && body.isEmpty();
      if (status >= 200 && status < 400 || existenceAnswer) {
        d.responses.add(new ResponseDraft(status, body, headers(site, d.operationId)));
      } else if (firstErrorBody == null && body.isPresent()) {
        firstErrorBody = body.get();
      }
    }
    if (d.errorType == null) {
      d.errorType = firstErrorBody;
    }
  }

  private ResolvedRef response(SpecDocument doc, String pointer, JsonNode node) {
    ResolvedRef site = new ResolvedRef(doc, pointer, node);
    if (node.isObject() && node.path("$ref").isTextual()) {
      site = loaded.resolve(doc, node.get("$ref").textValue()).orElse(null);
    }
    if (site == null || !site.node().isObject()) {
      if (site != null) {
        reporter.error("RESPONSES_INVALID", doc, pointer, "a response must be an object");
      }
      return null;
    }
    return site;
  }

  /**
   * The declared headers of a response with their types; one with
   * {@code x-ms-header-collection-prefix} is a map of the headers that start with the prefix.
   */
  private List<HeaderDraft> headers(ResolvedRef response, String operationId) {
    List<HeaderDraft> out = new ArrayList<>();
    JsonNode headers = response.node().get("headers");
    if (headers == null || !headers.isObject()) {
      return out;
    }
    Set<String> javaNames = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode header = e.getValue();
      ResolvedRef site = TypeMapper.child(TypeMapper.child(response, "headers"), e.getKey());
      String prefix = TypeMapper.textOf(header, "x-ms-header-collection-prefix");
      DraftType type = prefix != null ? new DraftType.MapOf(DraftType.STRING)
          : header.isObject() && header.has("type")
              ? TextValueTypes.of(header, mapper.map(site, JavaNames.pascal(operationId) + JavaNames.pascal(e.getKey())))
              : DraftType.STRING;
      String javaName = JavaNames.memberName(e.getKey());
      for (int n = 2; !javaNames.add(javaName.toLowerCase(Locale.ROOT)); n++) {
        javaName = JavaNames.memberName(e.getKey()) + n;
      }
      out.add(new HeaderDraft(e.getKey(), javaName, type, prefix, TypeMapper.textOf(header, "description")));
    }
    return out;
  }

  private Operation.FinalStateVia finalStateVia(SpecDocument doc, String opPointer, JsonNode op) {
    String via = TypeMapper.textOf(op.path("x-ms-long-running-operation-options"), "final-state-via");
    if (via == null) {
      return Operation.FinalStateVia.DEFAULT;
    }
    switch (via) {
      case "azure-async-operation":
        return Operation.FinalStateVia.AZURE_ASYNC_OPERATION;
      case "location":
        return Operation.FinalStateVia.LOCATION;
      case "original-uri":
        return Operation.FinalStateVia.ORIGINAL_URI;
      default:
        reporter.warning("LRO_FINAL_STATE_UNKNOWN", doc, Pointers.child(opPointer, "x-ms-long-running-operation-options"),
            "final-state-via '" + via + "' is not known; the default polling is used");
        return Operation.FinalStateVia.DEFAULT;
    }
  }

  private void readExamples(SpecDocument doc, String opPointer, JsonNode op, OperationDraft d) {
    JsonNode examples = op.get("x-ms-examples");
    if (examples == null || !examples.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = examples.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String entry = Pointers.child(Pointers.child(opPointer, "x-ms-examples"), e.getKey());
      JsonNode ref = e.getValue().get("$ref");
      if (ref == null || !ref.isTextual()) {
        d.examples.add(new Operation.Example(e.getKey(), "", CompactJson.of(e.getValue()), Reporter.locate(doc, entry)));
        continue;
      }
      // a missing example file was already reported by the loader; the example is just left out
      SourceLocation at = Reporter.locate(doc, Pointers.child(entry, "$ref"));
      loaded.resolve(doc, ref.textValue()).ifPresent(target ->
          d.examples.add(new Operation.Example(e.getKey(), ref.textValue(), CompactJson.of(target.node()), at)));
    }
  }
}
