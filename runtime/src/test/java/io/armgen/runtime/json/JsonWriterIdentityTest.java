package io.armgen.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runtime's writer writes byte for byte what jackson-core's generators write for the same
 * calls: seeded random values with strings of every escape class and numbers at their edges, and
 * one value per class picked out by hand, so that a failure names the class.
 */
class JsonWriterIdentityTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bytesAreJacksonsUtf8Output(long seed) {
    Object value = new RandomJsonValues(seed, true).value(4);
    assertBytes(JacksonReference.bytes(value), ours(value));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void textIsJacksonsWriterOutput(long seed) {
    Object value = new RandomJsonValues(seed, false).value(4);
    assertEquals(JacksonReference.text(value), Json.writeString((w, mode) -> JacksonReference.writeOurs(w, value),
        JsonWriteMode.FULL));
  }

  static Stream<String> stringsOfEveryClass() {
    return Stream.of("", "plain ascii ~!@#$%^&*()_+`-={}|[]:;'<>?,./", "\u0000\u0001\u0007\u001f",
        "\b\t\n\f\r", "quote \" backslash \\ slash / del \u007f", "latin \u00e9\u00ff\u0080",
        "two bytes \u0100\u07ff", "three bytes \u0800\u20ac\ud7ff\ue000\ufffd\uffff",
        "separators \u2028 and \u2029", "pair \ud83d\ude00 and \udbff\udfff", "lone high \ud800 end", "\udc00",
        "low then high \udc00\ud800", "high high low \udbff\udbff\udc00", "x".repeat(1000) + "\"" + "y".repeat(1000),
        "\u00e9".repeat(700), "\ud83d\ude00".repeat(300));
  }

  @ParameterizedTest
  @MethodSource("stringsOfEveryClass")
  void stringsAndFieldNamesOfEveryEscapeClass(String s) {
    assertBytes(JacksonReference.bytes(s), ours(s));
    Map<String, Object> object = new LinkedHashMap<>();
    object.put(s, s);
    object.put(s + "2", 1);
    assertBytes(JacksonReference.bytes(object), ours(object));
  }

  static Stream<Object> numbersAtTheEdges() {
    List<Object> numbers = new ArrayList<>(List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0L, Long.MIN_VALUE,
        Long.MAX_VALUE, -1000000000000000000L, 0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE, Float.MAX_VALUE, 0.1f, 1.0E-5f, 1.0E7f, 0d, -0d, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 0.1, 1.0E-3, 1.0E7, 2.0E-3, 1e21,
        (double) 0.1f, new BigDecimal("0.000"), new BigDecimal("1E+3"), new BigDecimal("-1E-7"),
        new BigDecimal("100"), BigDecimal.valueOf(1, -5), new BigInteger("-123456789012345678901234567890")));
    numbers.add(List.of(1, 2L, 3.0f, 4.0d));
    return numbers.stream();
  }

  @ParameterizedTest
  @MethodSource("numbersAtTheEdges")
  void numbersAtTheEdgesAreWrittenAsJacksonWritesThem(Object number) {
    assertBytes(JacksonReference.bytes(number), ours(number));
    assertBytes(JacksonReference.bytes(List.of(number, number)), ours(List.of(number, number)));
  }

  private static byte[] ours(Object value) {
    return Json.writeBytes((w, mode) -> JacksonReference.writeOurs(w, value), JsonWriteMode.FULL);
  }

  /** Compared as Latin-1 text, so a failure shows where the bytes differ. */
  static void assertBytes(byte[] expected, byte[] actual) {
    assertEquals(new String(expected, StandardCharsets.ISO_8859_1), new String(actual, StandardCharsets.ISO_8859_1));
  }
}
