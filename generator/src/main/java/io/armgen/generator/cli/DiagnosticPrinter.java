package io.armgen.generator.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Prints diagnostics as text lines or as one JSON array. Spec text in them (file names, pointers,
 * names in messages) reaches the terminal escaped: in text lines by {@link TerminalText}, in JSON as
 * JSON escapes, which Jackson writes for control characters and {@link #JSON_ESCAPES} for the
 * format characters and separators it would write raw.
 */
final class DiagnosticPrinter {
  /** Jackson's standard escapes plus {@code \}{@code uXXXX} for what {@link TerminalText} escapes. */
  static final CharacterEscapes JSON_ESCAPES = new TerminalSafeJsonEscapes();

  private DiagnosticPrinter() {}

  static void print(List<Diagnostic> diagnostics, DiagnosticsFormat format, PrintWriter err) {
    if (format == DiagnosticsFormat.json) {
      err.println(toJson(diagnostics));
    } else {
      for (Diagnostic d : diagnostics) {
        err.println(TerminalText.escape(d.format()));
      }
    }
    err.flush();
  }

  static String toJson(List<Diagnostic> diagnostics) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out).setCharacterEscapes(JSON_ESCAPES)) {
      g.writeStartArray();
      for (Diagnostic d : diagnostics) {
        g.writeStartObject();
        g.writeStringField("severity", d.severity().name().toLowerCase(Locale.ROOT));
        g.writeStringField("code", d.code());
        g.writeStringField("file", d.file());
        g.writeStringField("pointer", d.pointer());
        g.writeNumberField("line", d.line());
        g.writeNumberField("column", d.column());
        g.writeStringField("message", d.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** True when the run must fail: any error, or any warning under --strict. */
  static boolean fails(List<Diagnostic> diagnostics, boolean strict) {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR
        || (strict && d.severity() == Severity.WARNING));
  }
}
