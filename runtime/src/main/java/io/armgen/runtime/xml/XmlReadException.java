package io.armgen.runtime.xml;

import java.io.IOException;
import javax.xml.stream.Location;

/** An XML document that is malformed or does not fit the model it is read into. Names the line and column. */
public final class XmlReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was wrong
   * @param location where the reader was, appended to the message; may be null
   * @param cause the parser's exception, or null
   */
  public XmlReadException(String message, Location location, Throwable cause) {
    super(message + at(location), cause);
  }

  private static String at(Location location) {
    return location == null || location.getLineNumber() < 0 ? ""
        : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }
}
