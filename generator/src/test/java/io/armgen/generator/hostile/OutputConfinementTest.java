package io.armgen.generator.hostile;

import static io.armgen.generator.hostile.HostileSpec.json;
import static io.armgen.generator.hostile.HostileSpec.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.emit.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is ever written outside {@code -o}, whatever names the spec uses. */
class OutputConfinementTest {
  @TempDir
  Path tmp;

  @Test
  void hostileNamesNeverWriteOutsideTheOutputFolder() throws IOException {
    List<String> evil = List.of("../../../escaped", "/tmp/absolute", "..\\..\\windows", "a/../../b", "..", ".", "C:/x", "~/home");
    StringBuilder defs = new StringBuilder();
    StringBuilder paths = new StringBuilder();
    for (int i = 0; i < evil.size(); i++) {
      String name = HostileSpec.literal(evil.get(i));
      defs.append(name).append(": {'type': 'object', 'x-ms-client-name': ").append(name)
          .append(", 'properties': {").append(name).append(": {'type': 'string'}}},");
      paths.append("'/subscriptions/{subscriptionId}/providers/Microsoft.Evil/p").append(i).append("/{name}': {'get': {")
          .append("'operationId': ").append(HostileSpec.literal(evil.get(i) + "_Get")).append(", 'tags': [").append(name)
          .append("], 'parameters': [{'name': 'subscriptionId', 'in': 'path', 'required': true, 'type': 'string'},")
          .append(" {'name': 'name', 'in': 'path', 'required': true, 'type': 'string'}],")
          .append(" 'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/")
          .append(evil.get(i).replace("~", "~0").replace("/", "~1").replace("\\", "\\\\")).append("'}}}}},");
    }
    Path spec = write(tmp, "spec.json", json("{'swagger': '2.0', 'info': {'title': '../../Title', 'version': '../1'},"
        + " 'host': 'management.azure.com', 'paths': {" + paths.substring(0, paths.length() - 1) + "},"
        + " 'definitions': {" + defs.substring(0, defs.length() - 1) + "}}"));
    Path outside = tmp.getParent();
    Map<String, String> before = listing(tmp);
    Path out = tmp.resolve("work/out");
    CliRun run = CliRun.generate(spec, out);
    List<GeneratedFile> files = run.assertCompiles();
    Map<String, String> after = listing(tmp);
    after.keySet().removeIf(p -> p.startsWith("work/out"));
    after.remove("work");
    assertEquals(before, after, "files outside -o changed");
    assertTrue(files.size() >= evil.size(), files.toString());
    for (GeneratedFile f : files) {
      assertTrue(out.resolve(f.relativePath()).normalize().startsWith(out), f.relativePath());
    }
    assertTrue(Files.notExists(outside.resolve("escaped")) && Files.notExists(tmp.resolve("escaped")));
  }

  private static Map<String, String> listing(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      Map<String, String> m = new java.util.TreeMap<>();
      for (Path p : walk.toList()) {
        m.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : Files.size(p) + ":" + Files.getLastModifiedTime(p));
      }
      return m;
    }
  }
}
