package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.normalize.OperationDraft.PagingDraft;
import io.armgen.generator.normalize.OperationDraft.ResponseDraft;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code x-ms-pageable}: the page is the 200 response schema, the items are the elements of
 * its {@code itemName} array (found in the schema or its allOf bases). {@code nextLinkName: null}
 * or absent means a single page.
 */
final class PageItemLocator {
  private final LoadResult loaded;
  private final TypeMapper mapper;
  private final Reporter reporter;

  PageItemLocator(LoadResult loaded, TypeMapper mapper, Reporter reporter) {
    this.loaded = loaded;
    this.mapper = mapper;
    this.reporter = reporter;
  }

  Optional<PagingDraft> paging(SpecDocument doc, String opPointer, JsonNode pageable, OperationDraft op) {
    String pointer = Pointers.child(opPointer, "x-ms-pageable");
    if (!pageable.isObject()) {
      reporter.error("PAGEABLE_INVALID", doc, pointer, "x-ms-pageable must be an object");
      return Optional.empty();
    }
    String itemName = pageable.path("itemName").isTextual() ? pageable.get("itemName").textValue() : "value";
    Optional<String> nextLink = pageable.path("nextLinkName").isTextual()
        ? Optional.of(pageable.get("nextLinkName").textValue()) : Optional.empty();
    // a long-running list's page is its final result, which a spec may declare on 202 only
    int status = op.longRunning == null ? 200 : op.responses.stream().filter(r -> r.body().isPresent())
        .mapToInt(ResponseDraft::status).filter(s -> s >= 200 && s < 300)
        .boxed().min((a, b) -> a == 200 ? -1 : b == 200 ? 1 : Integer.compare(a, b)).orElse(200);
    Optional<DraftType> page = op.responses.stream().filter(r -> r.status() == status).findFirst().flatMap(ResponseDraft::body);
    String schemaPointer = Pointers.child(Pointers.child(Pointers.child(opPointer, "responses"), String.valueOf(status)), "schema");
    JsonNode pageSchema = doc.root().at(schemaPointer);
    if (page.isEmpty() || !pageSchema.isObject()) {
      reporter.warning("PAGEABLE_INVALID", doc, pointer, "x-ms-pageable needs a 200 response with a schema; the operation is not paged");
      return Optional.empty();
    }
    ResolvedRef start = new ResolvedRef(doc, schemaPointer, pageSchema);
    Optional<ResolvedRef> items = findItems(start, itemName, new HashSet<>());
    if (items.isEmpty()) {
      reporter.warning("PAGEABLE_INVALID", doc, pointer,
          "the page schema has no array property '" + itemName + "'; the operation is not paged");
      return Optional.empty();
    }
    DraftType itemType = mapper.map(items.get(), JavaNames.pascal(op.operationId) + "Item");
    Optional<String> next = Optional.ofNullable(TypeMapper.textOf(pageable, "operationName"));
    return Optional.of(new PagingDraft(itemName, nextLink, page.get(), itemType, next));
  }

  /** The {@code items} schema of property {@code itemName}, searched through $refs and allOf. */
  private Optional<ResolvedRef> findItems(ResolvedRef schema, String itemName, Set<String> seen) {
    ResolvedRef site = schema;
    if (site.node().path("$ref").isTextual()) {
      Optional<ResolvedRef> target = loaded.resolve(site.document(), site.node().get("$ref").textValue());
      if (target.isEmpty()) {
        return Optional.empty();
      }
      site = target.get();
    }
    if (!seen.add(site.document().path() + "#" + site.pointer())) {
      return Optional.empty();
    }
    JsonNode property = site.node().path("properties").path(itemName);
    if (property.isObject()) {
      ResolvedRef prop = new ResolvedRef(site.document(),
          Pointers.child(Pointers.child(site.pointer(), "properties"), itemName), property);
      if (property.path("$ref").isTextual()) {
        prop = loaded.resolve(site.document(), property.get("$ref").textValue()).orElse(null);
      }
      if (prop != null && prop.node().path("items").isObject()) {
        return Optional.of(TypeMapper.child(prop, "items"));
      }
      return Optional.empty();
    }
    JsonNode allOf = site.node().path("allOf");
    for (int i = 0; i < allOf.size(); i++) {
      ResolvedRef part = new ResolvedRef(site.document(), Pointers.child(Pointers.child(site.pointer(), "allOf"), i), allOf.get(i));
      Optional<ResolvedRef> found = findItems(part, itemName, seen);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
