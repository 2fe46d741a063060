package io.armgen.generator.emit;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.model.SourceLocation;
import java.util.List;

/**
 * Where the emitters say what they left out or simplified: one sentence about a model element,
 * located at that element (an operation, a model, a parameter, an example's entry), so that the
 * user sees the file and JSON pointer to look at.
 *
 * <p>For example {@code notes.note(operation.origin(), "operation X is left out: ...")}; the
 * emitter and the sample emitter turn each note into an {@value #CODE} warning.
 */
@FunctionalInterface
public interface EmitNotes {
  /** The code of the warning every note becomes. */
  String CODE = "EMIT_SIMPLIFIED";

  /**
   * Records a note.
   *
   * @param at the element the note is about
   * @param text one sentence: what was left out or simplified, and why
   */
  void note(SourceLocation at, String text);

  /**
   * A note as a located warning.
   *
   * @param at the element the note is about
   * @param text the note
   * @return an {@value #CODE} warning at {@code at}
   */
  static Diagnostic warning(SourceLocation at, String text) {
    return Diagnostic.warning(CODE, at.file(), at.pointer(), at.line(), at.column(), text);
  }

  /**
   * Notes that go into a list of diagnostics.
   *
   * @param diagnostics the list each note is added to, as a {@link #warning}
   * @return notes that add to {@code diagnostics}
   */
  static EmitNotes into(List<Diagnostic> diagnostics) {
    return (at, text) -> diagnostics.add(warning(at, text));
  }
}
