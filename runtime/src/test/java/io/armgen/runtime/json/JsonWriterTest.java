package io.armgen.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the runtime's writer does besides matching jackson-core byte for byte (see JsonWriterIdentityTest). */
class JsonWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"x\ud800y", "\udc00", "\udbff\udbff\udc00", "\ude00\ud83d", "end \ud83d"})
  void aLoneSurrogateIsEscapedInTextAndReadsBackAsTheSameString(String s) throws IOException {
    String text = Json.writeString((w, mode) -> w.writeString(s), JsonWriteMode.FULL);
    assertTrue(hasOnlyPairs(text), text);
    assertEquals(s, Json.parse(text, Json::readString));
    assertEquals(s, Json.parse(text.getBytes(StandardCharsets.UTF_8), Json::readString),
        "the text encodes to UTF-8 without losing the surrogate");
  }

  @Test
  void aSurrogatePairIsEscapedInBytesAndItselfInText() throws IOException {
    String smile = "\ud83d\ude00";
    byte[] bytes = Json.writeBytes((w, mode) -> w.writeString(smile), JsonWriteMode.FULL);
    assertEquals("\"\\uD83D\\uDE00\"", new String(bytes, StandardCharsets.US_ASCII));
    assertEquals("\"" + smile + "\"", Json.writeString((w, mode) -> w.writeString(smile), JsonWriteMode.FULL));
    assertEquals(smile, Json.parse(bytes, Json::readString));
  }

  @Test
  void aPreEncodedNameWithAPairIsWrittenAsTextLikeAPlainName() {
    JsonFieldName name = JsonFieldName.of("k\ud83d\ude00");
    JsonWritable withConstant = (w, mode) -> {
      w.writeStartObject();
      w.writeFieldName(name);
      w.writeNull();
      w.writeEndObject();
    };
    assertEquals("{\"k\ud83d\ude00\":null}", Json.writeString(withConstant, JsonWriteMode.FULL));
    assertEquals("{\"k\\uD83D\\uDE00\":null}", new String(Json.writeBytes(withConstant, JsonWriteMode.FULL),
        StandardCharsets.US_ASCII));
  }

  @Test
  void writesThroughAJacksonGeneratorOfTheCallersOwn() throws IOException {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("id", "/subscriptions/x");
    value.put("tags", Map.of("env", "prod"));
    value.put("sizes", List.of(1, 2.5));
    JsonFactory factory = new JsonFactory();
    StringWriter expected = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(expected).useDefaultPrettyPrinter()) {
      JacksonReference.writeJackson(g, value);
    }
    StringWriter actual = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(actual).useDefaultPrettyPrinter()) {
      JacksonReference.writeOurs(JsonWriter.of(g), value);
    }
    assertEquals(expected.toString(), actual.toString());
    assertTrue(actual.toString().contains("\n"), "the caller's pretty printer is used");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100);
  }

  /**
   * {@link Json#writeUntyped} against jackson-core given the calls it made on a jackson generator
   * before the runtime had its own writer: integers of every width through {@code longValue()}.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void untypedValuesAreWrittenAsBefore(long seed) {
    Object value = widenIntegers(new RandomJsonValues(seed, true).value(4));
    byte[] ours = Json.writeBytes((w, mode) -> Json.writeUntyped(w, value, mode), JsonWriteMode.FULL);
    JsonWriterIdentityTest.assertBytes(JacksonReference.bytes(value), ours);
  }

  @Test
  void untypedShortsBytesAndOtherNumbersAreWrittenAsLongs() {
    List<Object> numbers = Arrays.asList((short) -3, (byte) 7, new java.util.concurrent.atomic.AtomicLong(5), null);
    byte[] ours = Json.writeBytes((w, mode) -> Json.writeUntyped(w, numbers, mode), JsonWriteMode.FULL);
    assertEquals("[-3,7,5,null]", new String(ours, StandardCharsets.US_ASCII));
  }

  /** writeUntyped writes Integer as a long: the reference gets Longs, which it writes the same way. */
  private static Object widenIntegers(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(widenIntegers(item)));
      return copy;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, widenIntegers(v)));
      return copy;
    }
    return value;
  }

  @Test
  void aFieldNameOutsideAnObjectIsRefused() {
    assertMisuse(w -> w.writeFieldName("a"));
    assertMisuse(w -> {
      w.writeStartArray();
      w.writeFieldName(JsonFieldName.of("a"));
    });
  }

  @Test
  void aValueInAnObjectWithoutANameIsRefused() {
    assertMisuse(w -> {
      w.writeStartObject();
      w.writeString("a");
    });
  }

  @Test
  void twoNamesInARowAreRefused() {
    assertMisuse(w -> {
      w.writeStartObject();
      w.writeFieldName("a");
      w.writeFieldName("b");
    });
  }

  @Test
  void endsMustMatchTheirStarts() {
    assertMisuse(JsonWriter::writeEndObject);
    assertMisuse(w -> {
      w.writeStartArray();
      w.writeEndObject();
    });
    assertMisuse(w -> {
      w.writeStartObject();
      w.writeFieldName("a");
      w.writeEndObject();
    });
  }

  @Test
  void aSecondTopLevelValueIsRefused() {
    assertMisuse(w -> {
      w.writeNumber(1);
      w.writeNumber(2);
    });
  }

  @Test
  void anUnclosedValueIsRefusedWhenTheOutputIsTaken() {
    assertThrows(IllegalStateException.class, () -> Json.writeBytes((w, mode) -> w.writeStartArray(),
        JsonWriteMode.FULL));
    assertThrows(IllegalStateException.class, () -> Json.writeString((w, mode) -> {
      w.writeStartObject();
      w.writeFieldName("a");
    }, JsonWriteMode.FULL));
  }

  @Test
  void nothingWrittenIsAnEmptyBody() {
    assertArrayEquals(new byte[0], Json.writeBytes((w, mode) -> { }, JsonWriteMode.FULL));
  }

  @Test
  void nullStringsAndNumbersAreJsonNull() {
    byte[] ours = Json.writeBytes((w, mode) -> {
      w.writeStartArray();
      w.writeString(null);
      w.writeNumber((BigDecimal) null);
      w.writeNumber((java.math.BigInteger) null);
      w.writeEndArray();
    }, JsonWriteMode.FULL);
    assertEquals("[null,null,null]", new String(ours, StandardCharsets.US_ASCII));
  }

  @Test
  void deepNestingGrowsTheWriter() {
    Object value = "leaf";
    for (int i = 0; i < 300; i++) {
      value = i % 2 == 0 ? List.of(value) : Map.of("k" + i, value);
    }
    Object nested = value;
    JsonWriterIdentityTest.assertBytes(JacksonReference.bytes(nested),
        Json.writeBytes((w, mode) -> JacksonReference.writeOurs(w, nested), JsonWriteMode.FULL));
  }

  private interface Calls {
    void on(JsonWriter w) throws IOException;
  }

  private static void assertMisuse(Calls calls) {
    assertThrows(IllegalStateException.class, () -> Json.writeBytes((w, mode) -> calls.on(w), JsonWriteMode.FULL));
  }

  private static boolean hasOnlyPairs(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
