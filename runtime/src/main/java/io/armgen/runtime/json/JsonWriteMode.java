package io.armgen.runtime.json;

/** Which properties a model writes. */
public enum JsonWriteMode {
  /** A request body: read-only properties are left out. */
  REQUEST,
  /** Everything the model holds, read-only properties included (round trips, caches, logs). */
  FULL
}
