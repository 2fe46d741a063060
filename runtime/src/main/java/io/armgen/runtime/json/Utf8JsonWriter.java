package io.armgen.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The runtime's JSON writer: UTF-8 into a growing byte array, byte for byte what jackson-core's
 * {@code UTF8JsonGenerator} writes with its default settings (no spaces; {@code "}, {@code \} and
 * control characters escaped, {@code \b \t \n \f \r} short and the rest as <code>&#92;u00XX</code>; every
 * other character as UTF-8, except surrogates, see below; numbers as {@code Long.toString},
 * {@code Float.toString}, {@code Double.toString}, {@code BigDecimal.toString}, non-finite ones as
 * strings).
 *
 * <p>A string is written run by run: the characters up to the next one that needs an escape or is
 * not ASCII are checked in a tight loop that only reads, then copied in one go.
 *
 * <p>Surrogates. For bytes (request bodies) every surrogate char is written as its six-character
 * escape (<code>&#92;uD83D</code>), a pair as two escapes, as jackson-core does; a lone surrogate is escaped too, so the
 * bytes are always well-formed UTF-8 and a reader gets the same Java string back. For text
 * ({@link Json#writeString}, {@code toJsonString()}) a pair is written as the character itself,
 * as jackson-core's {@code Writer}-based generator does, but a lone surrogate is still escaped:
 * that generator put the raw char into the text, which no UTF-8 encoder can write (it becomes
 * {@code ?}), while the escape reads back as the same string.
 */
final class Utf8JsonWriter extends JsonWriter {
  private static final int INITIAL_CAPACITY = 512;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LONG_MIN = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

  /** Per ASCII char: 0 when written as it is, else the letter after the backslash ({@code u}: four hex digits follow). */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  private final boolean text;
  private byte[] buffer = new byte[INITIAL_CAPACITY];
  private int length;

  /** Per open container, innermost last: true for an object. */
  private boolean[] objects = new boolean[16];
  private int depth;
  /** The innermost container already holds a value, so the next one needs a comma. */
  private boolean needComma;
  /** A field name was written; its value comes next. */
  private boolean afterName;
  private boolean complete;

  private Utf8JsonWriter(boolean text) {
    this.text = text;
  }

  /** A writer for UTF-8 bytes, e.g. a request body. */
  static Utf8JsonWriter forBytes() {
    return new Utf8JsonWriter(false);
  }

  /** A writer for text ({@link #toText()}): surrogate pairs written as the characters, see the class comment. */
  static Utf8JsonWriter forText() {
    return new Utf8JsonWriter(true);
  }

  /** {@code "name":} as {@link #forBytes()} writes it, for {@link JsonFieldName}. */
  static byte[] encodeFieldName(String name) {
    Utf8JsonWriter writer = forBytes();
    writer.quote(name);
    writer.ensure(1);
    writer.buffer[writer.length++] = ':';
    return Arrays.copyOf(writer.buffer, writer.length);
  }

  /** The bytes written; an empty array when nothing was. */
  byte[] toByteArray() {
    requireClosed();
    return Arrays.copyOf(buffer, length);
  }

  /** The text written; empty when nothing was. */
  String toText() {
    requireClosed();
    return new String(buffer, 0, length, StandardCharsets.UTF_8);
  }

  @Override
  public void writeStartObject() {
    open(true, '{');
  }

  @Override
  public void writeEndObject() {
    close(true, '}');
  }

  @Override
  public void writeStartArray() {
    open(false, '[');
  }

  @Override
  public void writeEndArray() {
    close(false, ']');
  }

  @Override
  public void writeFieldName(String name) {
    beforeName(name.length() + 3);
    quote(name);
    ensure(1);
    buffer[length++] = ':';
    afterName = true;
  }

  @Override
  public void writeFieldName(JsonFieldName name) {
    if (text && name.hasSurrogates()) {
      writeFieldName(name.value());
      return;
    }
    byte[] encoded = name.encoded();
    beforeName(encoded.length);
    System.arraycopy(encoded, 0, buffer, length, encoded.length);
    length += encoded.length;
    afterName = true;
  }

  @Override
  public void writeString(String value) {
    if (value == null) {
      writeNull();
      return;
    }
    beforeValue(value.length() + 2);
    quote(value);
    afterValue();
  }

  @Override
  public void writeNumber(int value) {
    writeNumber((long) value);
  }

  @Override
  public void writeNumber(long value) {
    beforeValue(LONG_MIN.length);
    if (value == Long.MIN_VALUE) {
      System.arraycopy(LONG_MIN, 0, buffer, length, LONG_MIN.length);
      length += LONG_MIN.length;
    } else {
      long rest = value;
      if (rest < 0) {
        buffer[length++] = '-';
        rest = -rest;
      }
      int end = length + digits(rest);
      for (int at = end - 1; at >= length; at--) {
        buffer[at] = (byte) ('0' + rest % 10);
        rest /= 10;
      }
      length = end;
    }
    afterValue();
  }

  @Override
  public void writeNumber(float value) {
    if (Float.isFinite(value)) {
      writeNumberText(Float.toString(value));
    } else {
      writeString(Float.toString(value));
    }
  }

  @Override
  public void writeNumber(double value) {
    if (Double.isFinite(value)) {
      writeNumberText(Double.toString(value));
    } else {
      writeString(Double.toString(value));
    }
  }

  @Override
  public void writeNumber(BigDecimal value) {
    if (value == null) {
      writeNull();
    } else {
      writeNumberText(value.toString());
    }
  }

  @Override
  public void writeNumber(BigInteger value) {
    if (value == null) {
      writeNull();
    } else {
      writeNumberText(value.toString());
    }
  }

  @Override
  public void writeBoolean(boolean value) {
    writeLiteral(value ? "true" : "false");
  }

  @Override
  public void writeNull() {
    writeLiteral("null");
  }

  // ---- structure ----

  private void open(boolean object, char bracket) {
    beforeValue(1);
    buffer[length++] = (byte) bracket;
    if (depth == objects.length) {
      objects = Arrays.copyOf(objects, depth * 2);
    }
    objects[depth++] = object;
    needComma = false;
  }

  private void close(boolean object, char bracket) {
    if (depth == 0 || objects[depth - 1] != object) {
      throw new IllegalStateException("no open " + (object ? "object" : "array") + " to end");
    }
    if (afterName) {
      throw new IllegalStateException("an object ended after a field name, before its value");
    }
    depth--;
    ensure(1);
    buffer[length++] = (byte) bracket;
    afterValue();
  }

  /** Checks that a field name may come next and makes room for it and a comma. */
  private void beforeName(int size) {
    if (depth == 0 || !objects[depth - 1]) {
      throw new IllegalStateException("a field name outside an object");
    }
    if (afterName) {
      throw new IllegalStateException("a field name where the previous field's value belongs");
    }
    ensure(size + 1);
    if (needComma) {
      buffer[length++] = ',';
    }
  }

  /** Checks that a value may come next and makes room for it and a comma. */
  private void beforeValue(int size) {
    ensure(size + 1);
    if (afterName) {
      afterName = false;
    } else if (depth == 0) {
      if (complete) {
        throw new IllegalStateException("a second value after the complete JSON value");
      }
    } else if (objects[depth - 1]) {
      throw new IllegalStateException("a value in an object without a field name");
    } else if (needComma) {
      buffer[length++] = ',';
    }
  }

  private void afterValue() {
    needComma = true;
    complete = depth == 0;
  }

  private void requireClosed() {
    if (depth > 0 || afterName) {
      throw new IllegalStateException("the JSON value is incomplete: " + depth + " object(s) or array(s) not ended");
    }
  }

  private void ensure(int size) {
    if (length + size > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + size));
    }
  }

  // ---- scalars ----

  private void writeLiteral(String literal) {
    beforeValue(literal.length());
    copyAscii(literal, 0, literal.length());
    afterValue();
  }

  private void writeNumberText(String number) {
    beforeValue(number.length());
    copyAscii(number, 0, number.length());
    afterValue();
  }

  /** Decimal digits of {@code value >= 0}. */
  private static int digits(long value) {
    int count = 1;
    for (long limit = 10; count < 19 && value >= limit; limit *= 10) {
      count++;
    }
    return count;
  }

  /** {@code value} in quotes, escaped; see the class comment. */
  private void quote(String value) {
    int end = value.length();
    ensure(end + 2);
    buffer[length++] = '"';
    int at = 0;
    while (true) {
      int runEnd = at;
      while (runEnd < end) {
        char c = value.charAt(runEnd);
        if (c >= 0x80 || ESCAPES[c] != 0) {
          break;
        }
        runEnd++;
      }
      copyAscii(value, at, runEnd);
      if (runEnd == end) {
        break;
      }
      at = writeSpecial(value, runEnd);
    }
    ensure(1);
    buffer[length++] = '"';
  }

  /**
   * Copies chars {@code from..to} of {@code ascii}, known to be ASCII, as bytes. The deprecated
   * {@link String#getBytes(int, int, byte[], int)} keeps each char's low byte, which is exact for
   * ASCII, and is a single array copy for a compact (Latin-1) string.
   */
  @SuppressWarnings("deprecation")
  private void copyAscii(String ascii, int from, int to) {
    ascii.getBytes(from, to, buffer, length);
    length += to - from;
  }

  /**
   * Writes the char at {@code at}, which needs an escape or is not ASCII, and makes room for the
   * rest of the string; returns the index after the chars written (two for a pair in text).
   */
  private int writeSpecial(String value, int at) {
    ensure(12 + value.length() - at);
    char c = value.charAt(at);
    byte[] out = buffer;
    if (c < 0x80) {
      byte escape = ESCAPES[c];
      if (escape == 'u') {
        writeUnicodeEscape(c);
      } else {
        out[length++] = '\\';
        out[length++] = escape;
      }
    } else if (c < 0x800) {
      out[length++] = (byte) (0xC0 | (c >> 6));
      out[length++] = (byte) (0x80 | (c & 0x3F));
    } else if (!Character.isSurrogate(c)) {
      out[length++] = (byte) (0xE0 | (c >> 12));
      out[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      out[length++] = (byte) (0x80 | (c & 0x3F));
    } else if (text && Character.isHighSurrogate(c) && at + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(at + 1))) {
      int codePoint = Character.toCodePoint(c, value.charAt(at + 1));
      out[length++] = (byte) (0xF0 | (codePoint >> 18));
      out[length++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
      out[length++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
      out[length++] = (byte) (0x80 | (codePoint & 0x3F));
      return at + 2;
    } else {
      writeUnicodeEscape(c);
    }
    return at + 1;
  }

  private void writeUnicodeEscape(char c) {
    byte[] out = buffer;
    out[length++] = '\\';
    out[length++] = 'u';
    out[length++] = HEX[c >> 12];
    out[length++] = HEX[(c >> 8) & 0xF];
    out[length++] = HEX[(c >> 4) & 0xF];
    out[length++] = HEX[c & 0xF];
  }
}
