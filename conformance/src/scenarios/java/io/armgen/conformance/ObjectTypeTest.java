package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.objecttype.v1_0_0.ObjectTypeClient;
import io.armgen.runtime.arm.ManagementException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code object-type.json} ({@code legacy/routes/objectType.js}): {@code type: object} without
 * properties is any JSON object; the error response of that type is a typed exception.
 */
@ExtendWith(TestServerExtension.class)
class ObjectTypeTest {
  private static ObjectTypeClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(ObjectTypeClient.builder(), server).build();
  }

  @Test
  void objects() {
    assertEquals(Map.of("message", "An object was successfully returned"), client.get());
    client.put(Map.of("foo", "bar"));
  }

  @Test
  void errorResponse() {
    ManagementException e = assertThrows(ManagementException.class, () -> client.put(Map.of("should", "fail")));
    assertEquals(400, e.statusCode());
    assertTrue(e.rawBody().contains("The object you passed was incorrect"), e.rawBody());
  }
}
