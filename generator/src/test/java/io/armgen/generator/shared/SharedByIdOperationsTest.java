package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.testing.CountingSpecServer;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.RepoPaths;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 section 6: the shared by-id operations ({@code get(id)}, {@code delete(id)},
 * {@code approve(id, ...)}, {@code list(parentId)}, {@code listAsync(parentId)}) refuse an id with a {@code .} or {@code ..}
 * segment before anything is sent: sent as it is, {@code .../vaults/v/privateEndpointConnections/..}
 * is {@code .../vaults/v} to the server.
 */
class SharedByIdOperationsTest {
  /** Names the spec's patterns allow, so that only the dot segments can be what is refused. */
  private static final String VAULT = "/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/vault1";
  private static Class<?> operations;
  private static Class<?> clientType;

  @BeforeAll
  static void generate() throws ClassNotFoundException {
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(RepoPaths.specs())));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    operations = loader.loadClass(className(result, "/common/", "/CommonPrivateEndpointConnectionOperations.java"));
    clientType = loader.loadClass(className(result, "/keyvault/", "/PrivateEndpointConnectionsClient.java"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      VAULT + "/privateEndpointConnections/..",
      VAULT + "/privateEndpointConnections/.",
      "/subscriptions/sub-1/resourceGroups/../providers/Microsoft.KeyVault/vaults/vault1/privateEndpointConnections/conn1",
      "/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/./privateEndpointConnections/conn1"})
  void dotSegmentsAreRefusedBeforeAnythingIsSent(String id) throws Exception {
    try (CountingSpecServer server = new CountingSpecServer()) {
      Object builder = clientType.getMethod("builder").invoke(null);
      builder.getClass().getMethod("endpoint", String.class).invoke(builder, server.baseUrl());
      builder.getClass().getMethod("subscriptionId", String.class).invoke(builder, "sub-1");
      Object client = builder.getClass().getMethod("build").invoke(builder);

      assertRefused(operations.getMethod("get", String.class), client, id);
      assertRefused(operations.getMethod("delete", String.class), client, id);
      assertRefused(operations.getMethod("approve", String.class, String.class), client, id, "ok");
      assertRefused(operations.getMethod("reject", String.class, String.class), client, id, "no");
      String parent = id.substring(0, id.indexOf("/privateEndpointConnections/"));
      if (parent.contains("/.")) {
        assertRefused(operations.getMethod("list", String.class), client, parent);
        assertRefused(operations.getMethod("listAsync", String.class), client, parent);
      }
      assertEquals(0, server.requests(), "nothing may be sent for " + id);
    }
  }

  @Test
  void anOrdinaryIdIsSent() throws Exception {
    try (CountingSpecServer server = new CountingSpecServer()) {
      Object builder = clientType.getMethod("builder").invoke(null);
      builder.getClass().getMethod("endpoint", String.class).invoke(builder, server.baseUrl());
      builder.getClass().getMethod("subscriptionId", String.class).invoke(builder, "sub-1");
      Object client = builder.getClass().getMethod("build").invoke(builder);
      try {
        operations.getMethod("get", String.class).invoke(client, VAULT + "/privateEndpointConnections/conn1");
      } catch (InvocationTargetException answeredWithSomethingElse) {
        // the counting server answers with a spec document, not a connection: only the count matters
      }
      assertEquals(1, server.requests(), "the check must not refuse an ordinary id");
    }
  }

  private static void assertRefused(Method method, Object client, Object... args) {
    InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> method.invoke(client, args));
    assertInstanceOf(IllegalArgumentException.class, e.getCause(), () -> method.getName() + ": " + e.getCause());
    assertTrue(e.getCause().getMessage().contains("segment"), () -> "refused for its dot segment: " + e.getCause());
  }

  /** The class of a generated file by a folder on its path and its file name, whatever the package naming. */
  private static String className(GeneratorResult result, String folder, String pathEnd) {
    return result.files().stream().map(GeneratedFile::relativePath).filter(p -> p.contains(folder) && p.endsWith(pathEnd))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no generated file ending in " + pathEnd))
        .replace(".java", "").replace('/', '.');
  }
}
