package io.armgen.generator.normalize;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ARM error body {@code {error: {code, message, target?, details?, additionalInfo?}}}: as an
 * operation's error type it becomes the runtime's {@code ManagementError}, and its definitions are
 * absorbed (generated only if a model uses them).
 */
final class ArmErrorShape {
  static final String MANAGEMENT_ERROR = "io.armgen.runtime.arm.ManagementError";
  private static final Set<String> DETAIL_FIELDS = Set.of("code", "message", "target", "details", "additionalInfo");

  private final SchemaTable table;
  private final Hierarchy hierarchy;

  ArmErrorShape(SchemaTable table) {
    this.table = table;
    this.hierarchy = new Hierarchy(table);
  }

  void apply(List<OperationDraft> operations) {
    for (OperationDraft op : operations) {
      if (op.errorType == null) {
        continue;
      }
      Optional<ObjectDraft> detail = detailOf(op.errorType);
      if (detail.isPresent()) {
        table.objectOf(op.errorType).ifPresent(body -> table.markAbsorbed(body.id()));
        table.markAbsorbed(detail.get().id());
        for (PropertyDraft p : hierarchy.effectiveProperties(detail.get())) {
          if (table.resolve(p.type) instanceof DraftType.Array a) {
            table.objectOf(a.items()).ifPresent(o -> table.markAbsorbed(o.id()));
          }
        }
        op.errorType = new DraftType.Runtime(MANAGEMENT_ERROR);
      }
    }
  }

  /** The inner error object when {@code type} is ARM-shaped. */
  Optional<ObjectDraft> detailOf(DraftType type) {
    Optional<ObjectDraft> body = table.objectOf(type);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    Map<String, PropertyDraft> props = byName(body.get());
    if (props.size() != 1 || !props.containsKey("error")) {
      return Optional.empty();
    }
    Optional<ObjectDraft> detail = table.objectOf(props.get("error").type);
    if (detail.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = byName(detail.get()).keySet();
    return DETAIL_FIELDS.containsAll(names) && names.contains("code") && names.contains("message") ? detail : Optional.empty();
  }

  private Map<String, PropertyDraft> byName(ObjectDraft o) {
    return hierarchy.effectiveProperties(o).stream()
        .collect(Collectors.toMap(PropertyDraft::wireName, Function.identity(), (a, b) -> b));
  }
}
