package io.armgen.runtime.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and writing XML documents element by element. */
class XmlReaderWriterTest {
  private static byte[] xml(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String write(XmlWritable root) throws IOException {
    return new String(XmlWriter.write(root), StandardCharsets.UTF_8);
  }

  @Test
  void readsAttributesChildrenAndText() throws IOException {
    String doc = "<?xml version='1.0' encoding='UTF-8'?>\n<slideshow title=\"T\">\n  <slide type=\"all\">"
        + "<title>Wake up</title><item>a</item><item></item><unknown><deep/></unknown></slide>\n</slideshow>";
    List<String> read = XmlReader.read(xml(doc), r -> {
      assertEquals("slideshow", r.name());
      assertEquals("T", r.attribute("title"));
      assertNull(r.attribute("author"));
      assertTrue(r.nextChild());
      assertEquals("all", r.attribute("type"));
      List<String> values = new java.util.ArrayList<>();
      while (r.nextChild()) {
        switch (r.name()) {
          case "title", "item" -> values.add(r.name() + "=" + r.text());
          default -> r.skip();
        }
      }
      assertTrue(!r.nextChild(), "the slideshow has no second child");
      return values;
    });
    assertEquals(List.of("title=Wake up", "item=a", "item="), read);
  }

  @Test
  void readsWrappedListsMapsAndTypedValues() throws IOException {
    String doc = "<r n=\"42\"><list><x>1</x><y/><x>2</x></list><map><Color>blue</Color><Num>01</Num></map>"
        + "<when>2018-02-28T00:40:00.123Z</when><empty/></r>";
    Object[] read = XmlReader.read(xml(doc), r -> {
      Object[] out = new Object[5];
      out[0] = r.attribute("n", XmlText::parseInteger);
      r.nextChild();
      out[1] = r.children("x", x -> x.value(XmlText::parseLong));
      r.nextChild();
      out[2] = r.entries(XmlReader::text);
      r.nextChild();
      out[3] = r.value(XmlText::parseDateTime);
      r.nextChild();
      out[4] = r.value(XmlText::parseInteger);
      r.nextChild();
      return out;
    });
    assertEquals(42, read[0]);
    assertEquals(List.of(1L, 2L), read[1]);
    assertEquals(Map.of("Color", "blue", "Num", "01"), read[2]);
    assertEquals(OffsetDateTime.of(2018, 2, 28, 0, 40, 0, 123_000_000, ZoneOffset.UTC), read[3]);
    assertNull(read[4], "an empty element is no value for a non-string type");
  }

  @Test
  void anEmptyDocumentIsNull() throws IOException {
    assertNull(XmlReader.read(new byte[0], r -> "x"));
  }

  @Test
  void aValueThatDoesNotFitNamesWhereItIs() {
    XmlReadException e = assertThrows(XmlReadException.class,
        () -> XmlReader.read(xml("<r>\n<n>twelve</n></r>"), r -> {
          r.nextChild();
          return r.value(XmlText::parseInteger);
        }));
    assertTrue(e.getMessage().startsWith("cannot read <n> 'twelve'"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void malformedAndTrailingContentAreRefused() {
    assertThrows(XmlReadException.class, () -> XmlReader.read(xml("<a><b></a>"), r -> r.children("b", XmlReader::text)));
    assertThrows(XmlReadException.class, () -> XmlReader.read(xml("<a/><b/>"), r -> r.children("x", XmlReader::text)));
  }

  @Test
  void externalEntitiesAreNotResolved() {
    String doc = "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
    assertThrows(XmlReadException.class, () -> XmlReader.read(xml(doc), XmlReader::text));
  }

  @Test
  void writesElementsAttributesAndEscapedText() throws IOException {
    String doc = write(w -> {
      w.startElement("slideshow");
      w.attribute("title", "A \"quoted\" <title>");
      w.attribute("absent", null);
      w.element("empty", "");
      w.element("absent", null);
      w.element("text", "a & b < c");
      w.endElement();
    });
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><slideshow title=\"A &quot;quoted&quot; &lt;title&gt;\">"
        + "<empty></empty><text>a &amp; b &lt; c</text></slideshow>", doc);
  }

  @Test
  void declaresANamespaceOnceWithItsPrefix() throws IOException {
    String doc = write(w -> {
      w.startElement(XmlName.of("root", "urn:a", "a"));
      w.attribute(XmlName.of("lang", "urn:b", "b"), "en");
      w.element(XmlName.of("child", "urn:a", "a"), "x");
      w.endElement();
    });
    assertTrue(doc.endsWith("<a:root xmlns:a=\"urn:a\" xmlns:b=\"urn:b\" b:lang=\"en\"><a:child>x</a:child></a:root>"), doc);
  }

  @Test
  void aDefaultNamespaceIsDeclaredWithoutPrefix() throws IOException {
    String doc = write(w -> {
      w.startElement(XmlName.of("root", "urn:d", null));
      w.endElement();
    });
    assertTrue(doc.endsWith("<root xmlns=\"urn:d\"></root>"), doc);
  }

  @Test
  void textFormsAreRead() {
    byte[] bytes = "Hello world".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(bytes, XmlText.parseBytes("SGVsbG8g\nd29ybGQ="));
    assertEquals(OffsetDateTime.of(2018, 2, 28, 0, 40, 0, 0, ZoneOffset.UTC), XmlText.parseDateTime("2018-02-28T00:40:00"));
    OffsetDateTime modified = OffsetDateTime.of(2016, 10, 26, 20, 39, 39, 0, ZoneOffset.UTC);
    assertEquals(modified, XmlText.parseRfc1123("Wed, 26 Oct 2016 20:39:39 GMT"));
    assertEquals(modified, XmlText.parseUnixTime("1477514379"));
    assertEquals(Boolean.TRUE, XmlText.parseBoolean("1"));
    assertThrows(IllegalArgumentException.class, () -> XmlText.parseBoolean("yes"));
  }
}
