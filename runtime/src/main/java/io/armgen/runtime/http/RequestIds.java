package io.armgen.runtime.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs for {@code x-ms-client-request-id}. A request id correlates a call
 * with the service's logs and needs no cryptographic strength; {@link UUID#randomUUID()} draws
 * from the shared {@code SecureRandom}, whose lock every concurrent caller then queues on
 * (BENCHMARKS.md, GET with 64 callers).
 */
public final class RequestIds {
  private RequestIds() {
  }

  /**
   * A new random id. Thread-safe and lock-free.
   *
   * @return a version 4 UUID in lower-case text, e.g. {@code 1b4e28ba-2fa1-41d2-883f-0016d3cca427}
   */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long lsb = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L; // IETF variant
    return new UUID(msb, lsb).toString();
  }
}
