package io.armgen.runtime.arm;

/**
 * {@code x-ms-long-running-operation-options: final-state-via}: where the result of a finished
 * long-running operation is read. Generated code passes the spec's choice; how the operation is
 * polled does not depend on it.
 */
public enum FinalStateVia {
  /**
   * No {@code final-state-via} in the spec: ARM's rules for the method. PUT and PATCH read the
   * resource at the original URI; DELETE has no result (or the last Location poll's body); POST
   * reads the Location URL when one was sent, else the async-operation body.
   */
  DEFAULT,
  /**
   * {@code azure-async-operation}: POST and DELETE read the final {@code Azure-AsyncOperation}
   * body (null when empty); PUT and PATCH still read the original URI.
   */
  AZURE_ASYNC_OPERATION,
  /**
   * {@code location}: the body of the Location poll that ended the operation, else a GET of the
   * {@code Location} URL; without a Location header, as {@link #DEFAULT}.
   */
  LOCATION,
  /** {@code original-uri}: a GET of the URI of the request that started the operation. */
  ORIGINAL_URI
}
