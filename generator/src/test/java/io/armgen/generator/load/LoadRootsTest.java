package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default root rule documented on {@link LoadRoots}. */
class LoadRootsTest {
  @TempDir Path tmp;

  private Path file(String relative) throws IOException {
    Path file = tmp.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "{}");
  }

  @Test
  void rootIsTheFolderHoldingSpecification() throws IOException {
    Files.createDirectories(tmp.resolve("azure/specification"));
    Path a = file("azure/specification/cosmos-db/resource-manager/Microsoft.DocumentDB/preview/2022/a.json");
    Path b = file("azure/specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/2021/b.json");
    assertEquals(List.of(tmp.resolve("azure")), LoadRoots.defaultRoots(List.of(a, b)));
  }

  @Test
  void rootIsTheFolderHoldingSpecs() throws IOException {
    Files.createDirectories(tmp.resolve("project/specs"));
    Path a = file("project/specs/keyvault/2021/a.json");
    assertEquals(List.of(tmp.resolve("project")), LoadRoots.defaultRoots(List.of(a)));
  }

  @Test
  void rootIsTheGitWorkingTreeWhenNearer() throws IOException {
    Files.createDirectories(tmp.resolve("outer/specs"));
    Files.createDirectories(tmp.resolve("outer/repo/.git"));
    Path a = file("outer/repo/service/v1/a.json");
    assertEquals(List.of(tmp.resolve("outer/repo")), LoadRoots.defaultRoots(List.of(a)));
  }

  @Test
  void withoutMarkersRootIsTwoLevelsAboveTheCommonFolder() throws IOException {
    for (Path p = tmp; p != null; p = p.getParent()) {
      boolean marked = Files.isDirectory(p.resolve("specs")) || Files.isDirectory(p.resolve("specification")) || Files.exists(p.resolve(".git"));
      assumeTrue(!marked, "a folder above the temporary directory has a root marker: " + p);
    }
    Path a = file("x/y/svc/v1/a.json");
    Path b = file("x/y/svc/v2/b.json");
    assertEquals(List.of(tmp.resolve("x")), LoadRoots.defaultRoots(List.of(a, b)));
  }

  @Test
  void allowedRootsAreAdded() throws IOException {
    Files.createDirectories(tmp.resolve("project/specs"));
    Path a = file("project/specs/a.json");
    LoadRoots roots = LoadRoots.of(List.of(a), List.of(tmp.resolve("shared/../common")));
    assertEquals(List.of(tmp.resolve("project"), tmp.resolve("common")), roots.roots());
  }
}
