package io.armgen.runtime.arm;

/** HTTP 412: an If-Match / If-None-Match condition did not hold; nothing was changed. */
public final class PreconditionFailedException extends ManagementException {
  private static final long serialVersionUID = 1L;

  public PreconditionFailedException(String message, ManagementError error, String rawBody,
      String requestId, String clientRequestId) {
    super(message, 412, error, rawBody, requestId, clientRequestId, null);
  }
}
