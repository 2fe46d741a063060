package io.armgen.generator.normalize;

import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.normalize.OperationDraft.ParameterDraft;
import io.armgen.generator.normalize.OperationDraft.ResponseDraft;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which collected objects and enums are generated: those the operations use, the entry
 * document's own definitions (unless absorbed by flattening, a runtime class or the ARM error
 * body), and everything those reach.
 */
final class Reachability {
  private final SchemaTable table;
  private final Set<SchemaId> kept = new LinkedHashSet<>();
  private final Set<SchemaId> followedAliases = new HashSet<>();
  private final Deque<DraftType> pending = new ArrayDeque<>();

  Reachability(SchemaTable table) {
    this.table = table;
  }

  Set<SchemaId> kept(List<OperationDraft> operations, SpecDocument entry) {
    for (OperationDraft op : operations) {
      op.parameters.stream().map(ParameterDraft::type).forEach(pending::add);
      op.responses.stream().map(ResponseDraft::body).forEach(b -> b.ifPresent(pending::add));
      op.responses.forEach(r -> r.headers().forEach(h -> pending.add(h.type())));
      if (op.errorType != null) {
        pending.add(op.errorType);
      }
      if (op.paging != null) {
        pending.add(op.paging.pageType());
        pending.add(op.paging.itemType());
      }
    }
    for (SchemaDraft d : table.all()) {
      boolean entryDefinition = d.id().document().equals(entry.path())
          && Pointers.isTopLevelEntry(d.id().pointer(), "definitions");
      if (entryDefinition && !table.isAbsorbed(d.id())) {
        pending.add(new DraftType.Ref(d.id()));
      }
    }
    while (!pending.isEmpty()) {
      visit(pending.poll());
    }
    return kept;
  }

  private void visit(DraftType type) {
    if (type instanceof DraftType.Array a) {
      pending.add(a.items());
    } else if (type instanceof DraftType.MapOf m) {
      pending.add(m.values());
    } else if (type instanceof DraftType.Ref ref) {
      SchemaDraft draft = table.get(ref.id()).orElse(null);
      if (draft instanceof AliasDraft alias) {
        if (followedAliases.add(ref.id())) {
          pending.add(alias.target());
        }
      } else if (draft != null && kept.add(ref.id()) && draft instanceof ObjectDraft o) {
        if (o.parent != null) {
          pending.add(o.parent);
        }
        o.properties.forEach(p -> pending.add(p.type));
        if (o.additionalProperties != null) {
          pending.add(o.additionalProperties);
        }
        o.subtypes.forEach(id -> pending.add(new DraftType.Ref(id)));
      }
    }
  }
}
