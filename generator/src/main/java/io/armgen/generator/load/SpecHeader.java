package io.armgen.generator.load;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The few top-level facts needed about a spec file before loading it: whether it is a Swagger 2.0
 * entry document (has operations), which decides what a folder search picks up in the CLI and the
 * Maven plugin alike, and its {@code info.version} (the API version the plugin's
 * {@code apiVersions} filter selects on). Streams the top level only and skips everything else,
 * so scanning a folder of large specs stays cheap.
 *
 * @param entry {@code "swagger": "2.0"} and a non-empty {@code paths} or {@code x-ms-paths}
 * @param apiVersion {@code info.version}, or null when absent
 */
public record SpecHeader(boolean entry, String apiVersion) {

  /**
   * Reads the header of {@code file}; empty when it does not parse as JSON/YAML. {@link
   * SpecProbe#of} also says why a file is not an entry.
   *
   * @param file the file
   * @return the header, or empty when the file does not parse
   */
  public static Optional<SpecHeader> read(Path file) {
    SpecProbe probe = SpecProbe.of(file);
    if (probe.outcome() == SpecProbe.Outcome.BROKEN) {
      return Optional.empty();
    }
    return Optional.of(new SpecHeader(probe.outcome() == SpecProbe.Outcome.ENTRY, probe.apiVersion()));
  }
}
