package io.armgen.runtime.arm;

/** {@code x-ms-long-running-operation-options: final-state-via}: where the final result is read. */
public enum FinalStateVia {
  /** ARM's default rules for the method (PUT/PATCH: original URI; DELETE/POST: Location if sent). */
  DEFAULT,
  AZURE_ASYNC_OPERATION,
  LOCATION,
  ORIGINAL_URI
}
