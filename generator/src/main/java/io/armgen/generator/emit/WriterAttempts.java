package io.armgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.InternalErrors;
import io.armgen.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one writer per generated file and turns what it throws into a diagnostic located at the
 * model element it was writing, so one unsupported shape (or one bug) costs that file, not the run
 * with a stack trace.
 */
final class WriterAttempts {
  /** A writer refused a shape it cannot emit faithfully (writers say so with IllegalArgumentException). */
  static final String EMIT_UNSUPPORTED = "EMIT_UNSUPPORTED";

  private final List<Diagnostic> problems = new ArrayList<>();

  /** The file {@code writer} makes, or empty after recording why it could not. */
  Optional<JavaFile> run(String what, SourceLocation at, Supplier<Optional<JavaFile>> writer) {
    try {
      return writer.get();
    } catch (IllegalArgumentException e) {
      problems.add(Diagnostic.error(EMIT_UNSUPPORTED, at.file(), at.pointer(), at.line(), at.column(),
          "cannot generate " + what + ": " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(InternalErrors.at("generating " + what, at.file(), at.pointer(), at.line(), at.column(), e));
    }
    return Optional.empty();
  }

  /**
   * True when {@code text}, the rendered file {@code path}, passes {@link SourceTextCheck}; else
   * records an internal error at {@code at} (spec text reached the file unescaped: a bug of ours,
   * so the file is not written rather than compiled into something else).
   */
  boolean soundSource(String path, SourceLocation at, String text) {
    Optional<String> problem = SourceTextCheck.problem(text);
    problem.ifPresent(p -> problems.add(InternalErrors.at("writing " + path, at.file(), at.pointer(), at.line(),
        at.column(), new IllegalStateException("spec text would change the generated code: " + p))));
    return problem.isEmpty();
  }

  /** Records an emitter note ({@link EmitNotes}) as a warning at the element it is about. */
  void note(SourceLocation at, String text) {
    problems.add(EmitNotes.warning(at, text));
  }

  List<Diagnostic> problems() {
    return problems;
  }
}
