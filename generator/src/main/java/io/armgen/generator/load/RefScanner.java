package io.armgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Finds every {@code $ref} member of a document, in document order, without recursion. */
final class RefScanner {
  private RefScanner() {}

  private record Pending(String pointer, String key, JsonNode node) {}

  static List<RefSite> scan(SpecDocument document) {
    List<RefSite> sites = new ArrayList<>();
    Deque<Pending> pending = new ArrayDeque<>();
    pending.push(new Pending("", null, document.root()));
    while (!pending.isEmpty()) {
      Pending current = pending.pop();
      JsonNode node = current.node();
      List<Pending> children = new ArrayList<>();
      if (node.isObject()) {
        JsonNode ref = node.get("$ref");
        // a schema may declare a property literally named "$ref": that is a name, not a reference
        boolean propertyMap = "properties".equals(current.key()) && ref != null && ref.isObject();
        if (ref != null && !propertyMap) {
          sites.add(new RefSite(document, current.pointer() + "/$ref", ref, node));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isContainerNode()) {
            children.add(new Pending(JsonPointers.append(current.pointer(), e.getKey()), e.getKey(), e.getValue()));
          }
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          if (node.get(i).isContainerNode()) {
            children.add(new Pending(current.pointer() + "/" + i, null, node.get(i)));
          }
        }
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i)); // reversed so that the stack pops them in document order
      }
    }
    return sites;
  }
}
