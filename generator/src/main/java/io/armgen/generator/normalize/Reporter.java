package io.armgen.generator.normalize;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Diagnostics;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.model.SourceLocation;
import java.util.List;

/** Turns findings about a place in a document into located diagnostics. */
final class Reporter {
  private final Diagnostics diagnostics = new Diagnostics();

  void error(String code, SpecDocument doc, String pointer, String message) {
    add(Severity.ERROR, code, doc, pointer, message);
  }

  void warning(String code, SpecDocument doc, String pointer, String message) {
    add(Severity.WARNING, code, doc, pointer, message);
  }

  void info(String code, SpecDocument doc, String pointer, String message) {
    add(Severity.INFO, code, doc, pointer, message);
  }

  /** An error at an already located place (e.g. a setting in a configuration file). */
  void error(String code, SourceLocation at, String message) {
    diagnostics.add(new Diagnostic(Severity.ERROR, code, at.file(), at.pointer(), at.line(), at.column(), message));
  }

  /** A diagnostic at an already located place (e.g. a property's origin). */
  void warning(String code, SourceLocation at, String message) {
    diagnostics.add(new Diagnostic(Severity.WARNING, code, at.file(), at.pointer(), at.line(), at.column(), message));
  }

  /** An INFO diagnostic at an already located place. */
  void info(String code, SourceLocation at, String message) {
    diagnostics.add(new Diagnostic(Severity.INFO, code, at.file(), at.pointer(), at.line(), at.column(), message));
  }

  void add(Severity severity, String code, SpecDocument doc, String pointer, String message) {
    int[] pos = doc.positionOf(pointer);
    diagnostics.add(new Diagnostic(severity, code, doc.displayName(), pointer, pos[0], pos[1], message));
  }

  /** Where a node is, for the model's {@code origin} fields. */
  static SourceLocation locate(SpecDocument doc, String pointer) {
    int[] pos = doc.positionOf(pointer);
    return new SourceLocation(doc.displayName(), pointer, pos[0], pos[1]);
  }

  List<Diagnostic> all() {
    return diagnostics.all();
  }
}
