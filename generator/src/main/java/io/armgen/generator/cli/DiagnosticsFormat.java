package io.armgen.generator.cli;

/** How diagnostics are printed. */
enum DiagnosticsFormat { text, json }
