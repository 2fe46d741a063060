package io.armgen.generator.normalize;

import io.armgen.generator.model.TypeRef.PrimitiveKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the ARM base definitions by their shape and replaces them with armgen-runtime
 * classes: Resource / ProxyResource (id, name, type read-only, optional systemData), TrackedResource
 * (plus writable location and tags) and SystemData. A look-alike with any extra or differently
 * writable field is generated normally. Children of a runtime base lose the properties the runtime
 * class already has.
 */
final class RuntimeBaseTypes {
  static final String RESOURCE = "io.armgen.runtime.arm.Resource";
  static final String PROXY_RESOURCE = "io.armgen.runtime.arm.ProxyResource";
  static final String TRACKED_RESOURCE = "io.armgen.runtime.arm.TrackedResource";
  static final String SYSTEM_DATA = "io.armgen.runtime.arm.SystemData";

  private static final Set<String> RESOURCE_FIELDS = Set.of("id", "name", "type", "systemData");
  private static final Set<String> TRACKED_FIELDS = Set.of("id", "name", "type", "systemData", "location", "tags");
  private static final Set<String> SYSTEM_DATA_FIELDS = Set.of(
      "createdBy", "createdByType", "createdAt", "lastModifiedBy", "lastModifiedByType", "lastModifiedAt");

  private final SchemaTable table;
  private final Hierarchy hierarchy;

  RuntimeBaseTypes(SchemaTable table) {
    this.table = table;
    this.hierarchy = new Hierarchy(table);
  }

  /** The runtime class's wire fields: a child of that class must not declare them again. */
  static Set<String> fieldsOf(String runtimeClass) {
    return switch (runtimeClass) {
      case RESOURCE, PROXY_RESOURCE -> RESOURCE_FIELDS;
      case TRACKED_RESOURCE -> TRACKED_FIELDS;
      default -> Set.of();
    };
  }

  void run() {
    run(List.of());
  }

  /**
   * As {@link #run()}; a resource base that {@code operations} or a property use as a value type
   * stays a model, because the runtime resource classes are abstract and cannot be read as values.
   */
  void run(List<OperationDraft> operations) {
    Set<SchemaId> usedAsValue = usedAsValue(operations);
    Set<SchemaId> usedAsBase = new HashSet<>();
    for (ObjectDraft o : table.objects()) {
      if (o.parent != null) {
        table.objectOf(o.parent).ifPresent(p -> usedAsBase.add(p.id()));
      }
    }
    // decide everything on the original shapes first, then replace
    Map<ObjectDraft, String> mapped = new LinkedHashMap<>();
    for (ObjectDraft o : table.objects()) {
      classify(o, usedAsBase.contains(o.id()))
          .filter(cls -> cls.equals(SYSTEM_DATA) || !usedAsValue.contains(o.id()))
          .ifPresent(cls -> mapped.put(o, cls));
    }
    mapped.forEach((o, cls) -> {
      table.put(new AliasDraft(o.id(), o.site(), new DraftType.Runtime(cls)));
      table.markAbsorbed(o.id());
    });
    for (ObjectDraft o : table.objects()) {
      dropRuntimeFields(o);
    }
  }

  private Set<SchemaId> usedAsValue(List<OperationDraft> operations) {
    Set<SchemaId> used = new HashSet<>();
    for (ObjectDraft o : table.objects()) {
      o.properties.forEach(p -> addRefs(p.type, used));
      addRefs(o.additionalProperties, used);
    }
    for (OperationDraft op : operations) {
      op.parameters.forEach(p -> addRefs(p.type(), used));
      op.responses.forEach(r -> r.body().ifPresent(b -> addRefs(b, used)));
      addRefs(op.errorType, used);
      if (op.paging != null) {
        addRefs(op.paging.pageType(), used);
        addRefs(op.paging.itemType(), used);
      }
    }
    return used;
  }

  private void addRefs(DraftType type, Set<SchemaId> into) {
    for (DraftType t = type; t != null; ) {
      if (t instanceof DraftType.Ref ref) {
        into.add(ref.id());
        DraftType resolved = table.resolve(ref);
        if (resolved instanceof DraftType.Ref target) {
          into.add(target.id());
        }
        return;
      }
      t = t instanceof DraftType.Array a ? a.items() : t instanceof DraftType.MapOf m ? m.values() : null;
    }
  }

  /**
   * A resource base is only recognised when it is used as a base or named like one: a concrete
   * resource that happens to have no own properties must stay a model.
   */
  private Optional<String> classify(ObjectDraft o, boolean usedAsBase) {
    if (o.additionalProperties != null || o.discriminator != null || !o.subtypes.isEmpty()) {
      return Optional.empty();
    }
    Map<String, PropertyDraft> props = new LinkedHashMap<>();
    hierarchy.effectiveProperties(o).forEach(p -> props.put(p.wireName(), p));
    if (isSystemData(props)) {
      // the runtime's SystemData is final: a look-alike that a model extends stays a model
      return usedAsBase ? Optional.empty() : Optional.of(SYSTEM_DATA);
    }
    if (!usedAsBase && !o.definitionName.endsWith("Resource")) {
      return Optional.empty();
    }
    if (!readOnlyText(props.get("id")) || !readOnlyText(props.get("name")) || !readOnlyText(props.get("type"))) {
      return Optional.empty();
    }
    Set<String> names = props.keySet();
    if (RESOURCE_FIELDS.containsAll(names)) {
      return Optional.of(o.definitionName.equals("Resource") ? RESOURCE : PROXY_RESOURCE);
    }
    if (TRACKED_FIELDS.containsAll(names) && writableText(props.get("location")) && writableTags(props.get("tags"))) {
      return Optional.of(TRACKED_RESOURCE);
    }
    return Optional.empty();
  }

  private boolean isSystemData(Map<String, PropertyDraft> props) {
    return props.containsKey("createdAt") && props.containsKey("lastModifiedAt")
        && SYSTEM_DATA_FIELDS.containsAll(props.keySet());
  }

  private boolean readOnlyText(PropertyDraft p) {
    return p != null && p.readOnly && isText(p.type);
  }

  private boolean writableText(PropertyDraft p) {
    return p != null && !p.readOnly && isText(p.type);
  }

  private boolean writableTags(PropertyDraft p) {
    return p != null && !p.readOnly && table.resolve(p.type) instanceof DraftType.MapOf m && isText(m.values());
  }

  private boolean isText(DraftType type) {
    return table.resolve(type) instanceof DraftType.Prim prim
        && (prim.kind() == PrimitiveKind.STRING || prim.kind() == PrimitiveKind.ARM_ID);
  }

  private void dropRuntimeFields(ObjectDraft o) {
    Optional<String> runtime = hierarchy.runtimeBase(o);
    if (runtime.isEmpty()) {
      return;
    }
    Set<String> provided = fieldsOf(runtime.get());
    List<PropertyDraft> kept = new ArrayList<>();
    for (PropertyDraft p : o.properties) {
      if (!provided.contains(p.wireName())) {
        kept.add(p);
      }
    }
    o.properties = kept;
  }
}
