package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.testing.RepoPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --shared-shapes} and the shared shapes in {@code armgen model}. */
class SharedShapesCommandTest {
  @TempDir
  Path tmp;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ArmgenCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void modelShowsWhoJoinedEachSharedShapeAndWhyOthersDidNot() throws Exception {
    String[] r = run("model", RepoPaths.specs().toString());
    assertEquals("0", r[0], r[2]);
    JsonNode shapes = new ObjectMapper().readTree(r[1]).path("sharedShapes");
    JsonNode status = null;
    List<String> names = new ArrayList<>();
    for (JsonNode shape : shapes) {
      names.add(shape.path("kind").asText() + " " + shape.path("name").asText());
      if (shape.path("name").asText().equals("ConnectionStatus")) {
        status = shape;
      }
    }
    assertEquals(List.of("OBJECT PrivateEndpoint", "OBJECT PrivateEndpointConnection",
        "OBJECT PrivateEndpointConnectionListResult", "OBJECT PrivateLinkServiceConnectionState",
        "ENUM ConnectionStatus", "ENUM PrivateEndpointConnectionProvisioningState",
        "OPERATION_GROUP PrivateEndpointConnectionOperations"), names);
    assertEquals("PrivateLinkServiceConnectionState.status", status.path("matchedBy").asText());
    assertEquals("CommonConnectionStatus", status.path("javaName").asText());
    assertEquals("KeyVault", status.path("joined").get(2).path("service").asText());
    assertEquals("PrivateEndpointServiceConnectionStatus", status.path("joined").get(2).path("typeName").asText());
    // Cosmos DB's status is a plain string, which takes part by its wire value
    assertEquals("DocumentDB", status.path("joined").get(3).path("service").asText());
    assertEquals("String", status.path("joined").get(3).path("typeName").asText());
  }

  @Test
  void offWritesNoCommonPackageAndABadValueIsAUsageError() throws Exception {
    Path out = tmp.resolve("gen");
    String[] off = run("generate", RepoPaths.specs().toString(), "-o", out.toString(), "--shared-shapes=off");
    assertEquals("0", off[0], off[2]);
    assertTrue(Files.isDirectory(out.resolve("io/armgen/generated/keyvault/v2021_06_01_preview")));
    assertTrue(Files.notExists(out.resolve("io/armgen/generated/common")));
    String[] on = run("generate", RepoPaths.specs().toString(), "-o", out.toString(), "--shared-shapes", "ON");
    assertEquals("0", on[0], on[2]);
    assertTrue(Files.isRegularFile(out.resolve("io/armgen/generated/common/CommonPrivateEndpointConnectionOperations.java")));
    String[] bad = run("generate", RepoPaths.specs().toString(), "-o", out.toString(), "--shared-shapes=maybe");
    assertEquals("2", bad[0]);
    assertTrue(bad[2].contains("'--shared-shapes': expected auto, on or off but was 'maybe'"), bad[2]);
  }
}
