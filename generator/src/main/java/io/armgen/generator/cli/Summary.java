package io.armgen.generator.cli;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.model.ApiModel;
import io.armgen.generator.model.Service;
import java.util.List;

/** The one-line summaries the CLI prints; spec text in them is {@link TerminalText escaped}. */
final class Summary {
  private Summary() {}

  static String service(Service s) {
    return TerminalText.escape(s.name() + " " + s.apiVersion() + " -> " + s.javaPackage() + ": " + types(s) + " types, "
        + operations(s) + " operations (" + s.sourceFile() + ")");
  }

  static String totals(ApiModel model) {
    int types = 0;
    int ops = 0;
    for (Service s : model.services()) {
      types += types(s);
      ops += operations(s);
    }
    return model.services().size() + " services, " + types + " types, " + ops + " operations";
  }

  static String problems(List<Diagnostic> ds) {
    long errors = ds.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = ds.stream().filter(d -> d.severity() == Severity.WARNING).count();
    return errors + " errors, " + warnings + " warnings";
  }

  /** The note that says why warnings failed the run: " (--strict: warnings count as errors)" or "". */
  static String strictNote(boolean strict) {
    return strict ? " (--strict: warnings count as errors)" : "";
  }

  private static int types(Service s) {
    return s.objects().size() + s.enums().size();
  }

  private static int operations(Service s) {
    return s.groups().stream().mapToInt(g -> g.operations().size()).sum();
  }

}
