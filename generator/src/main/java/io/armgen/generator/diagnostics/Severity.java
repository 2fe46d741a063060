package io.armgen.generator.diagnostics;

/** How bad a diagnostic is. Errors fail the run; warnings fail it only under {@code --strict}. */
public enum Severity { ERROR, WARNING, INFO }
