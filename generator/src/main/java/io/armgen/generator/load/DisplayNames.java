package io.armgen.generator.load;

import java.nio.file.Path;

/**
 * How files are named in diagnostics: relative to the working directory when below it, else as
 * the user wrote it (an entry) or as reached from such a name (a referenced file), so that no
 * more of the machine's layout appears than the user already typed.
 */
final class DisplayNames {
  private final Path workingDirectory;

  DisplayNames(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  String forEntry(Path asGiven, Path absolute) {
    return belowWorkingDirectory(absolute) ? relative(absolute) : asGiven.toString();
  }

  String forReferenced(Path absolute, SpecDocument referrer, String file) {
    if (belowWorkingDirectory(absolute)) {
      return relative(absolute);
    }
    return Path.of(referrer.displayName()).resolveSibling(file).normalize().toString();
  }

  private boolean belowWorkingDirectory(Path absolute) {
    return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory);
  }

  private String relative(Path absolute) {
    return workingDirectory.relativize(absolute).toString();
  }
}
