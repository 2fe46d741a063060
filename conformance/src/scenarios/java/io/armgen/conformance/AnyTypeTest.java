package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.anything.v1_0_0.AnythingClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code any-type.json} ({@code dist/test-routes/any-type.js}): schemas of no type are any JSON
 * value, read as String, Number, Boolean, List or Map and written back as they are.
 */
@ExtendWith(TestServerExtension.class)
class AnyTypeTest {
  private static AnythingClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(AnythingClient.builder(), server).build();
  }

  @Test
  void strings() {
    assertEquals("anything", client.getString());
    client.putString("anything");
  }

  @Test
  void objects() {
    assertEquals(Map.of("message", "An object was successfully returned"), client.getObject());
    client.putObject(Map.of("foo", "bar"));
  }

  @Test
  void arrays() {
    assertEquals(List.of("foo", "bar"), client.getArray());
    client.putArray(List.of("foo", "bar"));
  }
}
