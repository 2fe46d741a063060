package io.armgen.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.emit.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  @TempDir
  Path tmp;

  private static List<GeneratedFile> files(String... pathsAndContents) {
    List<GeneratedFile> list = new java.util.ArrayList<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      list.add(new GeneratedFile(pathsAndContents[i], pathsAndContents[i + 1]));
    }
    return list;
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return m;
  }

  @Test
  void writesFilesAndManifest() throws IOException {
    Path out = tmp.resolve("out");
    var r = new OutputWriter(false).write(out, files("a/B.java", "class B {}", "C.java", "class C {}"));
    assertEquals(2, r.filesWritten());
    assertEquals("class B {}", Files.readString(out.resolve("a/B.java")));
    assertTrue(Files.readString(out.resolve(OutputWriter.MANIFEST)).contains("a/B.java"));
  }

  @Test
  void staleGeneratedFilesAreRemovedUserFilesKept() throws IOException {
    Path out = tmp.resolve("out");
    new OutputWriter(false).write(out, files("a/Old.java", "old", "a/Keep.java", "v1"));
    Files.writeString(out.resolve("a/notes.txt"), "mine");
    var r = new OutputWriter(false).write(out, files("a/Keep.java", "v2"));
    assertFalse(Files.exists(out.resolve("a/Old.java")));
    assertEquals("v2", Files.readString(out.resolve("a/Keep.java")));
    assertEquals("mine", Files.readString(out.resolve("a/notes.txt")));
    assertEquals(1, r.userFilesKept());
  }

  @Test
  void unchangedOutputIsNotTouched() throws IOException {
    Path out = tmp.resolve("out");
    new OutputWriter(false).write(out, files("X.java", "x"));
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(out.resolve("X.java"), old);
    var r = new OutputWriter(false).write(out, files("X.java", "x"));
    assertTrue(r.unchanged());
    assertEquals(old, Files.getLastModifiedTime(out.resolve("X.java")));
  }

  @Test
  void userFileInTheWayIsRefusedUnlessClean() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("X.java"), "hand written");
    OutputException e = assertThrows(OutputException.class, () -> new OutputWriter(false).write(out, files("X.java", "gen")));
    assertTrue(e.getMessage().contains("X.java") && e.getMessage().contains("--clean"), e.getMessage());
    assertEquals("hand written", Files.readString(out.resolve("X.java")));
    new OutputWriter(true).write(out, files("X.java", "gen"));
    assertEquals("gen", Files.readString(out.resolve("X.java")));
  }

  @Test
  void failureMidWriteLeavesPreviousOutputExactlyAsItWas() throws IOException {
    Path out = tmp.resolve("out");
    new OutputWriter(false).write(out, files("A.java", "a1", "B.java", "b1", "C.java", "c1"));
    Files.writeString(out.resolve("user.txt"), "mine");
    Map<String, String> before = snapshot(out);
    OutputWriter failing = new OutputWriter(false, n -> {
      if (n == 2) {
        throw new IOException("disk full (injected)");
      }
    });
    OutputException e = assertThrows(OutputException.class,
        () -> failing.write(out, files("A.java", "a2", "B.java", "b2", "C.java", "c2")));
    assertTrue(e.getMessage().contains("injected"), e.getMessage());
    assertEquals(before, snapshot(out));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(out), s.toList(), "no staging folder left behind");
    }
  }

  @Test
  void interruptedSwapIsRecoveredOnTheNextRun() throws IOException {
    Path out = tmp.resolve("out");
    new OutputWriter(false).write(out, files("A.java", "a1"));
    Files.writeString(out.resolve("user.txt"), "mine");
    // simulate a kill between "out -> .out.armgen-old" and "staging -> out"
    Files.move(out, tmp.resolve(".out.armgen-old"));
    new OutputWriter(false).write(out, files("A.java", "a2"));
    assertEquals("a2", Files.readString(out.resolve("A.java")));
    assertEquals("mine", Files.readString(out.resolve("user.txt")));
    assertFalse(Files.exists(tmp.resolve(".out.armgen-old")));
  }

  @Test
  void pathsThatWouldEscapeTheOutputAreRefused() {
    Path out = tmp.resolve("out");
    for (String bad : List.of("../evil.java", "/etc/passwd", "a/../../x.java", "a//b.java", "C:/x.java", "a\\b.java", "./x.java")) {
      assertThrows(OutputException.class, () -> new OutputWriter(false).write(out, files(bad, "x")), bad);
    }
    assertFalse(Files.exists(tmp.resolve("evil.java")));
    assertFalse(Files.exists(out));
  }
}
