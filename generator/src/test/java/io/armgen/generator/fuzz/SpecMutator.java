package io.armgen.generator.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Seeded mutations of a Swagger document: the same (document, seed) always gives the same mutant
 * and the same list of what was changed, so a failure can be replayed from its seed.
 */
final class SpecMutator {
  /** Non-ASCII escaped, so that an unpaired surrogate survives being written as UTF-8. */
  private static final ObjectWriter WRITER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build()
      .writerWithDefaultPrettyPrinter();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final List<String> HOSTILE_NAMES = List.of("class", "../../escape", "/etc/passwd", "a/b", "Ünïcødé", "名前",
      "with space", "1st", "", "*/", "$ref", "$L", "\"q\"", "back\\slash", "Object", "String", "toString", "null", "_",
      "x".repeat(300), "A~1B", "%zz", "a.b.c", "\u0000", "CON", "value", "validate", "equals");
  static final List<String> HOSTILE_TEXTS = List.of("*/ class Evil {} /*", "nul \u0000 char", "\\u002a/ \\u000a \\u0022 \\u",
      "$L $S $N $$ ${x} $", "<script>alert(1)</script> </p> &amp;", "@param x {@code y} {@link Z}", "line\r\nbreak\u2028",
      "x".repeat(5_000), "", " ", "\"quoted\" \\ backslash");
  /**
   * Texts that try to become code once they reach a Java file (issue 13 section 4): backslash-u
   * escapes (javac decodes them even in comments), comment ends, quotes, controls, line
   * separators, bidirectional overrides and unpaired surrogates.
   */
  static final List<String> SOURCE_TEXTS = List.of("\\u000a class Injected { static { System.exit(7); } } //",
      "\\u000d\\u0022); class Injected {} //", "\\u002a/ class Injected {} /*", "\\\\u000a even", "\\uuu000a",
      "*/ class Injected {} /*", "line\nfeed", "cr\rlf", "sep\u2028par\u2029", "nul\u0000", "esc\u001b[2J",
      "bidi\u202eevil\u2066", "lone\ud800", "low\udc00", "pair\ud83d\ude00", "\"quote", "back\\slash", "$L$S", "'");
  private static final List<JsonNode> TYPES = List.of(text("string"), text("integer"), text("number"), text("boolean"),
      text("object"), text("array"), text("file"), text("null"), text("strange"), text(""), NODES.numberNode(42),
      NODES.nullNode(), NODES.arrayNode().add("string").add("null"), NODES.objectNode());
  private static final List<String> FORMATS = List.of("int32", "int64", "float", "double", "byte", "binary", "date",
      "date-time", "date-time-rfc1123", "duration", "uuid", "password", "uri", "arm-id", "unixtime", "base64url",
      "decimal", "char", "garbage", "");
  private static final List<String> BAD_REFS = List.of("#/definitions/Missing", "./missing.json#/definitions/X",
      "#/definitions/", "#", "#/paths", "", "http://127.0.0.1:9/x.json#/definitions/X", "../../../../../../etc/passwd",
      "#/definitions/A~2B", "%zz", "#/definitions/%E2%82", "mailto:x@y", "#/parameters/Missing", "#/definitions/*/");

  /** One mutated document. */
  record Mutant(String text, List<String> mutations, String fileNamePart) {}

  private enum Kind { TYPE, FORMAT, DROP_KEY, DUPLICATE_KEY, SWAP_REFS, BAD_REF, HOSTILE_NAME, HOSTILE_TEXT, ENUM,
    REQUIRED, ALLOF_SELF, EXTENSION_FLAGS, TRUNCATE, SOURCE_TEXT }

  private final Random random;
  private final List<String> log = new ArrayList<>();
  private final List<String[]> duplicates = new ArrayList<>();
  private String fileNamePart = "";

  private SpecMutator(long seed) {
    this.random = new Random(seed);
  }

  /** Applies one to three seeded mutations to a copy of {@code original}. */
  static Mutant mutate(JsonNode original, long seed) {
    return new SpecMutator(seed).run(original.deepCopy());
  }

  private Mutant run(JsonNode root) {
    int count = 1 + random.nextInt(3);
    boolean truncate = false;
    for (int i = 0; i < count; i++) {
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      if (kind == Kind.TRUNCATE) {
        truncate = true;
      } else {
        apply(kind, root);
      }
    }
    String text;
    try {
      text = WRITER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (String[] dup : duplicates) {
      text = text.replace(quoted(dup[0]), quoted(dup[1]));
    }
    if (truncate) {
      int at = random.nextInt(Math.max(1, text.length()));
      log.add("TRUNCATE at character " + at + " of " + text.length());
      text = text.substring(0, at);
    }
    return new Mutant(text, List.copyOf(log), fileNamePart);
  }

  private void apply(Kind kind, JsonNode root) {
    List<Located> objects = objects(root);
    switch (kind) {
      case TYPE -> pick(objects, o -> o.node.has("type")).ifPresent(o -> set(o, "type", any(TYPES)));
      case FORMAT -> pick(objects, o -> o.node.has("type")).ifPresent(o -> set(o, "format", text(any(FORMATS))));
      case DROP_KEY -> pick(objects, o -> o.node.size() > 0).ifPresent(o -> {
        String key = anyKey(o.node);
        o.node.remove(key);
        log.add("DROP_KEY " + o.path + "/" + key);
      });
      case DUPLICATE_KEY -> pick(objects, o -> o.node.size() > 0).ifPresent(o -> {
        String key = anyKey(o.node);
        String marker = "__armgen_duplicate_" + duplicates.size() + "__";
        JsonNode value = random.nextBoolean() ? o.node.get(key).deepCopy() : any(objects).node.deepCopy();
        o.node.set(marker, value);
        duplicates.add(new String[] {marker, key});
        log.add("DUPLICATE_KEY " + o.path + "/" + key);
      });
      case SWAP_REFS -> {
        List<Located> refs = objects.stream().filter(o -> o.node.path("$ref").isTextual()).toList();
        if (refs.size() >= 2) {
          Located a = any(refs);
          Located b = any(refs);
          JsonNode ra = a.node.get("$ref");
          a.node.set("$ref", b.node.get("$ref"));
          b.node.set("$ref", ra);
          log.add("SWAP_REFS " + a.path + " <-> " + b.path);
        }
      }
      case BAD_REF -> pick(objects, o -> true).ifPresent(o -> set(o, "$ref", text(any(BAD_REFS))));
      case HOSTILE_NAME -> hostileName(objects);
      case HOSTILE_TEXT -> pick(objects, o -> true).ifPresent(o -> set(o,
          any(List.of("description", "title", "summary", "x-ms-client-name", "default", "x-ms-discriminator-value")),
          text(any(HOSTILE_TEXTS))));
      case ENUM -> pick(objects, o -> o.node.has("enum") || o.node.path("type").asText().equals("string")).ifPresent(this::changeEnum);
      case REQUIRED -> pick(objects, o -> o.node.has("properties")).ifPresent(o -> {
        String some = o.node.path("properties").isObject() && o.node.path("properties").size() > 0
            ? anyKey((ObjectNode) o.node.get("properties")) : "p";
        set(o, "required", any(List.of(array("nonexistent"), text("notAnArray"), NODES.arrayNode().add(1).addNull(),
            NODES.arrayNode(), array(some, some), array(some))));
      });
      case ALLOF_SELF -> allOfSelf(root);
      case EXTENSION_FLAGS -> pick(objects, o -> true).ifPresent(o -> {
        String key = any(List.of("x-ms-client-flatten", "readOnly", "x-ms-secret", "x-ms-azure-resource", "discriminator",
            "additionalProperties", "x-nullable", "x-ms-mutability", "x-ms-pageable", "x-ms-long-running-operation"));
        JsonNode value = switch (key) {
          case "discriminator" -> text(random.nextBoolean() ? "kind" : anyKeyOr(o.node.path("properties"), "missing"));
          case "additionalProperties" -> any(List.of(NODES.booleanNode(true), NODES.objectNode().put("type", "string"),
              NODES.objectNode().put("$ref", "#/definitions/Missing"), text("yes")));
          case "x-ms-mutability" -> any(List.of(array("read"), array("create", "update"), text("read")));
          case "x-ms-pageable" -> any(List.of(NODES.objectNode().put("nextLinkName", "nextLink"),
              NODES.objectNode().putNull("nextLinkName"), NODES.objectNode().put("itemName", "missing"), text("yes")));
          default -> random.nextInt(4) == 0 ? text("true") : NODES.booleanNode(random.nextBoolean());
        };
        set(o, key, value);
      });
      case SOURCE_TEXT -> new SourceTextMutation(random, log).apply(root, objects).ifPresent(part -> fileNamePart = part);
      case TRUNCATE -> throw new IllegalStateException("handled by run");
    }
  }

  private void hostileName(List<Located> objects) {
    String name = any(HOSTILE_NAMES);
    var containers = objects.stream().filter(o -> o.path.endsWith("/definitions") || o.path.endsWith("/properties")).toList();
    if (!containers.isEmpty() && random.nextInt(3) > 0) {
      Located c = any(containers);
      if (c.node.size() == 0) {
        return;
      }
      String old = anyKey(c.node);
      JsonNode value = c.node.remove(old);
      c.node.set(name, value);
      log.add("HOSTILE_NAME rename " + c.path + "/" + old + " -> " + printable(name));
      if (c.path.equals("/definitions")) {
        String from = "#/definitions/" + escape(old);
        String to = "#/definitions/" + escape(name);
        for (Located o : objects) {
          if (o.node.path("$ref").isTextual() && o.node.get("$ref").textValue().endsWith(from)) {
            String ref = o.node.get("$ref").textValue();
            o.node.put("$ref", ref.substring(0, ref.length() - from.length()) + to);
          }
        }
      }
      return;
    }
    pick(objects, o -> o.node.has("operationId") || o.node.has("x-ms-enum") || o.node.has("tags") || o.node.has("name"))
        .ifPresent(o -> {
          if (o.node.has("operationId")) {
            set(o, "operationId", text(random.nextBoolean() ? name : name + "_" + name));
          } else if (o.node.has("x-ms-enum") && o.node.get("x-ms-enum").isObject()) {
            ((ObjectNode) o.node.get("x-ms-enum")).put("name", name);
            log.add("HOSTILE_NAME x-ms-enum name at " + o.path + " -> " + printable(name));
          } else if (o.node.has("tags")) {
            set(o, "tags", array(name));
          } else {
            set(o, "name", text(name));
          }
        });
  }

  private void changeEnum(Located o) {
    ArrayNode values = any(List.of(NODES.arrayNode(), array("a-b", "a_b", "A B"), array("", ""), array(""),
        NODES.arrayNode().add(1).add("1").add(1.0), NODES.arrayNode().addNull().add("x"), array("class", "null", "_", "1x"),
        NODES.arrayNode().add(NODES.objectNode()).add(NODES.arrayNode()), array(any(HOSTILE_NAMES), any(HOSTILE_NAMES))));
    set(o, "enum", values);
    if (random.nextBoolean()) {
      ObjectNode xmsEnum = NODES.objectNode().put("name", random.nextBoolean() ? "FuzzEnum" : any(HOSTILE_NAMES))
          .put("modelAsString", random.nextBoolean());
      o.node.set("x-ms-enum", xmsEnum);
      log.add("ENUM x-ms-enum " + printable(xmsEnum.toString()));
    }
  }

  private void allOfSelf(JsonNode root) {
    JsonNode defs = root.path("definitions");
    if (!defs.isObject() || defs.size() == 0) {
      return;
    }
    ObjectNode definitions = (ObjectNode) defs;
    String a = anyKey(definitions);
    String b = anyKey(definitions);
    if (!definitions.get(a).isObject() || !definitions.get(b).isObject()) {
      return;
    }
    ((ObjectNode) definitions.get(a)).set("allOf", NODES.arrayNode().add(NODES.objectNode().put("$ref", "#/definitions/" + escape(b))));
    ((ObjectNode) definitions.get(b)).set("allOf", NODES.arrayNode().add(NODES.objectNode().put("$ref", "#/definitions/" + escape(a))));
    log.add("ALLOF_CYCLE " + printable(a) + " <-> " + printable(b));
  }

  /** Every object node with its JSON pointer, in document order (iterative: documents may be deep). */
  private static List<Located> objects(JsonNode root) {
    List<Located> result = new ArrayList<>();
    Deque<Located> stack = new ArrayDeque<>();
    if (root instanceof ObjectNode o) {
      stack.push(new Located("", o));
    }
    while (!stack.isEmpty()) {
      Located next = stack.pop();
      result.add(next);
      List<Located> children = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : next.node.properties()) {
        collect(e.getValue(), next.path + "/" + escape(e.getKey()), children);
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return result;
  }

  private static void collect(JsonNode value, String path, List<Located> into) {
    if (value instanceof ObjectNode o) {
      into.add(new Located(path, o));
    } else if (value instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        collect(a.get(i), path + "/" + i, into);
      }
    }
  }

  record Located(String path, ObjectNode node) {}

  private java.util.Optional<Located> pick(List<Located> objects, Predicate<Located> filter) {
    List<Located> candidates = objects.stream().filter(filter).toList();
    return candidates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(any(candidates));
  }

  private void set(Located o, String key, JsonNode value) {
    JsonNode old = o.node.get(key);
    o.node.set(key, value);
    log.add("SET " + o.path + "/" + escape(key) + ": " + printable(String.valueOf(old)) + " -> " + printable(value.toString()));
  }

  private <T> T any(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String anyKey(ObjectNode node) {
    List<String> keys = new ArrayList<>();
    node.properties().forEach(e -> keys.add(e.getKey()));
    return any(keys);
  }

  private String anyKeyOr(JsonNode node, String fallback) {
    return node instanceof ObjectNode o && o.size() > 0 ? anyKey(o) : fallback;
  }

  private static TextNode text(String s) {
    return TextNode.valueOf(s);
  }

  private static ArrayNode array(String... values) {
    ArrayNode a = NODES.arrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String quoted(String s) {
    try {
      return WRITER.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Short and on one line, for the mutation log. */
  static String printable(String s) {
    String escaped = s.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
    return escaped.length() > 80 ? escaped.substring(0, 80) + "...(" + escaped.length() + ")" : escaped;
  }
}
