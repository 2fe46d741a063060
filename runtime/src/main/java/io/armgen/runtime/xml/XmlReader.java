package io.armgen.runtime.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML document element by element, for generated {@code fromXml} methods. The reader is
 * always on a start tag when a read function is called, and a read function leaves it on the
 * matching end tag. Names are matched by local name; namespaces are not checked when reading.
 *
 * <pre>{@code
 * static Slide fromXml(XmlReader r) throws IOException {
 *   Slide slide = new Slide();
 *   slide.type = r.attribute("type");
 *   while (r.nextChild()) {
 *     switch (r.name()) {
 *       case "title": slide.title = r.text(); break;
 *       default: r.skip();
 *     }
 *   }
 *   return slide;
 * }
 * }</pre>
 *
 * <p>Document type declarations and external entities are refused (no XXE).
 */
public final class XmlReader {
  private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlReader::newFactory);

  private final XMLStreamReader stream;

  private XmlReader(XMLStreamReader stream) {
    this.stream = stream;
  }

  /**
   * Reads the root element of {@code document} with {@code root}. Thread-safe.
   *
   * @param <T> the type read
   * @param document the whole document, in the encoding its declaration names (UTF-8 by default)
   * @param root reads the root element
   * @return the value, or null when the document is empty
   * @throws XmlReadException when the document is not well-formed XML, declares a document type,
   *     has content after the root element, or does not fit
   * @throws IOException when {@code root} throws one
   */
  public static <T> T read(byte[] document, XmlReadFunction<T> root) throws IOException {
    if (document.length == 0) {
      return null;
    }
    XMLStreamReader stream;
    try {
      stream = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(document));
    } catch (XMLStreamException e) {
      throw new XmlReadException("not an XML document: " + e.getMessage(), e.getLocation(), e);
    }
    try {
      while (stream.hasNext() && stream.next() != XMLStreamConstants.START_ELEMENT) {
        // prolog, comments, processing instructions
      }
      if (!stream.isStartElement()) {
        return null;
      }
      T value = root.read(new XmlReader(stream));
      while (stream.hasNext()) {
        int event = stream.next();
        if (event == XMLStreamConstants.START_ELEMENT
            || event == XMLStreamConstants.CHARACTERS && !stream.isWhiteSpace()) {
          throw new XmlReadException("unexpected content after the root element", stream.getLocation(), null);
        }
      }
      return value;
    } catch (XMLStreamException e) {
      throw new XmlReadException("malformed XML: " + e.getMessage(), e.getLocation(), e);
    } finally {
      try {
        stream.close();
      } catch (XMLStreamException e) {
        // nothing was left open: the input is an in-memory array
      }
    }
  }

  /**
   * The local name of the element the reader is on.
   *
   * @return the name, without prefix
   */
  public String name() {
    return stream.getLocalName();
  }

  /**
   * An attribute of the current element, matched by local name in any namespace.
   *
   * @param local the attribute's local name
   * @return the value, or null when the element has no such attribute
   */
  public String attribute(String local) {
    for (int i = 0; i < stream.getAttributeCount(); i++) {
      if (stream.getAttributeLocalName(i).equals(local)) {
        return stream.getAttributeValue(i);
      }
    }
    return null;
  }

  /**
   * An attribute of the current element converted by {@code parse} (with surrounding whitespace stripped).
   *
   * @param <T> the type read
   * @param local the attribute's local name
   * @param parse converts the text, such as {@link XmlText#parseInteger}
   * @return the value; null when the attribute is absent or empty
   * @throws XmlReadException when {@code parse} throws, naming the attribute and its text
   */
  public <T> T attribute(String local, Function<String, T> parse) throws IOException {
    return convert(attribute(local), parse, "attribute '" + local + "'");
  }

  /**
   * Moves to the next child element of the current element.
   *
   * @return true on a child's start tag; false on the current element's end tag (no more children)
   * @throws XmlReadException when the document is malformed or ends early
   */
  public boolean nextChild() throws IOException {
    try {
      while (true) {
        int event = stream.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          return true;
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          return false;
        }
        if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new XmlReadException("the XML document ends early", stream.getLocation(), null);
        }
      }
    } catch (XMLStreamException e) {
      throw new XmlReadException("malformed XML: " + e.getMessage(), e.getLocation(), e);
    }
  }

  /**
   * The text of the current element, leaving the reader on its end tag.
   *
   * @return the text, unstripped; empty when there is none
   * @throws XmlReadException when the element holds child elements, or the document is malformed
   */
  public String text() throws IOException {
    try {
      return stream.getElementText();
    } catch (XMLStreamException e) {
      throw new XmlReadException("expected text in <" + name() + ">: " + e.getMessage(), e.getLocation(), e);
    }
  }

  /**
   * The current element's text converted by {@code parse} (with surrounding whitespace stripped),
   * leaving the reader on its end tag.
   *
   * @param <T> the type read
   * @param parse converts the text, such as {@link XmlText#parseInteger}
   * @return the value; null when the element is empty
   * @throws XmlReadException when {@code parse} throws, naming the element and its text, or the
   *     element holds child elements
   */
  public <T> T value(Function<String, T> parse) throws IOException {
    String where = "<" + name() + ">";
    return convert(text(), parse, where);
  }

  /**
   * Skips the current element, children and all, leaving the reader on its end tag.
   *
   * @throws XmlReadException when the document is malformed or ends early
   */
  public void skip() throws IOException {
    try {
      int depth = 1;
      while (depth > 0) {
        int event = stream.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new XmlReadException("the XML document ends early", stream.getLocation(), null);
        }
      }
    } catch (XMLStreamException e) {
      throw new XmlReadException("malformed XML: " + e.getMessage(), e.getLocation(), e);
    }
  }

  /**
   * The children named {@code item} of the current element (a wrapped list); other children are skipped.
   *
   * @param <T> the item type
   * @param item the items' local name
   * @param reader reads one item
   * @return the items in document order, a mutable list; empty when there are none
   * @throws IOException when an item does not fit, or the document is malformed
   */
  public <T> List<T> children(String item, XmlReadFunction<T> reader) throws IOException {
    List<T> values = new ArrayList<>();
    while (nextChild()) {
      if (name().equals(item)) {
        values.add(reader.read(this));
      } else {
        skip();
      }
    }
    return values;
  }

  /**
   * Every child of the current element as name to value (an XML dictionary).
   *
   * @param <T> the value type
   * @param reader reads one child's value
   * @return a mutable map in document order; a repeated name keeps its last value
   * @throws IOException when a value does not fit, or the document is malformed
   */
  public <T> Map<String, T> entries(XmlReadFunction<T> reader) throws IOException {
    Map<String, T> values = new LinkedHashMap<>();
    while (nextChild()) {
      values.put(name(), reader.read(this));
    }
    return values;
  }

  private <T> T convert(String text, Function<String, T> parse, String where) throws IOException {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return parse.apply(text.strip());
    } catch (RuntimeException e) {
      throw new XmlReadException("cannot read " + where + " '" + text + "': " + e.getMessage(), stream.getLocation(), e);
    }
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  @Override
  public String toString() {
    return "XmlReader{" + (stream.isStartElement() || stream.isEndElement() ? "<" + name() + ">" : "") + "}";
  }
}
