package io.armgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link SpecDocument#positions()} map, stored compactly: one packed {@code long} per node,
 * kept in an array per container in child order, instead of one pointer string per node. A
 * pointer-keyed {@code HashMap} costs about 150 bytes per node, which for a tens-of-MB spec (a
 * million nodes) would cost more than the tree itself; here {@link #get} walks the pointer
 * through the tree instead. Read-only.
 */
final class PositionIndex extends AbstractMap<String, int[]> {
  private final JsonNode root;
  private final long rootPosition;
  /** Container node (by identity: containers are never shared) -> positions of its children. */
  private final IdentityHashMap<JsonNode, long[]> childPositions;
  private Map<String, int[]> materialized;

  PositionIndex(JsonNode root, long rootPosition, IdentityHashMap<JsonNode, long[]> childPositions) {
    this.root = root;
    this.rootPosition = rootPosition;
    this.childPositions = childPositions;
  }

  /** Packs a 1-based line and column; 0 means unknown (Jackson reports -1 for unknown). */
  static long pack(int line, int column) {
    if (line <= 0) {
      return 0L;
    }
    return ((long) line << 32) | (Math.max(column, 0) & 0xffffffffL);
  }

  private static int[] unpack(long packed) {
    return packed == 0L ? null : new int[] {(int) (packed >>> 32), (int) packed};
  }

  @Override
  public int[] get(Object key) {
    if (!(key instanceof String pointer)) {
      return null;
    }
    List<String> tokens;
    try {
      tokens = JsonPointers.tokens(pointer);
    } catch (IllegalArgumentException e) {
      return null;
    }
    JsonNode node = root;
    long position = rootPosition;
    for (String token : tokens) {
      long[] children = childPositions.get(node);
      int index = children == null ? -1 : childIndex(node, token);
      if (index < 0 || index >= children.length) {
        return null;
      }
      position = children[index];
      node = node.isArray() ? node.get(index) : node.get(token);
    }
    return unpack(position);
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  /** Position of {@code token} among the children of {@code container}, -1 when absent. */
  static int childIndex(JsonNode container, String token) {
    if (container.isArray()) {
      return ArrayIndex.parse(token, container.size());
    }
    int i = 0;
    for (Map.Entry<String, JsonNode> e : container.properties()) {
      if (e.getKey().equals(token)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  @Override
  public Set<Entry<String, int[]>> entrySet() {
    return materialize().entrySet();
  }

  /** Full pointer map, built on demand (only enumeration needs it) with an explicit stack. */
  private synchronized Map<String, int[]> materialize() {
    if (materialized != null) {
      return materialized;
    }
    Map<String, int[]> all = new LinkedHashMap<>();
    putKnown(all, "", rootPosition);
    Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
    pending.push(Map.entry("", root));
    while (!pending.isEmpty()) {
      Map.Entry<String, JsonNode> current = pending.pop();
      JsonNode node = current.getValue();
      long[] children = childPositions.get(node);
      if (children == null) {
        continue;
      }
      int i = 0;
      if (node.isArray()) {
        for (JsonNode child : node) {
          String pointer = current.getKey() + "/" + i;
          putKnown(all, pointer, children[i++]);
          pending.push(Map.entry(pointer, child));
        }
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> child = it.next();
          String pointer = JsonPointers.append(current.getKey(), child.getKey());
          putKnown(all, pointer, children[i++]);
          pending.push(Map.entry(pointer, child.getValue()));
        }
      }
    }
    materialized = Collections.unmodifiableMap(all);
    return materialized;
  }

  private static void putKnown(Map<String, int[]> all, String pointer, long packed) {
    int[] position = unpack(packed);
    if (position != null) {
      all.put(pointer, position);
    }
  }

  /** Array index tokens per RFC 6901: decimal digits, no leading zero. */
  static final class ArrayIndex {
    private ArrayIndex() {}

    /** The index, or -1 when the token is not a valid index below {@code size}. */
    static int parse(String token, int size) {
      if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
        return -1;
      }
      for (int i = 0; i < token.length(); i++) {
        if (token.charAt(i) < '0' || token.charAt(i) > '9') {
          return -1;
        }
      }
      int index = Integer.parseInt(token);
      return index < size ? index : -1;
    }
  }
}
