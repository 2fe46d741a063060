package io.armgen.generator.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.function.BiConsumer;

/**
 * Builds a Jackson tree from a streaming parser, recording where every node starts. Iterative
 * (an explicit stack instead of recursion), so nesting depth is bounded by {@code maxDepth} and
 * never by the thread stack.
 */
final class PositionedTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A document whose tokens are fine but whose shape is not: too deep, empty, or followed by more
   * content. Carries where, so that the diagnostic can point there.
   */
  static final class StructureException extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean tooDeep;
    final String pointer;
    final int line;
    final int column;

    StructureException(boolean tooDeep, String message, String pointer, long packedPosition) {
      super(message, null, false, false);
      this.tooDeep = tooDeep;
      this.pointer = pointer;
      this.line = (int) (packedPosition >>> 32);
      this.column = (int) packedPosition;
    }
  }

  /** The tree and its positions. */
  record Tree(JsonNode root, PositionIndex positions) {}

  /** One open object or array while reading. */
  private static final class Frame {
    final JsonNode container;
    final String token;
    String fieldName;
    long[] positions = new long[4];
    int count;

    Frame(JsonNode container, String token) {
      this.container = container;
      this.token = token;
    }

    void addPosition(long packed) {
      if (count == positions.length) {
        positions = Arrays.copyOf(positions, count * 2);
      }
      positions[count++] = packed;
    }
  }

  private final int maxDepth;
  /** Receives (pointer, packed position) of every repeated object key. */
  private final BiConsumer<String, Long> duplicateKeys;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final IdentityHashMap<JsonNode, long[]> childPositions = new IdentityHashMap<>();

  PositionedTreeReader(int maxDepth, BiConsumer<String, Long> duplicateKeys) {
    this.maxDepth = maxDepth;
    this.duplicateKeys = duplicateKeys;
  }

  /**
   * Reads exactly one document from {@code parser}.
   *
   * @throws IOException on syntax errors (Jackson's exceptions carry the location)
   * @throws StructureException when too deep, empty, or followed by more content
   */
  Tree read(JsonParser parser) throws IOException, StructureException {
    JsonNode root = null;
    long rootPosition = 0L;
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new StructureException(false, "the document is empty", "", positionOf(parser.currentLocation()));
    }
    while (token != null) {
      if (token == JsonToken.FIELD_NAME) {
        stack.peek().fieldName = parser.currentName();
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        Frame done = stack.pop();
        childPositions.put(done.container, Arrays.copyOf(done.positions, done.count));
      } else {
        long position = positionOf(parser.currentTokenLocation());
        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        JsonNode node = container ? (token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode()) : scalar(token, parser);
        String childToken = null;
        if (stack.isEmpty()) {
          root = node;
          rootPosition = position;
        } else {
          childToken = childToken(stack.peek());
          attach(node, position);
        }
        if (container) {
          stack.push(new Frame(node, childToken));
          if (stack.size() > maxDepth) {
            throw new StructureException(true, "nesting deeper than " + maxDepth + " levels", currentPointer(), position);
          }
        }
      }
      if (stack.isEmpty()) {
        break;
      }
      token = parser.nextToken();
    }
    if (parser.nextToken() != null) {
      throw new StructureException(false, "unexpected content after the end of the document", "",
          positionOf(parser.currentTokenLocation()));
    }
    return new Tree(root, new PositionIndex(root, rootPosition, childPositions));
  }

  private static String childToken(Frame parent) {
    return parent.container.isArray() ? Integer.toString(parent.count) : JsonPointers.escape(parent.fieldName);
  }

  private void attach(JsonNode node, long position) {
    Frame parent = stack.peek();
    if (parent.container instanceof ArrayNode array) {
      array.add(node);
      parent.addPosition(position);
      return;
    }
    ObjectNode object = (ObjectNode) parent.container;
    JsonNode previous = object.replace(parent.fieldName, node);
    if (previous == null) {
      parent.addPosition(position);
      return;
    }
    // a repeated key keeps its first slot in the object's order; its position is the latest value's
    int index = PositionIndex.childIndex(object, parent.fieldName);
    parent.positions[index] = position;
    duplicateKeys.accept(JsonPointers.append(currentPointer(), parent.fieldName), position);
  }

  /** Pointer of the innermost open container. */
  private String currentPointer() {
    StringBuilder pointer = new StringBuilder();
    for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext(); ) {
      Frame frame = it.next();
      if (frame.token != null) {
        pointer.append('/').append(frame.token);
      }
    }
    return pointer.toString();
  }

  private static JsonNode scalar(JsonToken token, JsonParser parser) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        // doubles, like ObjectMapper.readTree, so later stages see the types they expect
        return parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
            ? NODES.numberNode(parser.getDecimalValue())
            : NODES.numberNode(parser.getDoubleValue());
      case VALUE_EMBEDDED_OBJECT:
        Object embedded = parser.getEmbeddedObject();
        return embedded instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.textNode(parser.getText());
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected token " + token);
    }
  }

  private static long positionOf(JsonLocation location) {
    return location == null ? 0L : PositionIndex.pack(location.getLineNr(), location.getColumnNr());
  }
}
