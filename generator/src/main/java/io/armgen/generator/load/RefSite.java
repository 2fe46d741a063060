package io.armgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code "$ref"} member found in a document.
 *
 * @param document where it is written
 * @param pointer pointer of the {@code $ref} member itself (ends in {@code /$ref})
 * @param value the member's value, normally a string
 * @param holder the object that holds the {@code $ref} member (the node at {@link #holderPointer()}),
 *     kept so that checks over every site need not navigate to it again
 */
record RefSite(SpecDocument document, String pointer, JsonNode value, JsonNode holder) {

  /** Pointer of the object that holds the {@code $ref}. */
  String holderPointer() {
    return pointer.substring(0, pointer.length() - "/$ref".length());
  }

  /** Within an {@code x-ms-examples} map: a missing target is only a warning. */
  boolean isExampleRef() {
    return pointer.contains("/x-ms-examples/");
  }

  int line() {
    return document.positionOf(pointer)[0];
  }

  int column() {
    return document.positionOf(pointer)[1];
  }
}
