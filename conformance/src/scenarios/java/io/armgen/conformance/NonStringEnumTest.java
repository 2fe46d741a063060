package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.nonstringenums.v2_0_preview.FloatModelClient;
import io.armgen.conformance.nonstringenums.v2_0_preview.IntClient;
import io.armgen.conformance.nonstringenums.v2_0_preview.models.FloatEnum;
import io.armgen.conformance.nonstringenums.v2_0_preview.models.IntEnum;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code non-string-enum.json} ({@code legacy/routes/nonStringEnums.js}): enums of integers and
 * floats travel as JSON numbers.
 */
@ExtendWith(TestServerExtension.class)
class NonStringEnumTest {
  private static IntClient ints;
  private static FloatModelClient floats;

  @BeforeAll
  static void connect(TestServer server) {
    ints = ConformanceClients.configure(IntClient.builder(), server).build();
    floats = ConformanceClients.configure(FloatModelClient.builder(), server).build();
  }

  @Test
  void integers() {
    assertEquals(IntEnum.V429, ints.get());
    assertEquals("Nice job posting an int enum", ints.put(IntEnum.V200));
  }

  @Test
  void floats() {
    assertEquals(FloatEnum.V429_1, floats.get());
    assertEquals("Nice job posting a float enum", floats.put(FloatEnum.V200_4));
  }
}
