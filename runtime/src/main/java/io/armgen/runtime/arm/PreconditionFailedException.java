package io.armgen.runtime.arm;

/** HTTP 412: an If-Match / If-None-Match condition did not hold; nothing was changed. */
public final class PreconditionFailedException extends ManagementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the request, the status and the ARM error's code and message
   * @param error the ARM error, or null when the body had none
   * @param rawBody the response body as text, capped; empty when none
   * @param requestId {@code x-ms-request-id} of the response, or null
   * @param clientRequestId {@code x-ms-client-request-id} of the request, or null
   */
  public PreconditionFailedException(String message, ManagementError error, String rawBody,
      String requestId, String clientRequestId) {
    super(message, 412, error, rawBody, requestId, clientRequestId, null);
  }
}
