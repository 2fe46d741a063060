package io.armgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.diagnostics.ClosestName;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * "did you mean #/definitions/Foo" for a {@code $ref} whose pointer names nothing: at the first
 * key that is missing, the closest existing key of that object, kept only when the whole corrected
 * pointer then resolves.
 */
final class DanglingPointerHint {
  private DanglingPointerHint() {}

  /** {@code " (did you mean #/x/y?)"}, or "" when no near name fits. */
  static String of(JsonNode root, String pointer) {
    List<String> tokens;
    try {
      tokens = JsonPointers.tokens(pointer);
    } catch (IllegalArgumentException e) {
      return "";
    }
    JsonNode node = root;
    for (int i = 0; i < tokens.size(); i++) {
      JsonNode next = node.isObject() ? node.get(tokens.get(i)) : null;
      if (next != null) {
        node = next;
        continue;
      }
      if (!node.isObject()) {
        return "";
      }
      List<String> keys = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      Optional<String> near = ClosestName.to(tokens.get(i), keys);
      if (near.isEmpty()) {
        return "";
      }
      List<String> corrected = new ArrayList<>(tokens);
      corrected.set(i, near.get());
      StringBuilder fixed = new StringBuilder();
      corrected.forEach(t -> fixed.append('/').append(JsonPointers.escape(t)));
      return LoadedSpecs.navigate(root, fixed.toString()) == null ? "" : " (did you mean #" + fixed + "?)";
    }
    return "";
  }
}
