package io.armgen.runtime.xml;

import java.io.IOException;

/** A value that writes itself as one complete XML element: the root of a request body. */
@FunctionalInterface
public interface XmlWritable {
  void writeXml(XmlWriter writer) throws IOException;
}
