package io.armgen.generator.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.runtime.json.Json;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 section 4: spec text never becomes code. javac decodes a backslash-u escape anywhere in a
 * source file, comments included, so a spec text holding one could end a comment or a string and
 * put its own Java into the client. Each hostile text goes where the emitters write spec text (the
 * header line from the file name and {@code info.version}, Javadoc, package-info, string literals of
 * enum values, JSON names, query names, path templates, api-version, x-ms-client-name); the
 * output must compile, contain no injected class, and hold exactly the spec's strings.
 */
class SpecTextInjectionTest {
  /** The attack of the issue: a literal backslash-u-000a, then a class with a static initialiser. */
  static final String INJECTION =
      "\\u000a class Injected { static { System.setProperty(\"armgen.injected\", \"yes\"); } } //";

  /** Texts that must reach the wire exactly (every one percent-encodable as UTF-8). */
  static final List<String> TEXTS = List.of(
      INJECTION,
      "*/ class Injected2 {} /*",
      "\\u0022); class Injected3 {} //",
      "\\\\u000a an even run of backslashes",
      "\\uuuu000a several u",
      "line\nfeed",
      "carriage\rreturn",
      "line\u2028separator",
      "para\u2029graph",
      "nul\u0000char",
      "escape\u001b[31m",
      "bidi \u202e override \u2066 isolate",
      "pair \ud83d\ude00 emoji",
      "$L $S $$ placeholders",
      "back\\slash \"quoted\" 'single'");

  /** Only in values the generated code keeps as strings (an unpaired surrogate cannot be UTF-8). */
  static final List<String> LOCAL_TEXTS = List.of("lone \ud800 high", "lone \udc00 low");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void hostileTextEverywhereCompilesToTheSpecsStringsAndNoInjectedClass() throws Exception {
    String version = "2024-01-01" + INJECTION;
    Path spec = writeSpec("spec\\u000a class Injected {}.json", version);
    CliRun run = CliRun.generate(spec, tmp.resolve("out"));
    List<GeneratedFile> files = run.assertCompiles();
    Compilation compiled = GeneratedCode.compileClean(files);

    for (JavaFileObject f : compiled.generatedFiles()) {
      assertFalse(f.getName().matches(".*/Injected\\d*\\.class"), "an injected class was compiled: " + f.getName());
    }
    files.forEach(SpecTextInjectionTest::assertOneHeaderLine);

    ClassLoader loader = GeneratedCode.load(compiled);
    List<String> expected = new ArrayList<>(TEXTS);
    expected.addAll(LOCAL_TEXTS);
    assertEquals(Set.copyOf(expected), textsOf(Class.forName(CliRun.className(files, "ClosedKind"), true, loader).getEnumConstants()));
    Collection<?> open = (Collection<?>) Class.forName(CliRun.className(files, "OpenKind"), true, loader).getMethod("values").invoke(null);
    assertEquals(Set.copyOf(expected), textsOf(open.toArray()));
    assertNull(System.getProperty("armgen.injected"), "the injected static initialiser ran");

    // JSON names: read a document with every hostile key and write it back
    ObjectNode document = JSON.createObjectNode();
    for (int i = 0; i < TEXTS.size(); i++) {
      document.put("k" + i + TEXTS.get(i), "value " + i);
    }
    Class<?> thing = Class.forName(CliRun.className(files, "Thing"), true, loader);
    Method fromJson = thing.getMethod("fromJson", com.fasterxml.jackson.core.JsonParser.class);
    Object read = Json.parse(JSON.writeValueAsString(document), p -> {
      try {
        return fromJson.invoke(null, p);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    });
    assertEquals(document, JSON.readTree((String) thing.getMethod("toJsonString").invoke(read)));

    // query names, path template and api-version as sent
    Map<String, String> query = sendGet(Class.forName(CliRun.className(files, "ThingsClient"), true, loader));
    assertEquals(version, query.get("api-version"));
    for (int i = 0; i < TEXTS.size(); i++) {
      assertEquals("v" + i, query.get("q" + i + TEXTS.get(i)), "query name " + i);
    }
  }

  @Test
  void pathTemplatesKeepTheirTextOrAreRefusedWhenNoUrlCanHoldThem() throws Exception {
    String variable = "thing\\u000a*\u2028 \"Name$L";
    String path = "/subscriptions/{subscriptionId}/resourceGroups/{rg}/providers/Microsoft.Hostile*/things$L'(/{"
        + variable + "}";
    List<GeneratedFile> files = CliRun.generate(writePathSpec(path, variable), tmp.resolve("out")).assertCompiles();
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(files));
    List<String> ids = files.stream().map(GeneratedFile::relativePath).filter(p -> p.endsWith("Id.java")).toList();
    assertEquals(1, ids.size(), () -> "one resource id class: " + files.stream().map(GeneratedFile::relativePath).toList());
    Class<?> id = Class.forName(ids.get(0).replace('/', '.').replace(".java", ""), true, loader);
    assertEquals(path, id.getField("TEMPLATE").get(null));
    String concrete = "/subscriptions/s/resourceGroups/r/providers/Microsoft.Hostile*/things$L'(/n";
    assertEquals(concrete, id.getMethod("parse", String.class).invoke(null, concrete).toString());

    for (String unsendable : List.of("x\\u000a", "line\nfeed", "a space", "line\u2028sep", "bidi\u202e")) {
      String bad = "/subscriptions/{subscriptionId}/providers/Microsoft.Hostile/" + unsendable + "/{thingName}";
      Path spec = writePathSpec(bad, "thingName");
      CliRun.generate(spec, tmp.resolve("out-" + unsendable.length()))
          .assertRejected("PATH_TEMPLATE", "paths.json", "/paths/" + bad.replace("~", "~0").replace("/", "~1") + "/get");
    }
  }

  @Test
  void rawLineBreaksInTheFileNameAndVersionStayInTheHeaderComment() {
    Path spec = writeSpec("line\nbreak\u2028\\u000a.json", "2024-01-01\r\n class Injected {}\u2029\u0000");
    CliRun.generate(spec, tmp.resolve("out")).assertCompiles().forEach(SpecTextInjectionTest::assertOneHeaderLine);
  }

  /** The header is the whole first line, and the next line is the package or its documentation. */
  private static void assertOneHeaderLine(GeneratedFile f) {
    List<String> lines = f.content().lines().toList();
    assertTrue(lines.get(0).startsWith("// Generated by armgen from ") && lines.get(0).endsWith(". Do not edit."),
        f.relativePath() + ": " + lines.get(0));
    assertTrue(lines.get(1).startsWith("package ") || lines.get(1).startsWith("/**"), f.relativePath() + ": " + lines.get(1));
  }

  private static Set<String> textsOf(Object[] values) {
    Set<String> texts = new HashSet<>();
    for (Object v : values) {
      texts.add(v.toString());
    }
    return texts;
  }

  private static final String THING_PATH = "/subscriptions/{subscriptionId}/providers/Microsoft.Hostile/things/{thingName}";

  private Path writeSpec(String fileName, String version) {
    ObjectNode root = JSON.createObjectNode().put("swagger", "2.0");
    root.putObject("info").put("title", "Title " + INJECTION).put("version", version).put("description", INJECTION);
    root.put("host", "management.azure.com").putArray("schemes").add("https");
    ObjectNode get = root.putObject("paths").putObject(THING_PATH).putObject("get")
        .put("operationId", "Things_Get").put("description", INJECTION).put("summary", TEXTS.get(2));
    ArrayNode parameters = get.putArray("parameters");
    parameters.addObject().put("name", "subscriptionId").put("in", "path").put("required", true).put("type", "string");
    parameters.addObject().put("name", "thingName").put("in", "path").put("required", true).put("type", "string")
        .put("description", INJECTION);
    for (int i = 0; i < TEXTS.size(); i++) {
      parameters.addObject().put("name", "q" + i + TEXTS.get(i)).put("in", "query").put("required", true)
          .put("type", "string").put("x-ms-client-name", "c" + i + TEXTS.get(i)).put("description", TEXTS.get(i));
    }
    parameters.addObject().put("name", "api-version").put("in", "query").put("required", true).put("type", "string");
    get.putObject("responses").putObject("200").put("description", INJECTION)
        .putObject("schema").put("$ref", "#/definitions/Thing");

    List<String> all = new ArrayList<>(TEXTS);
    all.addAll(LOCAL_TEXTS);
    ObjectNode thing = root.putObject("definitions").putObject("Thing").put("type", "object").put("description", INJECTION);
    ObjectNode properties = thing.putObject("properties");
    for (int i = 0; i < TEXTS.size(); i++) {
      properties.putObject("k" + i + TEXTS.get(i)).put("type", "string").put("description", TEXTS.get(i))
          .put("x-ms-client-name", "p" + i + TEXTS.get(i));
    }
    properties.set("closed", enumSchema(all, "ClosedKind", false));
    properties.set("open", enumSchema(all, "OpenKind", true));
    try {
      // escaped, since an unpaired surrogate cannot be written as UTF-8
      return HostileSpec.write(tmp, fileName, JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build()
          .writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A GET and a PUT of {@code Thing} at {@code path}, whose last variable is {@code variable}. */
  private Path writePathSpec(String path, String variable) {
    ObjectNode root = JSON.createObjectNode().put("swagger", "2.0");
    root.putObject("info").put("title", "Paths").put("version", "1");
    ObjectNode item = root.putObject("paths").putObject(path);
    for (String method : List.of("get", "put")) {
      ArrayNode parameters = item.putObject(method).put("operationId", "Things_" + method).putArray("parameters");
      parameters.addObject().put("name", "subscriptionId").put("in", "path").put("required", true).put("type", "string");
      if (path.contains("{rg}")) {
        parameters.addObject().put("name", "rg").put("in", "path").put("required", true).put("type", "string");
      }
      parameters.addObject().put("name", variable).put("in", "path").put("required", true).put("type", "string");
      parameters.addObject().put("name", "api-version").put("in", "query").put("required", true).put("type", "string");
      if (method.equals("put")) {
        parameters.addObject().put("name", "body").put("in", "body").put("required", true)
            .putObject("schema").put("$ref", "#/definitions/Thing");
      }
      item.with(method).putObject("responses").putObject("200").put("description", "ok")
          .putObject("schema").put("$ref", "#/definitions/Thing");
    }
    ObjectNode properties = root.putObject("definitions").putObject("Thing").put("type", "object")
        .put("x-ms-azure-resource", true).putObject("properties");
    for (String p : List.of("id", "name", "type")) {
      properties.putObject(p).put("type", "string").put("readOnly", true);
    }
    return HostileSpec.write(tmp, "paths.json", root.toPrettyString());
  }

  private static ObjectNode enumSchema(List<String> values, String name, boolean open) {
    ObjectNode schema = JSON.createObjectNode().put("type", "string").put("description", INJECTION);
    ArrayNode list = schema.putArray("enum");
    values.forEach(list::add);
    ObjectNode xmsEnum = schema.putObject("x-ms-enum").put("name", name).put("modelAsString", open);
    ArrayNode described = xmsEnum.putArray("values");
    for (String v : values) {
      described.addObject().put("value", v).put("description", v).put("name", v);
    }
    return schema;
  }

  /** Calls {@code get} with every query value against a loopback server; returns the decoded query it saw. */
  private static Map<String, String> sendGet(Class<?> type) throws Exception {
    try (CapturingServer server = new CapturingServer()) {
      Object client = server.client(type);
      Object[] args = new Object[1 + TEXTS.size()];
      args[0] = "thing-1";
      for (int i = 0; i < TEXTS.size(); i++) {
        args[i + 1] = "v" + i;
      }
      Method get = null;
      for (Method m : type.getMethods()) {
        if (m.getName().equals("get") && m.getParameterCount() == args.length) {
          get = m;
        }
      }
      assertTrue(get != null, "no get method with " + args.length + " parameters");
      get.invoke(client, args);
      return server.last().query();
    }
  }

}
