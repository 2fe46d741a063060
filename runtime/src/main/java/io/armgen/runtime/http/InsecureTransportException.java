package io.armgen.runtime.http;

/** A bearer token would have been sent over plain http to a host that is not this machine; nothing was sent. */
public final class InsecureTransportException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the request and why it was refused
   */
  public InsecureTransportException(String message) {
    super(message);
  }
}
