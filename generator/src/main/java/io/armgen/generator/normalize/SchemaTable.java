package io.armgen.generator.normalize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every schema collected for one service, by identity, in the order they were first met; plus the
 * objects whose properties still have to be read.
 */
final class SchemaTable {
  private final Map<SchemaId, SchemaDraft> drafts = new LinkedHashMap<>();
  private final Deque<ObjectDraft> unread = new ArrayDeque<>();
  /** Entry-document definitions that another type absorbed (flattened, runtime-mapped, error body). */
  private final Set<SchemaId> absorbed = new HashSet<>();

  Optional<SchemaDraft> get(SchemaId id) {
    return Optional.ofNullable(drafts.get(id));
  }

  boolean contains(SchemaId id) {
    return drafts.containsKey(id);
  }

  void put(SchemaDraft draft) {
    drafts.put(draft.id(), draft);
  }

  void addObject(ObjectDraft draft) {
    drafts.put(draft.id(), draft);
    unread.add(draft);
  }

  ObjectDraft nextUnread() {
    return unread.poll();
  }

  Collection<SchemaDraft> all() {
    return drafts.values();
  }

  List<ObjectDraft> objects() {
    List<ObjectDraft> out = new ArrayList<>();
    for (SchemaDraft d : drafts.values()) {
      if (d instanceof ObjectDraft o) {
        out.add(o);
      }
    }
    return out;
  }

  List<EnumDraft> enums() {
    List<EnumDraft> out = new ArrayList<>();
    for (SchemaDraft d : drafts.values()) {
      if (d instanceof EnumDraft e) {
        out.add(e);
      }
    }
    return out;
  }

  void markAbsorbed(SchemaId id) {
    absorbed.add(id);
  }

  boolean isAbsorbed(SchemaId id) {
    return absorbed.contains(id);
  }

  /** Follows references through aliases to a type that is not an alias. */
  DraftType resolve(DraftType type) {
    DraftType current = type;
    for (int hops = 0; hops < 64 && current instanceof DraftType.Ref ref; hops++) {
      SchemaDraft target = drafts.get(ref.id());
      if (target instanceof AliasDraft alias) {
        current = alias.target();
      } else {
        return current;
      }
    }
    return current;
  }

  /** The object a type refers to (through aliases), if it refers to one. */
  Optional<ObjectDraft> objectOf(DraftType type) {
    if (resolve(type) instanceof DraftType.Ref ref && drafts.get(ref.id()) instanceof ObjectDraft o) {
      return Optional.of(o);
    }
    return Optional.empty();
  }

  Optional<EnumDraft> enumOf(DraftType type) {
    if (resolve(type) instanceof DraftType.Ref ref && drafts.get(ref.id()) instanceof EnumDraft e) {
      return Optional.of(e);
    }
    return Optional.empty();
  }
}
