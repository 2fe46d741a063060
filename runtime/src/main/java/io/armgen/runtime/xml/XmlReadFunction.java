package io.armgen.runtime.xml;

import java.io.IOException;

/**
 * Reads one value from the element the reader is on, up to and including that element's end.
 * Generated models expose one as {@code Model::fromXml}.
 */
@FunctionalInterface
public interface XmlReadFunction<T> {
  T read(XmlReader reader) throws IOException;
}
