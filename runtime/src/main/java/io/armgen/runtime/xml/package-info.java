/**
 * XML bodies read and written by streaming with the JDK's {@code javax.xml.stream}, no other
 * dependency. Generated models that travel as XML have a static {@code fromXml(XmlReader)} and a
 * {@code writeXml(XmlWriter, XmlName)}; the names, attributes, wrapped lists and text content come
 * from the Swagger {@code xml} objects and are decided by the generator, so nothing here looks at
 * annotations or reflects.
 */
package io.armgen.runtime.xml;
