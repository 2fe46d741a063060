package io.armgen.generator.emit;

import io.armgen.generator.diagnostics.Diagnostic;
import java.util.List;

/**
 * What {@link JavaEmitter} produced.
 *
 * @param files the Java sources, sorted by relative path
 * @param notes things the emitter left out or simplified (e.g. an operation with a non-model
 *     request body), one human-readable sentence each, in a deterministic order
 * @param problems the notes again as located warnings, and an error for every type or client the
 *     emitter could not write ({@code EMIT_UNSUPPORTED} for a shape it refuses,
 *     {@code INTERNAL_ERROR} for a bug); {@code files} lacks those
 */
public record EmitResult(List<GeneratedFile> files, List<String> notes, List<Diagnostic> problems) {
  /**
   * Copies the lists.
   *
   * @param files the Java sources
   * @param notes what was left out or simplified
   * @param problems the notes as warnings, and errors
   */
  public EmitResult {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
  }

  /**
   * A result without problems.
   *
   * @param files the Java sources
   * @param notes what was left out or simplified
   */
  public EmitResult(List<GeneratedFile> files, List<String> notes) {
    this(files, notes, List.of());
  }
}
