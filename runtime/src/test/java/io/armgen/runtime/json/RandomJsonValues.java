package io.armgen.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random JSON values as Java objects: maps, lists, strings drawn from every escape class,
 * and numbers of each Java type with their edge values. The same seed always gives the same value.
 */
final class RandomJsonValues {
  private static final String RESOURCE_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/"
      + "myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myRegistry/privateEndpointConnections/";

  private final Random random;
  private final boolean loneSurrogates;

  /** @param loneSurrogates whether strings may hold a surrogate without its partner */
  RandomJsonValues(long seed, boolean loneSurrogates) {
    this.random = new Random(seed);
    this.loneSurrogates = loneSurrogates;
  }

  /** A value nested at most {@code depth} levels. */
  Object value(int depth) {
    int kind = random.nextInt(depth > 0 ? 12 : 9);
    switch (kind) {
      case 0:
        return string();
      case 1:
        return integer();
      case 2:
        return longValue();
      case 3:
        return floatValue();
      case 4:
        return doubleValue();
      case 5:
        return decimal();
      case 6:
        return new BigInteger(random.nextInt(200) + 1, random).subtract(BigInteger.TEN.pow(20));
      case 7:
        return random.nextBoolean();
      case 8:
        return random.nextInt(4) == 0 ? null : string();
      case 9:
      case 10: {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
          map.put(string(), value(depth - 1));
        }
        return map;
      }
      default: {
        List<Object> list = new ArrayList<>();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
          list.add(value(depth - 1));
        }
        return list;
      }
    }
  }

  /** A string: mostly ASCII (sometimes a whole resource id), with characters of every escape class mixed in. */
  String string() {
    StringBuilder s = new StringBuilder();
    if (random.nextInt(4) == 0) {
      s.append(RESOURCE_ID);
    }
    int length = random.nextInt(random.nextInt(8) == 0 ? 600 : 40);
    for (int i = 0; i < length; i++) {
      appendChar(s);
    }
    return s.toString();
  }

  private void appendChar(StringBuilder s) {
    int kind = random.nextInt(20);
    switch (kind) {
      case 0 -> s.append((char) random.nextInt(0x20)); // control characters
      case 1 -> s.append("\"\\/\u007f".charAt(random.nextInt(4)));
      case 2 -> s.append((char) (0x80 + random.nextInt(0x780))); // two UTF-8 bytes
      case 3 -> s.append("\u0800\u2028\u2029\ufeff\uffff\ud7ff\ue000".charAt(random.nextInt(7)));
      case 4 -> s.append((char) (0x800 + random.nextInt(0xD000))); // three UTF-8 bytes, below the surrogates
      case 5 -> s.appendCodePoint(0x10000 + random.nextInt(0x100000)); // a surrogate pair
      case 6 -> {
        if (loneSurrogates) {
          s.append((char) (0xD800 + random.nextInt(0x800)));
        } else {
          s.append('x');
        }
      }
      default -> s.append((char) (0x20 + random.nextInt(0x5F))); // printable ASCII
    }
  }

  private int integer() {
    int[] edges = {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 9, 10, -10, 99, 100};
    return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt();
  }

  private long longValue() {
    long[] edges = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
        Integer.MIN_VALUE - 1L, Integer.MAX_VALUE + 1L};
    return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong() >> random.nextInt(64);
  }

  private float floatValue() {
    float[] edges = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
        Float.MAX_VALUE, Float.MIN_NORMAL, 0.1f, 1e-5f, 1e7f, 1.0E-3f, 123456789f};
    return random.nextBoolean() ? edges[random.nextInt(edges.length)] : Float.intBitsToFloat(random.nextInt());
  }

  private double doubleValue() {
    double[] edges = {0d, -0d, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        Double.MAX_VALUE, Double.MIN_NORMAL, 0.1, 1e-3, 1e7, 1e21, 2.5976931e101, -99999999.99, 0.1f};
    return random.nextBoolean() ? edges[random.nextInt(edges.length)] : Double.longBitsToDouble(random.nextLong());
  }

  private BigDecimal decimal() {
    String[] edges = {"0", "0.000", "1E+3", "-1E-7", "0.1", "1234567890.0987654321", "-0", "1E+400"};
    if (random.nextBoolean()) {
      return new BigDecimal(edges[random.nextInt(edges.length)]);
    }
    return new BigDecimal(new BigInteger(random.nextInt(120) + 1, random), random.nextInt(60) - 30);
  }
}
