package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads JSON numbers into Java's number types without losing anything silently: a fraction read
 * into an integer ({@code 1.9} is not {@code 1}), a value past the type's range ({@code 2147483656}
 * into an int32, {@code 1e999} into a double) and a non-number are {@link JsonReadException}s.
 * Numbers sent as strings ({@code "42"}) are read by the same rules; {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"} are accepted as strings for floating point only,
 * since JSON has no literal for them.
 */
final class JsonNumberReader {
  /** More integer digits than this cannot fit a long: no need to build the number to know. */
  private static final int LONG_DIGITS = 19;

  private JsonNumberReader() {}

  static Integer readInteger(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    BigDecimal exact = integral(p, "an int32");
    if (exact == null) {
      return null;
    }
    try {
      return exact.intValueExact();
    } catch (ArithmeticException e) {
      throw new JsonReadException("the number " + p.getText() + " is out of range for an int32", p);
    }
  }

  static Long readLong(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    BigDecimal exact = integral(p, "an int64");
    if (exact == null) {
      return null;
    }
    try {
      return exact.longValueExact();
    } catch (ArithmeticException e) {
      throw new JsonReadException("the number " + p.getText() + " is out of range for an int64", p);
    }
  }

  static Double readDouble(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    double value;
    if (t == JsonToken.VALUE_STRING) {
      String text = p.getText().trim();
      Double special = special(text);
      if (special != null) {
        return special;
      }
      value = decimal(p, text).doubleValue();
    } else {
      requireNumber(p);
      value = p.getDoubleValue();
    }
    if (Double.isInfinite(value)) {
      throw new JsonReadException("the number " + p.getText() + " is out of range for a double", p);
    }
    return value;
  }

  static Float readFloat(JsonParser p) throws IOException {
    Double value = readDouble(p);
    if (value == null) {
      return null;
    }
    float narrow = value.floatValue();
    if (Float.isInfinite(narrow) && !value.isInfinite()) {
      throw new JsonReadException("the number " + p.getText() + " is out of range for a float", p);
    }
    return narrow;
  }

  static BigDecimal readDecimal(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      return decimal(p, p.getText().trim());
    }
    requireNumber(p);
    return p.getDecimalValue();
  }

  /**
   * The number the parser is on, known to have no fraction (a whole number written {@code 3.0}
   * or {@code 3e2} is one); null for JSON null.
   */
  private static BigDecimal integral(JsonParser p, String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    BigDecimal value;
    if (t == JsonToken.VALUE_STRING) {
      value = decimal(p, p.getText().trim());
    } else {
      requireNumber(p);
      value = p.getDecimalValue();
    }
    if (value.precision() - value.scale() > LONG_DIGITS) {
      throw new JsonReadException("the number " + p.getText() + " is out of range for " + what, p);
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw new JsonReadException("the number " + p.getText() + " has a fraction; expected " + what, p);
    }
    return value;
  }

  private static BigDecimal decimal(JsonParser p, String text) throws IOException {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new JsonReadException("not a number: '" + text + "'", p);
    }
  }

  private static Double special(String text) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        return null;
    }
  }

  private static void requireNumber(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new JsonReadException("expected a number but found " + t, p);
    }
  }
}
