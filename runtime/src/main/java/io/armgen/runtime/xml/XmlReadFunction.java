package io.armgen.runtime.xml;

import java.io.IOException;

/**
 * Reads one value from the element the reader is on, up to and including that element's end.
 * Generated models expose one as {@code Model::fromXml}.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface XmlReadFunction<T> {
  /**
   * Reads the element.
   *
   * @param reader the reader, on the element's start tag; leave it on the matching end tag
   * @return the value
   * @throws IOException if the element does not fit ({@link XmlReadException}) or is malformed
   */
  T read(XmlReader reader) throws IOException;
}
