package io.armgen.generator.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosestNameTest {
  @Test
  void typosFindTheirNameAndStrangersFindNothing() {
    List<String> names = List.of("status", "size", "provisioningState");
    assertEquals(Optional.of("status"), ClosestName.to("statuss", names));
    assertEquals(Optional.of("status"), ClosestName.to("stauts", names), "a swap is one edit");
    assertEquals(Optional.of("provisioningState"), ClosestName.to("ProvisioningState", names), "case is half an edit");
    assertEquals(Optional.empty(), ClosestName.to("colour", names));
    assertEquals(Optional.empty(), ClosestName.to("size", names), "an exact name needs no suggestion");
    assertEquals(" (did you mean 'size'?)", ClosestName.hint("sise", names));
    assertEquals("", ClosestName.hint("zzzz", names));
  }

  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertEquals(0, ClosestName.distance("abc", "abc"));
    assertEquals(1, ClosestName.distance("abc", "abcd"));
    assertEquals(1, ClosestName.distance("abcd", "abd"));
    assertEquals(1, ClosestName.distance("abc", "axc"));
    assertEquals(1, ClosestName.distance("abcd", "abdc"));
    assertEquals(0.5, ClosestName.distance("abc", "aBc"));
    assertEquals(3, ClosestName.distance("", "abc"));
  }
}
