package io.armgen.runtime.xml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document element by element, for generated {@code writeXml} methods. Text and
 * attribute values are escaped; a null value writes nothing, an empty one an empty element.
 *
 * <pre>{@code
 * void writeXml(XmlWriter w, XmlName name) throws IOException {
 *   w.startElement(name);
 *   w.attribute("type", this.type);
 *   w.element("title", this.title);
 *   w.endElement();
 * }
 * }</pre>
 */
public final class XmlWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter stream;

  private XmlWriter(XMLStreamWriter stream) {
    this.stream = stream;
  }

  /**
   * The UTF-8 document, with an XML declaration, whose root element {@code root} writes.
   * Thread-safe.
   *
   * @param root writes exactly one element
   * @return the document
   * @throws IOException if {@code root} throws one, or misuses the writer
   * @throws NullPointerException if {@code root} is null
   */
  public static byte[] write(XmlWritable root) throws IOException {
    Objects.requireNonNull(root, "root");
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try {
      XMLStreamWriter stream;
      synchronized (FACTORY) {
        stream = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      }
      stream.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      root.writeXml(new XmlWriter(stream));
      stream.writeEndDocument();
      stream.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not write XML: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /**
   * Opens an element in no namespace.
   *
   * @param local the element's name
   * @throws IOException if the element structure is broken (such as an end with no open element)
   */
  public void startElement(String local) throws IOException {
    startElement(XmlName.of(local));
  }

  /**
   * Opens an element, declaring its namespace unless an enclosing element already did.
   *
   * @param name the element's name, namespace and prefix
   * @throws IOException if the element structure is broken (such as an end with no open element)
   */
  public void startElement(XmlName name) throws IOException {
    try {
      if (name.namespace() == null) {
        stream.writeStartElement(name.local());
        return;
      }
      String prefix = prefixOf(name);
      boolean declared = isDeclared(prefix, name.namespace());
      stream.writeStartElement(prefix, name.local(), name.namespace());
      if (!declared) {
        declare(prefix, name.namespace());
      }
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /**
   * Writes an attribute of the element just opened, in no namespace.
   *
   * @param local the attribute's name
   * @param value the value, escaped as needed; null writes nothing
   * @throws IOException if no element was just opened (text or a child came first)
   */
  public void attribute(String local, String value) throws IOException {
    attribute(XmlName.of(local), value);
  }

  /**
   * Writes an attribute of the element just opened, in a namespace when the name has one
   * (declared there unless already in scope).
   *
   * @param name the attribute's name, namespace and prefix
   * @param value the value, escaped as needed; null writes nothing
   * @throws IOException if no element was just opened (text or a child came first)
   */
  public void attribute(XmlName name, String value) throws IOException {
    if (value == null) {
      return;
    }
    try {
      if (name.namespace() == null) {
        stream.writeAttribute(name.local(), value);
        return;
      }
      String prefix = prefixOf(name);
      if (!prefix.isEmpty() && !isDeclared(prefix, name.namespace())) {
        declare(prefix, name.namespace());
      }
      stream.writeAttribute(prefix, name.namespace(), name.local(), value);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /**
   * Writes text content of the open element.
   *
   * @param value the text, escaped as needed; null or empty writes nothing
   * @throws IOException if no element is open
   */
  public void text(String value) throws IOException {
    if (value == null || value.isEmpty()) {
      return;
    }
    try {
      stream.writeCharacters(value);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /**
   * Closes the innermost open element.
   *
   * @throws IOException if the element structure is broken (such as an end with no open element)
   */
  public void endElement() throws IOException {
    try {
      stream.writeEndElement();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /**
   * Writes an element in no namespace holding only {@code text}.
   *
   * @param local the element's name
   * @param text the text, escaped as needed; null writes nothing, empty an empty element
   * @throws IOException if the element structure is broken (such as an end with no open element)
   */
  public void element(String local, String text) throws IOException {
    element(XmlName.of(local), text);
  }

  /**
   * Writes an element holding only {@code text}, in a namespace when the name has one.
   *
   * @param name the element's name, namespace and prefix
   * @param text the text, escaped as needed; null writes nothing, empty an empty element
   * @throws IOException if the element structure is broken (such as an end with no open element)
   */
  public void element(XmlName name, String text) throws IOException {
    if (text == null) {
      return;
    }
    startElement(name);
    text(text);
    endElement();
  }

  private static String prefixOf(XmlName name) {
    return name.prefix() == null ? "" : name.prefix();
  }

  private boolean isDeclared(String prefix, String namespace) {
    return namespace.equals(stream.getNamespaceContext().getNamespaceURI(prefix));
  }

  /** Declares {@code namespace} on the element just opened, as the default one for an empty prefix. */
  private void declare(String prefix, String namespace) throws XMLStreamException {
    if (prefix.isEmpty()) {
      stream.writeDefaultNamespace(namespace);
    } else {
      stream.writeNamespace(prefix, namespace);
    }
    stream.setPrefix(prefix, namespace);
  }

  private static IOException failed(XMLStreamException e) {
    return new IOException("could not write XML: " + e.getMessage(), e);
  }
}
