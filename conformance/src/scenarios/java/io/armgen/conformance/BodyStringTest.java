package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestswaggerbatservice.v1_0_0.EnumModelClient;
import io.armgen.conformance.autorestswaggerbatservice.v1_0_0.StringModelClient;
import io.armgen.conformance.autorestswaggerbatservice.v1_0_0.models.ColorConstant;
import io.armgen.conformance.autorestswaggerbatservice.v1_0_0.models.Colors;
import io.armgen.conformance.autorestswaggerbatservice.v1_0_0.models.RefColorConstant;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-string.json} and {@code body-string.quirks.json} (the same routes,
 * {@code dist/test-routes/string.js}): null, empty, whitespace and multi-byte strings, base64 and
 * base64url, enums, and constants (a single-value closed enum): a constant body is sent by the
 * client itself, a constant response is read as a plain string, and a constant model property is
 * filled in.
 */
@ExtendWith(TestServerExtension.class)
class BodyStringTest {
  /** Escaped: an editor that normalizes Unicode would turn its CJK compatibility ideographs into others. */
  static final String MULTI_BYTE = "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29\u02ca\u301e\u3021\uffe4\u2121\u3231"
      + "\u2010\u30fc\ufe61\ufe62\ufe6b\u3001\u3013\u2170\u2179\u2488\u20ac\u3220\u3229\u2160\u216b\uff01"
      + "\uffe3\u3041\u3093\u30a1\u30f6\u0391\ufe34\u0410\u042f\u0430\u044f\u0101\u0261\u3105\u3129\u2500"
      + "\u254b\ufe35\ufe44\ufe3b\ufe31\ufe33\ufe34\u2170\u2179\u0251\ue7c7\u0261\u3007\u303e\u2ffb\u2e81"
      + "\ue843\u4723\ue864\u20ac";
  static final String WHITESPACE = "    Now is the time for all good men to come to the aid of their country    ";

  private static StringModelClient strings;
  private static EnumModelClient enums;
  private static io.armgen.conformance.autorestswaggerbatservice.v1_0_0_2.StringModelClient quirks;

  @BeforeAll
  static void connect(TestServer server) {
    strings = ConformanceClients.configure(StringModelClient.builder(), server).build();
    enums = ConformanceClients.configure(EnumModelClient.builder(), server).build();
    quirks = ConformanceClients.configure(
        io.armgen.conformance.autorestswaggerbatservice.v1_0_0_2.StringModelClient.builder(), server).build();
  }

  @Test
  void nullAndNotProvided() {
    assertNull(strings.getNull());
    // the body is optional: left out, nothing is sent (the server checks there is no body)
    strings.putNull();
    assertNull(strings.getNotProvided());
    assertNull(quirks.getNull());
    quirks.putNull(null);
  }

  @Test
  void constantsAreSentByTheClient() {
    assertEquals("", strings.getEmpty());
    strings.putEmpty();
    assertEquals(WHITESPACE, strings.getWhitespace());
    strings.putWhitespace();
    assertEquals(MULTI_BYTE, strings.getMbcs());
    strings.putMbcs();
  }

  @Test
  void quirksSendTheSameValuesAsPlainStrings() {
    assertEquals("", quirks.getEmpty());
    quirks.putEmpty("");
    assertEquals(WHITESPACE, quirks.getWhitespace());
    quirks.putWhitespace(WHITESPACE);
    assertEquals(MULTI_BYTE, quirks.getMbcs());
    quirks.putMbcs(MULTI_BYTE);
  }

  @Test
  void base64() {
    byte[] text = "a string that gets encoded with base64url".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(text, strings.getBase64UrlEncoded());
    strings.putBase64UrlEncoded(text);
    assertArrayEquals("a string that gets encoded with base64".getBytes(StandardCharsets.UTF_8),
        strings.getBase64Encoded());
    assertNull(strings.getNullBase64UrlEncoded());
  }

  @Test
  void enums() {
    assertEquals(Colors.RED_COLOR, enums.getNotExpandable());
    enums.putNotExpandable(Colors.RED_COLOR);
    assertEquals(Colors.RED_COLOR, enums.getReferenced());
    enums.putReferenced(Colors.RED_COLOR);
  }

  @Test
  void constantPropertiesAreFilledIn() {
    RefColorConstant read = enums.getReferencedConstant();
    assertEquals("Sample String", read.field1());
    // not in the response, and the only value it can have
    assertEquals(ColorConstant.GREEN_COLOR, read.colorConstant());
    // the server expects exactly {"ColorConstant": "green-color"}
    enums.putReferencedConstant(new RefColorConstant());
  }
}
