package io.armgen.e2e;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A long-running operation of the ARM stand-in: the first poll finds it in progress, the second
 * applies its effect and reports it done.
 *
 * @param finalStatus for Location polling, the status of the last poll (200 or 204)
 * @param effect what the operation does to the stand-in's state when it ends; returns the body of
 *     the last Location poll (may be null)
 */
record StubOperation(int finalStatus, java.util.function.Supplier<JsonNode> effect) {
  /** Polls that answer "in progress" before the operation ends. */
  static final int POLLS_IN_PROGRESS = 1;
}
