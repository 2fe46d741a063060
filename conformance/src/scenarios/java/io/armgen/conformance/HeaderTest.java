package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestswaggerbatheaderservice.v1_0_0.HeaderClient;
import io.armgen.conformance.autorestswaggerbatheaderservice.v1_0_0.models.GreyscaleColors;
import io.armgen.runtime.arm.ArmResponse;
import io.armgen.runtime.arm.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code header.json}: every type as a header parameter (the server answers 400 to a value it did
 * not expect) and as a declared response header, read through the typed headers of
 * {@code ...WithResponse}; a header parameter named like one the runtime sets wins.
 */
@ExtendWith(TestServerExtension.class)
class HeaderTest {
  private static final String MULTIBYTE = "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29";
  private static final OffsetDateTime VALID = OffsetDateTime.of(2010, 1, 1, 12, 34, 56, 0, ZoneOffset.UTC);
  private static final OffsetDateTime MIN = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration DURATION = Duration.ofDays(123).plusHours(22).plusMinutes(14).plusSeconds(12).plusMillis(11);

  private static HeaderClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(HeaderClient.builder(), server).build();
  }

  @Test
  void headersNamedLikeTheRuntimesWin() {
    client.paramExistingKey("overwrite");
    client.paramProtectedKey("text/html");
    assertEquals("overwrite", client.responseExistingKeyWithResponse(null).typedHeaders().userAgent());
    assertEquals("text/html; charset=utf-8", client.responseProtectedKeyWithResponse(null).typedHeaders().contentType());
  }

  @Test
  void numbersAndBooleans() {
    client.paramInteger("positive", 1);
    client.paramInteger("negative", -2);
    client.paramLong("positive", 105L);
    client.paramLong("negative", -2L);
    client.paramFloat("positive", 0.07f);
    client.paramFloat("negative", -3.0f);
    client.paramDouble("positive", 7e120);
    client.paramDouble("negative", -3.0);
    client.paramBool("true", true);
    client.paramBool("false", false);
    assertEquals(1, client.responseIntegerWithResponse("positive", null).typedHeaders().value());
    assertEquals(-2, client.responseIntegerWithResponse("negative", null).typedHeaders().value());
    assertEquals(105L, client.responseLongWithResponse("positive", null).typedHeaders().value());
    assertEquals(-2L, client.responseLongWithResponse("negative", null).typedHeaders().value());
    assertEquals(0.07f, client.responseFloatWithResponse("positive", null).typedHeaders().value());
    assertEquals(-3.0f, client.responseFloatWithResponse("negative", null).typedHeaders().value());
    assertEquals(7e120, client.responseDoubleWithResponse("positive", null).typedHeaders().value());
    assertEquals(-3.0, client.responseDoubleWithResponse("negative", null).typedHeaders().value());
    assertEquals(true, client.responseBoolWithResponse("true", null).typedHeaders().value());
    assertEquals(false, client.responseBoolWithResponse("false", null).typedHeaders().value());
  }

  @Test
  void stringsAndEnums() {
    client.paramString("valid", "The quick brown fox jumps over the lazy dog");
    client.paramString("null", null);
    client.paramString("empty", "");
    client.paramEnum("valid", GreyscaleColors.GREY);
    client.paramEnum("null", null);
    assertEquals("The quick brown fox jumps over the lazy dog",
        client.responseStringWithResponse("valid", null).typedHeaders().value());
    // the server sends the text "null" (Express prints the null it is given) and an empty value
    assertEquals("null", client.responseStringWithResponse("null", null).typedHeaders().value());
    assertEquals("", client.responseStringWithResponse("empty", null).typedHeaders().value());
    assertEquals(GreyscaleColors.GREY, client.responseEnumWithResponse("valid", null).typedHeaders().value());
    assertNull(client.responseEnumWithResponse("null", null).typedHeaders().value());
  }

  @Test
  void datesDateTimesAndDurations() {
    client.paramDate("valid", LocalDate.of(2010, 1, 1));
    client.paramDate("min", LocalDate.of(1, 1, 1));
    client.paramDatetime("valid", VALID);
    client.paramDatetime("min", MIN);
    client.paramDatetimeRfc1123("valid", VALID);
    client.paramDatetimeRfc1123("min", MIN);
    client.paramDuration("valid", DURATION);
    assertEquals(LocalDate.of(2010, 1, 1), client.responseDateWithResponse("valid", null).typedHeaders().value());
    assertEquals(LocalDate.of(1, 1, 1), client.responseDateWithResponse("min", null).typedHeaders().value());
    assertEquals(VALID, client.responseDatetimeWithResponse("valid", null).typedHeaders().value());
    assertEquals(MIN, client.responseDatetimeWithResponse("min", null).typedHeaders().value());
    assertEquals(VALID, client.responseDatetimeRfc1123WithResponse("valid", null).typedHeaders().value());
    assertEquals(MIN, client.responseDatetimeRfc1123WithResponse("min", null).typedHeaders().value());
    assertEquals(DURATION, client.responseDurationWithResponse("valid", null).typedHeaders().value());
  }

  @Test
  void bytesAsBase64() {
    client.paramByte("valid", MULTIBYTE.getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(MULTIBYTE.getBytes(StandardCharsets.UTF_8),
        client.responseByteWithResponse("valid", null).typedHeaders().value());
  }

  @Test
  void customRequestIdThroughTheOptions() {
    ArmResponse<Void> response = client.customRequestIdWithResponse(
        new RequestOptions().header("x-ms-client-request-id", "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"));
    assertEquals(200, response.statusCode());
  }
}
