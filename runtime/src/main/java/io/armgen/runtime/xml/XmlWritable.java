package io.armgen.runtime.xml;

import java.io.IOException;

/** A value that writes itself as one complete XML element: the root of a request body. */
@FunctionalInterface
public interface XmlWritable {
  /**
   * Writes this value as one element, opened and closed.
   *
   * @param writer where to write
   * @throws IOException if the writer fails
   */
  void writeXml(XmlWriter writer) throws IOException;
}
