package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CompactJson} must write exactly what Jackson's own {@code JsonNode.toString()} writes. */
class CompactJsonTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void everyBundledSpecAndExampleFileReadsBackTheSame() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(RepoPaths.specs())) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 20, "expected the four specs, common types and their examples: " + files);
    for (Path file : files) {
      JsonNode node = mapper.readTree(file.toFile());
      assertEquals(node.toString(), CompactJson.of(node), file.toString());
    }
  }

  @Test
  void bigDecimalsAsJacksonWritesThem() throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    JsonNode node = mapper.readTree("{\"a\":1.50,\"b\":[1e400,-0.0,12345678901234567890123],\"c\":null}");
    assertEquals(node.toString(), CompactJson.of(node));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20261201})
  void randomTreesWithEveryKindOfValue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      JsonNode node = randomNode(random, 0);
      assertEquals(node.toString(), CompactJson.of(node), "seed " + seed + ", tree " + i);
    }
  }

  private static JsonNode randomNode(Random random, int depth) {
    int kind = random.nextInt(depth > 4 ? 10 : 12);
    return switch (kind) {
      case 0 -> NODES.numberNode(random.nextInt());
      case 1 -> NODES.numberNode(random.nextLong());
      case 2 -> NODES.numberNode(new BigInteger(90, random).negate());
      case 3 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
      case 4 -> NODES.numberNode(random.nextFloat());
      case 5 -> NODES.numberNode(new BigDecimal(new BigInteger(70, random), random.nextInt(20) - 5));
      case 6 -> NODES.booleanNode(random.nextBoolean());
      case 7 -> NODES.nullNode();
      case 8, 9 -> NODES.textNode(randomText(random));
      case 10 -> {
        ArrayNode array = NODES.arrayNode();
        for (int n = random.nextInt(4); n > 0; n--) {
          array.add(randomNode(random, depth + 1));
        }
        yield array;
      }
      default -> {
        ObjectNode object = NODES.objectNode();
        for (int n = random.nextInt(4); n > 0; n--) {
          object.set(randomText(random), randomNode(random, depth + 1));
        }
        yield object;
      }
    };
  }

  /** Text with the characters JSON must escape: quotes, backslashes, control characters, non-ASCII. */
  private static String randomText(Random random) {
    String alphabet = "ab \"\\/\n\t\u0001\u001f\u00e9\u2028\ud83d\ude00<>&'";
    StringBuilder b = new StringBuilder();
    for (int n = random.nextInt(8); n > 0; n--) {
      int at = random.nextInt(alphabet.length());
      char c = alphabet.charAt(at);
      // keep surrogate pairs whole
      if (Character.isHighSurrogate(c)) {
        b.append(c).append(alphabet.charAt(at + 1));
      } else if (!Character.isLowSurrogate(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
