package io.armgen.generator.emit;

import java.util.List;

/**
 * What {@link JavaEmitter} produced.
 *
 * @param files the Java sources, sorted by relative path
 * @param notes things the emitter left out or simplified (e.g. an operation with a non-model
 *     request body), one human-readable sentence each, in a deterministic order
 */
public record EmitResult(List<GeneratedFile> files, List<String> notes) {
  public EmitResult {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
  }
}
