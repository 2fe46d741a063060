package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CreatedByTypeTest {

  @Test
  void knownValuesInAnyCaseAreTheConstants() {
    assertSame(CreatedByType.USER, CreatedByType.fromString("User"));
    assertSame(CreatedByType.MANAGED_IDENTITY, CreatedByType.fromString("managedidentity"));
    assertSame(CreatedByType.APPLICATION, CreatedByType.fromString("APPLICATION"));
    assertSame(CreatedByType.KEY, CreatedByType.fromString("kEy"));
  }

  @Test
  void unknownValuesAreKeptAsSent() {
    CreatedByType robot = CreatedByType.fromString("Robot");
    assertEquals("Robot", robot.toString());
    assertNotSame(robot, CreatedByType.fromString("Robot"));
    assertEquals(robot, CreatedByType.fromString("ROBOT"));
    assertEquals(robot.hashCode(), CreatedByType.fromString("ROBOT").hashCode());
    assertNull(CreatedByType.fromString(null));
  }
}
