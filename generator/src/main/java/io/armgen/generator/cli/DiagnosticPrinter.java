package io.armgen.generator.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Prints diagnostics as text lines or as one JSON array. */
final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  static void print(List<Diagnostic> diagnostics, DiagnosticsFormat format, PrintWriter err) {
    if (format == DiagnosticsFormat.json) {
      err.println(toJson(diagnostics));
    } else {
      for (Diagnostic d : diagnostics) {
        err.println(d.format());
      }
    }
    err.flush();
  }

  static String toJson(List<Diagnostic> diagnostics) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
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
