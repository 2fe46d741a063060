package io.armgen.generator.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders a {@code $ref} may lead into. A spec must not make the generator read arbitrary
 * files (a {@code $ref} to {@code /etc/passwd} or {@code ../../../../../../etc/passwd}), yet real
 * Azure specs legitimately climb five or six folders to reach {@code common-types/}.
 *
 * <p><b>Default root.</b> Start from the deepest folder that contains every entry file, and walk
 * up (that folder included) to the first folder that
 * <ul>
 *   <li>has a {@code specification/} or {@code specs/} sub-folder (the layout of the Azure REST API
 *       specs repository and of this project), or
 *   <li>is the root of a git working tree (holds {@code .git}).
 * </ul>
 * When none is found, the default root is the parent of that common folder's parent (enough for
 * the usual {@code ../../common/} climbs), but never the file-system root itself. Entry files on different file-system roots (Windows
 * drives) get one such root each. {@link LoaderOptions#allowedRoots()} adds more roots.
 *
 * <p>A target is inside a root when its normalised absolute path is below it; a target that
 * passes is then checked again with symbolic links resolved, so a link cannot lead out either.
 */
public final class LoadRoots {
  private final List<Path> roots;
  private final List<Path> realRoots;

  private LoadRoots(List<Path> roots) {
    this.roots = List.copyOf(roots);
    List<Path> real = new ArrayList<>();
    for (Path root : roots) {
      real.add(realPathOrSelf(root));
    }
    this.realRoots = List.copyOf(real);
  }

  /** The default roots for {@code entryFiles} plus {@code extraRoots}. */
  static LoadRoots of(List<Path> entryFiles, List<Path> extraRoots) {
    Set<Path> all = new LinkedHashSet<>(defaultRoots(entryFiles));
    for (Path extra : extraRoots) {
      all.add(extra.toAbsolutePath().normalize());
    }
    return new LoadRoots(new ArrayList<>(all));
  }

  /**
   * The roots a {@code $ref} may lead into.
   *
   * @return the roots, absolute and normalised
   */
  public List<Path> roots() {
    return roots;
  }

  /**
   * The default root(s) of the entry files, by the rule in the class Javadoc. Looks at the file
   * system (for {@code specs/} folders and {@code .git}).
   *
   * @param entryFiles the entry files
   * @return one root per file-system root the entries are on; empty for no entries
   */
  public static List<Path> defaultRoots(List<Path> entryFiles) {
    Set<Path> result = new LinkedHashSet<>();
    List<Path> folders = new ArrayList<>();
    for (Path entry : entryFiles) {
      Path parent = entry.toAbsolutePath().normalize().getParent();
      if (parent != null) {
        folders.add(parent);
      }
    }
    while (!folders.isEmpty()) {
      Path fsRoot = folders.get(0).getRoot();
      List<Path> sameRoot = folders.stream().filter(f -> f.getRoot().equals(fsRoot)).toList();
      folders.removeAll(sameRoot);
      result.add(rootFor(commonAncestor(sameRoot)));
    }
    return List.copyOf(result);
  }

  private static Path commonAncestor(List<Path> folders) {
    Path common = folders.get(0);
    for (Path folder : folders) {
      while (!folder.startsWith(common)) {
        common = common.getParent();
      }
    }
    return common;
  }

  private static Path rootFor(Path common) {
    for (Path dir = common; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("specification")) || Files.isDirectory(dir.resolve("specs"))
          || Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        return dir;
      }
    }
    Path up = common;
    // never up to the file-system root itself: a spec in /tmp/x must not reach /etc/passwd
    for (int i = 0; i < 2 && up.getParent() != null && up.getParent().getParent() != null; i++) {
      up = up.getParent();
    }
    return up;
  }

  /** True when the normalised absolute {@code target} lies below a root; does not touch the file. */
  boolean contains(Path target) {
    return roots.stream().anyMatch(target::startsWith);
  }

  /** True when {@code existing}, with symbolic links resolved, still lies below a root. */
  boolean containsReal(Path existing) {
    Path real = realPathOrSelf(existing);
    return realRoots.stream().anyMatch(real::startsWith);
  }

  private static Path realPathOrSelf(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }
}
