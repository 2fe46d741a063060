package io.armgen.generator.diagnostics;

/** How bad a diagnostic is. Errors fail the run; warnings fail it only under {@code --strict}. */
public enum Severity {
  /** The input cannot be generated from as it is; nothing is written. */
  ERROR,
  /** Something is generated, but maybe not as the spec's author meant. */
  WARNING,
  /** A note; never fails a run. */
  INFO
}
