package io.armgen.generator.normalize;

import io.armgen.generator.load.ResolvedRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds array and map definitions that contain themselves with no object in between
 * ({@code Chain = array of Chain}, {@code A = array of B, B = map of A}): no finite Java type holds
 * them ({@code List<List<List<...>>>}). Each loop is reported once ({@code TYPE_CYCLE}, an error, at
 * the first of its members reached) and cut there: that member becomes free-form JSON, so that the
 * later passes end. A model that refers to itself through a property is no such loop: the chain of
 * aliases ends at the model.
 */
final class SelfContainingAliases {
  static final String CODE = "TYPE_CYCLE";

  private final SchemaTable table;
  private final Reporter reporter;
  private final Set<SchemaId> settled = new HashSet<>();

  SelfContainingAliases(SchemaTable table, Reporter reporter) {
    this.table = table;
    this.reporter = reporter;
  }

  void run() {
    for (SchemaDraft draft : List.copyOf(table.all())) {
      if (draft instanceof AliasDraft alias) {
        follow(alias);
      }
    }
  }

  /** Walks the one alias each alias's items or values lead to, until the walk ends or repeats. */
  private void follow(AliasDraft start) {
    List<AliasDraft> chain = new ArrayList<>();
    Map<SchemaId, Integer> indexInChain = new HashMap<>();
    Optional<AliasDraft> current = Optional.of(start);
    while (current.isPresent() && !settled.contains(current.get().id())) {
      AliasDraft at = current.get();
      Integer seenAt = indexInChain.putIfAbsent(at.id(), chain.size());
      if (seenAt != null) {
        refuse(chain.subList(seenAt, chain.size()));
        break;
      }
      chain.add(at);
      current = innerAlias(at.target());
    }
    chain.forEach(member -> settled.add(member.id()));
  }

  /** The alias a type's (nested) items or values refer to; empty when they end at anything else. */
  private Optional<AliasDraft> innerAlias(DraftType type) {
    DraftType inner = type;
    while (inner instanceof DraftType.Array || inner instanceof DraftType.MapOf) {
      inner = inner instanceof DraftType.Array a ? a.items() : ((DraftType.MapOf) inner).values();
    }
    if (inner instanceof DraftType.Ref ref && table.get(ref.id()).orElse(null) instanceof AliasDraft alias) {
      return Optional.of(alias);
    }
    return Optional.empty();
  }

  private void refuse(List<AliasDraft> loop) {
    AliasDraft first = loop.get(0);
    StringBuilder path = new StringBuilder();
    for (AliasDraft member : loop) {
      path.append(describe(member.site())).append(" -> ");
    }
    path.append(describe(first.site()));
    reporter.error(CODE, first.site().document(), first.site().pointer(),
        "'" + TypeMapper.nameOf(first.site()) + "' is an array or map of itself with no object in between (" + path
            + "), which no Java type can hold; give its items or values an object schema");
    table.put(new AliasDraft(first.id(), first.site(), DraftType.ANY));
  }

  private static String describe(ResolvedRef site) {
    return site.document().displayName() + "#" + site.pointer();
  }
}
