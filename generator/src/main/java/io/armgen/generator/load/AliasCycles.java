package io.armgen.generator.load;

import io.armgen.generator.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds loops of pure {@code {"$ref": ...}} aliases (A = {$ref B}, B = {$ref A}), which have no
 * meaning. A recursive model is not such a loop: its property refers to a definition that has a
 * body, so the chain of aliases ends there.
 */
final class AliasCycles {
  private record Key(Path path, String pointer) {}

  private final Map<Path, SpecDocument> documents;
  private final Set<Key> settled = new HashSet<>();

  AliasCycles(Map<Path, SpecDocument> documents) {
    this.documents = documents;
  }

  /** Reports each loop once, at the first of its members reached from {@code sites}. */
  void check(List<RefSite> sites, Consumer<Diagnostic> report) {
    for (RefSite site : sites) {
      if (!site.value().isTextual()) {
        continue;
      }
      if (LoadedSpecs.isPureAlias(site.holder())) {
        follow(new ResolvedRef(site.document(), site.holderPointer(), site.holder()), report);
      }
    }
  }

  private void follow(ResolvedRef start, Consumer<Diagnostic> report) {
    List<ResolvedRef> chain = new ArrayList<>();
    Map<Key, Integer> indexInChain = new HashMap<>();
    Optional<ResolvedRef> current = Optional.of(start);
    while (current.isPresent()) {
      ResolvedRef at = current.get();
      Key key = new Key(at.document().path(), at.pointer());
      if (settled.contains(key)) {
        break;
      }
      Integer seenAt = indexInChain.get(key);
      if (seenAt != null) {
        report.accept(describe(chain.subList(seenAt, chain.size())));
        break;
      }
      indexInChain.put(key, chain.size());
      chain.add(at);
      if (!LoadedSpecs.isPureAlias(at.node())) {
        break;
      }
      current = LoadedSpecs.locate(documents, at.document(), at.node().get("$ref").textValue());
    }
    for (ResolvedRef member : chain) {
      settled.add(new Key(member.document().path(), member.pointer()));
    }
  }

  private static Diagnostic describe(List<ResolvedRef> loop) {
    ResolvedRef first = loop.get(0);
    StringBuilder path = new StringBuilder();
    for (ResolvedRef member : loop) {
      path.append(member.document().displayName()).append('#').append(member.pointer()).append(" -> ");
    }
    path.append(first.document().displayName()).append('#').append(first.pointer());
    String pointer = first.pointer() + "/$ref";
    int[] position = first.document().positionOf(pointer);
    return Diagnostic.error(LoadCodes.REF_CYCLE, first.document().displayName(), pointer, position[0], position[1],
        "$ref aliases form a loop with no definition: " + path);
  }
}
