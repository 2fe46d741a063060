package io.armgen.runtime.media;

import io.armgen.runtime.http.RequestBody;
import io.armgen.runtime.xml.XmlReadFunction;
import io.armgen.runtime.xml.XmlReader;
import io.armgen.runtime.xml.XmlWritable;
import io.armgen.runtime.xml.XmlWriter;
import java.io.IOException;
import java.util.Objects;

/** An XML body ({@code application/xml}): a root element written by a generated model or list writer. */
public final class XmlContent implements RequestContent {
  /** The default XML media type. */
  public static final String APPLICATION_XML = "application/xml";

  private final XmlWritable root;
  private final String contentType;

  private XmlContent(XmlWritable root, String contentType) {
    this.root = Objects.requireNonNull(root, "root");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
  }

  /**
   * The document {@code root} writes, as {@value #APPLICATION_XML}.
   *
   * @param root writes the root element; called when the request is built
   * @return the content
   * @throws NullPointerException if {@code root} is null
   */
  public static XmlContent of(XmlWritable root) {
    return new XmlContent(root, APPLICATION_XML);
  }

  /**
   * The document {@code root} writes, under another media type.
   *
   * @param root writes the root element; called when the request is built
   * @param contentType the {@code Content-Type}, e.g. {@code text/xml}
   * @return the content
   * @throws NullPointerException if an argument is null
   */
  public static XmlContent of(XmlWritable root, String contentType) {
    return new XmlContent(root, contentType);
  }

  /**
   * Reads a response's root element with {@code root}.
   *
   * @param <T> the type read
   * @param root reads the root element, such as a generated {@code Model::fromXml}
   * @return the reader; an empty body reads as null
   * @throws NullPointerException if {@code root} is null
   */
  public static <T> ResponseContent<T> reader(XmlReadFunction<T> root) {
    Objects.requireNonNull(root, "root");
    return response -> XmlReader.read(response.body(), root);
  }

  @Override
  public String contentType() {
    return contentType;
  }

  /**
   * Writes the document as UTF-8.
   *
   * @throws IllegalArgumentException if the root's {@code writeXml} throws an {@link IOException}
   *     (the writer misused, such as an attribute after content)
   */
  @Override
  public RequestBody body() {
    try {
      return RequestBody.of(XmlWriter.write(root));
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
