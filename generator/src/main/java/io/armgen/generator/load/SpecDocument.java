package io.armgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * One loaded JSON/YAML document: its tree exactly as written (every key kept, {@code $ref}
 * siblings included) and the line:column of each node by JSON pointer.
 *
 * @param path the absolute, normalised file path (identity for {@code $ref} resolution)
 * @param displayName the path as shown to users in diagnostics (relative to the working
 *     directory when below it)
 * @param root the document tree
 * @param positions JSON pointer -> {line, column} (1-based) of the node's first token; may be
 *     incomplete (e.g. YAML), never null
 */
public record SpecDocument(Path path, String displayName, JsonNode root, Map<String, int[]> positions) {

  /**
   * Where a node is in the file, for diagnostics.
   *
   * @param pointer the node's JSON pointer
   * @return {@code {line, column}} of the node, or of its nearest ancestor with a known place;
   *     {@code {0, 0}} when unknown
   */
  public int[] positionOf(String pointer) {
    String p = pointer;
    while (true) {
      int[] pos = positions.get(p);
      if (pos != null) {
        return pos;
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }
}
