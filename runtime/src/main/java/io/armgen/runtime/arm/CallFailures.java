package io.armgen.runtime.arm;

import io.armgen.runtime.http.BodyTooLargeException;
import io.armgen.runtime.http.DeadlineExceededException;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.RequestCancelledException;
import io.armgen.runtime.internal.Futures;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** Turns what the pipeline fails with into the runtime's typed exceptions, naming the request id. */
final class CallFailures {
  private CallFailures() {}

  /** The typed exception for {@code failure} of {@code request} (unchecked ones pass as they are). */
  static RuntimeException typed(HttpRequest request, Throwable failure) {
    Throwable cause = Futures.unwrap(failure);
    String clientRequestId = ErrorResponses.clientRequestId(request, null);
    String ids = ErrorResponses.ids(null, clientRequestId);
    String what = ErrorResponses.describe(request);
    if (cause instanceof RequestCancelledException) {
      return new CallCancelledException(what + " was cancelled" + ids, clientRequestId, cause);
    }
    if (cause instanceof BodyTooLargeException e) {
      return new ResponseTooLargeException(what + " answered " + e.statusCode() + " with a body larger than the limit of "
          + e.limit() + " bytes (maxResponseBodySize); it was not read" + ids, e.statusCode(), e.limit(), clientRequestId, e);
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new ResponseTimeoutException(what + " could not connect within the connect timeout" + ids, clientRequestId, cause);
    }
    if (cause instanceof DeadlineExceededException e) {
      String figures = e.isCallDeadline() ? "got no complete response " + request.context().describeWait()
          : "got no response within " + e.limit() + " (the response timeout of an attempt; in all "
              + request.context().describeWait() + ")";
      return new ResponseTimeoutException(what + " " + figures + ids, clientRequestId, cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new ResponseTimeoutException(what + " got no response " + request.context().describeWait() + ids,
          clientRequestId, cause);
    }
    if (cause instanceof InterruptedIOException) {
      return new CallCancelledException(what + " was interrupted" + ids, clientRequestId, cause);
    }
    if (cause instanceof IOException e) {
      return new TransportException(what + " failed without a response: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()) + ids, clientRequestId, e);
    }
    return Futures.unchecked(cause);
  }
}
