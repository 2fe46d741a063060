package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestnumbertestservice.v1_0_0.NumberModelClient;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-number.json} and {@code body-number.quirks.json} ({@code legacy/routes/number.js}):
 * floats, doubles and decimals in scientific and decimal notation; constant bodies are sent by the
 * client. The decimal scenarios are optional on the server (not in its report) and run all the same.
 */
@ExtendWith(TestServerExtension.class)
class BodyNumberTest {
  private static NumberModelClient client;
  private static io.armgen.conformance.autorestnumbertestservice.v1_0_0_2.NumberModelClient quirks;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(NumberModelClient.builder(), server).build();
    quirks = ConformanceClients.configure(
        io.armgen.conformance.autorestnumbertestservice.v1_0_0_2.NumberModelClient.builder(), server).build();
  }

  @Test
  void nullAndInvalid() {
    assertNull(client.getNull());
    assertReadError(client::getInvalidFloat);
    assertReadError(client::getInvalidDouble);
    assertReadError(client::getInvalidDecimal);
  }

  @Test
  void bigNumbers() {
    assertEquals(3.402823e20f, client.getBigFloat());
    client.putBigFloat(3.402823e20f);
    assertEquals(2.5976931e101, client.getBigDouble());
    client.putBigDouble(2.5976931e101);
    assertEquals(99999999.99, client.getBigDoublePositiveDecimal());
    client.putBigDoublePositiveDecimal();
    assertEquals(-99999999.99, client.getBigDoubleNegativeDecimal());
    client.putBigDoubleNegativeDecimal();
  }

  @Test
  void smallNumbers() {
    assertEquals(3.402823e-20, client.getSmallFloat());
    client.putSmallFloat(3.402823e-20f);
    assertEquals(2.5976931e-101, client.getSmallDouble());
    client.putSmallDouble(2.5976931e-101);
  }

  @Test
  void decimals() {
    assertEquals(0, new BigDecimal("2.5976931e+101").compareTo(client.getBigDecimal()));
    client.putBigDecimal(new BigDecimal("2.5976931e+101"));
    assertEquals(0, new BigDecimal("99999999.99").compareTo(client.getBigDecimalPositiveDecimal()));
    client.putBigDecimalPositiveDecimal();
    assertEquals(0, new BigDecimal("-99999999.99").compareTo(client.getBigDecimalNegativeDecimal()));
    client.putBigDecimalNegativeDecimal();
    assertEquals(0, new BigDecimal("2.5976931e-101").compareTo(client.getSmallDecimal()));
    client.putSmallDecimal(new BigDecimal("2.5976931e-101"));
  }

  @Test
  void quirksSendTheSameValuesAsPlainNumbers() {
    quirks.putBigDoublePositiveDecimal(99999999.99);
    quirks.putBigDoubleNegativeDecimal(-99999999.99);
    // declared as an open enum of one value there: read as that value
    assertEquals("2.5976931e+101", quirks.getBigDouble().toString());
  }
}
