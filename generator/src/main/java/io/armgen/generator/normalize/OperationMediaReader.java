package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.model.OperationMedia;
import io.armgen.generator.model.OperationMedia.Kind;
import io.armgen.generator.model.OperationMedia.RequestMedia;
import io.armgen.generator.model.OperationMedia.XmlRoot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides how an operation's bodies travel ({@link OperationMedia}) from its {@code consumes} and
 * {@code produces} (the document's when the operation has none) and the schemas of its body, form
 * parameters and success responses. An operation that cannot be sent or read correctly is
 * reported, naming the media type and where it is declared, and left out: never generated to send
 * something else.
 *
 * <p>A body whose schema is binary ({@code format: binary}, {@code type: file}) is sent as the
 * caller's bytes under any of the consumed media types. Any other body gets one way of sending per
 * kind of consumed media type (JSON, XML, text, binary), the kind that suits its schema first.
 */
final class OperationMediaReader {
  private static final String MEDIA_TYPE_UNSUPPORTED = "MEDIA_TYPE_UNSUPPORTED";

  private final LoadResult loaded;
  private final Reporter reporter;

  OperationMediaReader(LoadResult loaded, Reporter reporter) {
    this.loaded = loaded;
    this.reporter = reporter;
  }

  /** The shape of a schema, as far as the choice of media type goes. */
  private enum Shape { BINARY, STRING, ANY, STRUCTURED }

  /** A media type list and where it is written (the operation's or the document's). */
  private record Declared(List<String> types, String pointer) {}

  /** The raw body and form parameters of an operation, operation-level ones overriding path-level ones. */
  private record RawParameters(Optional<ResolvedRef> body, List<ResolvedRef> form) {}

  /**
   * The media of the operation at {@code opPointer}, or empty when it is left out (reported).
   *
   * @param longRunningOrPaged the operation's response is read by the poller or pager, which read JSON only
   */
  Optional<OperationMedia> read(SpecDocument doc, String itemPointer, String opPointer, String operationId,
      boolean longRunningOrPaged) {
    JsonNode op = doc.root().at(opPointer);
    Declared consumes = declared(doc, op, opPointer, "consumes");
    Declared produces = declared(doc, op, opPointer, "produces");
    RawParameters raw = rawParameters(doc, itemPointer, opPointer);
    List<RequestMedia> requests;
    if (!raw.form().isEmpty()) {
      if (raw.body().isPresent()) {
        return leftOut(doc, opPointer, operationId, "it has both a body parameter and formData parameters");
      }
      Optional<RequestMedia> form = form(doc, raw.form(), consumes, operationId);
      if (form.isEmpty()) {
        return Optional.empty();
      }
      requests = List.of(form.get());
    } else if (raw.body().isPresent()) {
      requests = bodyRequests(doc, raw.body().get(), consumes, operationId);
      if (requests.isEmpty()) {
        return Optional.empty();
      }
    } else {
      requests = List.of();
    }
    Optional<ResolvedRef> success = successSchema(doc, opPointer);
    Kind response = Kind.JSON;
    Optional<XmlRoot> responseXml = Optional.empty();
    if (success.isPresent()) {
      Optional<Kind> read = responseKind(doc, success.get(), produces, operationId);
      if (read.isEmpty()) {
        return Optional.empty();
      }
      response = read.get();
      if (response == Kind.XML) {
        responseXml = XmlNames.listRoot(loaded, success.get());
      }
    }
    if (longRunningOrPaged && response != Kind.JSON) {
      return leftOut(doc, produces.pointer(), operationId,
          "it is long-running or pageable and its response is " + response + ", and pollers and pagers read JSON only");
    }
    String accept = produces.types().isEmpty() ? OperationMedia.APPLICATION_JSON : String.join(", ", produces.types());
    return Optional.of(new OperationMedia(requests, response, accept, responseXml));
  }

  private Declared declared(SpecDocument doc, JsonNode op, String opPointer, String field) {
    JsonNode own = op.get(field);
    JsonNode list = own != null ? own : doc.root().get(field);
    String pointer = own != null ? Pointers.child(opPointer, field) : list != null ? "/" + field : opPointer;
    List<String> types = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(t -> {
        if (t.isTextual() && !t.textValue().isBlank()) {
          types.add(t.textValue().trim());
        }
      });
    }
    return new Declared(types, pointer);
  }

  private RawParameters rawParameters(SpecDocument doc, String itemPointer, String opPointer) {
    Map<String, ResolvedRef> byKey = new LinkedHashMap<>();
    for (String owner : List.of(itemPointer, opPointer)) {
      String listPointer = Pointers.child(owner, "parameters");
      JsonNode list = doc.root().at(listPointer);
      for (int i = 0; list.isArray() && i < list.size(); i++) {
        ResolvedRef site = RefChains.end(loaded, new ResolvedRef(doc, Pointers.child(listPointer, i), list.get(i)));
        JsonNode node = site.node();
        if (node.path("in").isTextual() && node.path("name").isTextual()) {
          byKey.put(node.get("in").textValue() + " " + node.get("name").textValue(), site);
        }
      }
    }
    Optional<ResolvedRef> body = byKey.values().stream().filter(p -> p.node().get("in").textValue().equals("body"))
        .findFirst().map(p -> RefChains.end(loaded, new ResolvedRef(p.document(), Pointers.child(p.pointer(), "schema"),
            p.node().path("schema"))));
    List<ResolvedRef> form = byKey.values().stream().filter(p -> p.node().get("in").textValue().equals("formData"))
        .toList();
    return new RawParameters(body, form);
  }

  /** The ways of sending a body, primary first; empty when none works (reported). */
  private List<RequestMedia> bodyRequests(SpecDocument doc, ResolvedRef schema, Declared consumes, String operationId) {
    List<String> types = consumes.types().isEmpty() ? List.of(OperationMedia.APPLICATION_JSON) : consumes.types();
    Shape shape = shape(schema.node());
    if (shape == Shape.BINARY) {
      // the caller's bytes go out as they are, labelled with whichever consumed type they choose
      return List.of(new RequestMedia(Kind.BINARY, types));
    }
    Map<Kind, List<String>> byKind = new LinkedHashMap<>();
    for (String type : types) {
      Optional<Kind> kind = MediaTypeKinds.of(type);
      if (kind.isEmpty()) {
        unsupported(doc, consumes.pointer(), operationId, "consumes '" + type + "', which no generated client can send");
      } else if (kind.get() == Kind.FORM || kind.get() == Kind.MULTIPART) {
        unsupported(doc, consumes.pointer(), operationId,
            "consumes '" + type + "' but declares a body parameter, not formData parameters");
      } else if (kind.get() == Kind.TEXT && shape != Shape.STRING && shape != Shape.ANY) {
        unsupported(doc, consumes.pointer(), operationId,
            "consumes '" + type + "' but its body schema is not a string");
      } else {
        byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(type);
      }
    }
    List<RequestMedia> requests = new ArrayList<>();
    Kind primary = natural(shape).stream().filter(byKind::containsKey).findFirst()
        .orElse(byKind.isEmpty() ? null : byKind.keySet().iterator().next());
    if (primary == null) {
      leftOut(doc, consumes.pointer(), operationId, "none of its consumed media types can carry its body");
      return requests;
    }
    requests.add(requestMedia(primary, byKind.get(primary), schema));
    byKind.forEach((kind, kindTypes) -> {
      if (kind != primary) {
        requests.add(requestMedia(kind, kindTypes, schema));
      }
    });
    return requests;
  }

  /** One way of sending: binary offers every binary type it may be sent as, the others their first. */
  private RequestMedia requestMedia(Kind kind, List<String> types, ResolvedRef schema) {
    List<String> offered = kind == Kind.BINARY ? types : List.of(types.get(0));
    Optional<XmlRoot> xml = kind == Kind.XML ? XmlNames.listRoot(loaded, schema) : Optional.empty();
    return new RequestMedia(kind, offered, xml);
  }

  /** The kinds that carry a schema of this shape as itself, best first. */
  private static List<Kind> natural(Shape shape) {
    switch (shape) {
      case STRING:
        return List.of(Kind.TEXT, Kind.JSON, Kind.XML);
      case ANY:
        return List.of(Kind.JSON, Kind.XML, Kind.TEXT);
      default:
        return List.of(Kind.JSON, Kind.XML);
    }
  }

  /** Form parameters go as a multipart form when files are among them or it is consumed, else URL-encoded. */
  private Optional<RequestMedia> form(SpecDocument doc, List<ResolvedRef> fields, Declared consumes, String operationId) {
    boolean files = false;
    ResolvedRef base64 = null;
    for (ResolvedRef field : fields) {
      JsonNode node = field.node();
      String type = node.path("type").asText("");
      boolean fileArray = type.equals("array") && node.path("items").path("type").asText("").equals("file");
      if (List.of("byte", "base64url").contains(node.path("format").asText(""))) {
        base64 = field;
      }
      if (type.equals("file") || fileArray) {
        files = true;
      } else if (!List.of("string", "integer", "number", "boolean").contains(type)) {
        return leftOut(doc, field.pointer(), operationId,
            "its formData parameter '" + node.get("name").textValue() + "' is of type '" + type
                + "'; form fields can be strings, numbers, booleans, files or lists of files");
      }
    }
    List<Kind> kinds = consumes.types().stream().map(MediaTypeKinds::of).flatMap(Optional::stream).toList();
    if (kinds.contains(Kind.MULTIPART) || consumes.types().isEmpty() && files) {
      if (base64 != null) {
        // a multipart part is raw bytes: a base64 text field would be sent as a file
        return leftOut(doc, base64.pointer(), operationId, "its formData parameter '" + base64.node().get("name").textValue()
            + "' is base64 text, which a multipart form would send as a file");
      }
      return Optional.of(new RequestMedia(Kind.MULTIPART, List.of("multipart/form-data")));
    }
    if (kinds.contains(Kind.FORM) || consumes.types().isEmpty()) {
      if (files) {
        return leftOut(doc, consumes.pointer(), operationId,
            "it sends files as application/x-www-form-urlencoded, which can only carry text");
      }
      return Optional.of(new RequestMedia(Kind.FORM, List.of("application/x-www-form-urlencoded")));
    }
    return leftOut(doc, consumes.pointer(), operationId, "it has formData parameters but consumes neither "
        + "multipart/form-data nor application/x-www-form-urlencoded");
  }

  /** The schema of the lowest 2xx response that has one, followed through {@code $ref}s. */
  private Optional<ResolvedRef> successSchema(SpecDocument doc, String opPointer) {
    String pointer = Pointers.child(opPointer, "responses");
    JsonNode responses = doc.root().at(pointer);
    ResolvedRef best = null;
    int bestStatus = Integer.MAX_VALUE;
    for (var it = responses.fields(); it.hasNext(); ) {
      var e = it.next();
      int status;
      try {
        status = Integer.parseInt(e.getKey());
      } catch (NumberFormatException ex) {
        continue;
      }
      ResolvedRef response = RefChains.end(loaded, new ResolvedRef(doc, Pointers.child(pointer, e.getKey()), e.getValue()));
      if (status >= 200 && status < 300 && status < bestStatus && response.node().has("schema")) {
        best = RefChains.end(loaded, new ResolvedRef(response.document(), Pointers.child(response.pointer(), "schema"),
            response.node().get("schema")));
        bestStatus = status;
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<Kind> responseKind(SpecDocument doc, ResolvedRef schema, Declared produces, String operationId) {
    Shape shape = shape(schema.node());
    if (shape == Shape.BINARY) {
      return Optional.of(Kind.BINARY);
    }
    if (produces.types().isEmpty()) {
      return Optional.of(Kind.JSON);
    }
    List<Kind> natural = natural(shape);
    for (String type : produces.types()) {
      Optional<Kind> kind = MediaTypeKinds.of(type);
      if (kind.isPresent() && natural.contains(kind.get())) {
        return kind;
      }
    }
    leftOut(doc, produces.pointer(), operationId, "none of the media types it produces (" + String.join(", ",
        produces.types()) + ") can carry its response schema");
    return Optional.empty();
  }

  private static Shape shape(JsonNode schema) {
    String type = schema.path("type").asText("");
    String format = schema.path("format").asText("");
    if (type.equals("file") || format.equals("binary") || format.equals("file")) {
      return Shape.BINARY;
    }
    if (type.equals("string") && !schema.has("enum")) {
      return Shape.STRING;
    }
    boolean structured = !type.isEmpty() || schema.has("properties") || schema.has("items") || schema.has("allOf")
        || schema.has("additionalProperties") || schema.has("enum");
    return structured ? Shape.STRUCTURED : Shape.ANY;
  }


  private void unsupported(SpecDocument doc, String pointer, String operationId, String what) {
    reporter.warning(MEDIA_TYPE_UNSUPPORTED, doc, pointer, "operation " + operationId + " " + what
        + "; that media type is left out");
  }

  private <T> Optional<T> leftOut(SpecDocument doc, String pointer, String operationId, String why) {
    reporter.warning(MEDIA_TYPE_UNSUPPORTED, doc, pointer, "operation " + operationId + " is not generated: " + why);
    return Optional.empty();
  }
}
