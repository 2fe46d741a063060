package io.armgen.generator.emit;

import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans and names the method families of a group's operations, one per media-type variant (see
 * {@link MediaVariant}), in operation order. The client and its samples both use this, so a sample
 * always calls a method that exists.
 */
final class OperationFamilies {
  private OperationFamilies() {}

  /**
   * One method family.
   *
   * @param name the family's base name, free of collisions
   * @param requestName the base name of the family whose private request builder it calls
   */
  record Family(Operation operation, OperationPlan plan, String name, String requestName) {
    boolean primary() {
      return plan.variant().primary();
    }
  }

  /** The families of {@code group}; operations (or variants) that cannot be emitted are reported to {@code notes}. */
  static List<Family> of(EmitContext context, OperationGroup group, EmitNotes notes) {
    OperationPlanner planner = new OperationPlanner(context, group);
    MethodNames names = new MethodNames();
    List<Family> families = new ArrayList<>();
    for (Operation operation : group.operations()) {
      // byte[] and InputStream variants are overloads of one name; AsStream variants reuse a request builder
      Map<String, String> claimed = new HashMap<>();
      for (MediaVariant variant : MediaVariant.of(operation)) {
        Optional<OperationPlan> plan = planner.plan(operation, variant, notes);
        if (plan.isEmpty()) {
          if (variant.primary()) {
            break;
          }
          continue;
        }
        String wanted = variant.methodName(operation.javaName());
        String name = claimed.computeIfAbsent(wanted,
            base -> names.claim(base, free -> OperationMethods.family(plan.get().kind(), free)));
        String requestName = claimed.getOrDefault(variant.requestMethodName(operation.javaName()), name);
        families.add(new Family(operation, plan.get(), name, requestName));
      }
    }
    return families;
  }
}
