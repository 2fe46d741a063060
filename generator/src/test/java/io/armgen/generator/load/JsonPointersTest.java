package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6901 escaping round-trips for arbitrary keys. */
class JsonPointersTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void appendThenTokensRoundTrips(long seed) {
    Random random = new Random(seed);
    String alphabet = "a~/0~1/{}é ";
    for (int round = 0; round < 200; round++) {
      List<String> keys = new ArrayList<>();
      String pointer = "";
      for (int i = random.nextInt(5); i > 0; i--) {
        StringBuilder key = new StringBuilder();
        for (int j = random.nextInt(6); j > 0; j--) {
          key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        keys.add(key.toString());
        pointer = JsonPointers.append(pointer, key.toString());
      }
      assertEquals(keys, JsonPointers.tokens(pointer), pointer);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "/a~", "/a~2", "#/a"})
  void rejectsInvalidPointers(String pointer) {
    assertThrows(IllegalArgumentException.class, () -> JsonPointers.tokens(pointer));
  }
}
