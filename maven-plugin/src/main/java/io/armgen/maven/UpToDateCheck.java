package io.armgen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Decides whether an execution can skip generating, from the state its last successful run left
 * in {@code target/armgen/<execution id>.fingerprint}. Up to date means: same generator version,
 * same configuration, and every file the last run read (entries, {@code $ref} targets, examples),
 * every current spec candidate and the output folder's manifest still hash the same.
 */
final class UpToDateCheck {
  private final Path stateFile;
  private final String generatorVersion;
  private final String configuration;

  /**
   * @param stateFile where this execution's fingerprint lives
   * @param configuration the execution's settings, one canonical string
   */
  UpToDateCheck(Path stateFile, String generatorVersion, String configuration) {
    this.stateFile = stateFile;
    this.generatorVersion = generatorVersion;
    this.configuration = configuration;
  }

  /** True when nothing that went into the last output has changed. */
  boolean isUpToDate(Collection<Path> candidates) throws IOException {
    Optional<FingerprintFile> recorded = FingerprintFile.read(stateFile);
    if (recorded.isEmpty()) {
      return false;
    }
    SortedSet<Path> files = union(recorded.get().files(), candidates, List.of());
    return recorded.get().fingerprint().equals(Fingerprint.compute(generatorVersion, configuration, files));
  }

  /** Drops the recorded state, so a failed or interrupted run is never taken as up to date. */
  void forget() throws IOException {
    Files.deleteIfExists(stateFile);
  }

  /** Records a successful run that read {@code inputFiles} and wrote the outputs whose manifests are {@code outputManifests}. */
  void record(Collection<Path> candidates, Collection<Path> inputFiles, Collection<Path> outputManifests) throws IOException {
    SortedSet<Path> files = union(candidates, inputFiles, outputManifests);
    String fingerprint = Fingerprint.compute(generatorVersion, configuration, files);
    new FingerprintFile(fingerprint, List.copyOf(files)).write(stateFile);
  }

  private static SortedSet<Path> union(Collection<Path> a, Collection<Path> b, Collection<Path> c) {
    SortedSet<Path> all = new TreeSet<>();
    for (Collection<Path> part : List.of(a, b, c)) {
      for (Path p : part) {
        all.add(p.toAbsolutePath().normalize());
      }
    }
    return all;
  }
}
