package io.armgen.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What a request sends: bytes held in memory, or a stream read while the request is sent.
 *
 * <p>Bytes, and a stream that can be opened again, may be sent more than once (a retry). A stream
 * handed over by the caller can be read only once: a request carrying it is not
 * {@linkplain #replayable() replayable} and the retry policy sends it a single time.
 *
 * <pre>{@code
 * RequestBody.of(bytes);                                      // in memory, replayable
 * RequestBody.ofStream(() -> Files.newInputStream(path), size); // reopened for each attempt
 * RequestBody.ofSingleUse(callersStream, -1);                 // length unknown: sent chunked
 * }</pre>
 */
public final class RequestBody {
  private final byte[] bytes;
  private final Supplier<InputStream> opener;
  private final long length;
  private final boolean replayable;

  private RequestBody(byte[] bytes, Supplier<InputStream> opener, long length, boolean replayable) {
    this.bytes = bytes;
    this.opener = opener;
    this.length = length;
    this.replayable = replayable;
  }

  /** A body held in memory. The array is shared, not copied: do not modify it afterwards. */
  public static RequestBody of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new RequestBody(bytes, null, bytes.length, true);
  }

  /**
   * A streamed body that {@code opener} opens anew for every attempt.
   *
   * @param length the exact number of bytes, or -1 when unknown (then sent chunked)
   */
  public static RequestBody ofStream(Supplier<InputStream> opener, long length) {
    return new RequestBody(null, Objects.requireNonNull(opener, "opener"), requireLength(length), true);
  }

  /**
   * A streamed body that can be read once: the caller's stream, read to its end while the request
   * is sent and then closed.
   *
   * @param length the exact number of bytes, or -1 when unknown (then sent chunked)
   */
  public static RequestBody ofSingleUse(InputStream stream, long length) {
    Objects.requireNonNull(stream, "stream");
    AtomicBoolean opened = new AtomicBoolean();
    Supplier<InputStream> once = () -> {
      if (!opened.compareAndSet(false, true)) {
        throw new IllegalStateException("this request body is a stream that was already sent");
      }
      return stream;
    };
    return new RequestBody(null, once, requireLength(length), false);
  }

  /** The bytes of an in-memory body; null for a streamed one. Shared: do not modify. */
  public byte[] bytes() {
    return bytes;
  }

  /** True when the body is read from a stream while it is sent. */
  public boolean streamed() {
    return bytes == null;
  }

  /** The body from its first byte: the bytes, or a newly opened stream. */
  public InputStream open() {
    return bytes != null ? new ByteArrayInputStream(bytes) : opener.get();
  }

  /** The number of bytes, or -1 when unknown. */
  public long length() {
    return length;
  }

  /** True when the body may be sent again (bytes, or a stream that is reopened). */
  public boolean replayable() {
    return replayable;
  }

  private static long requireLength(long length) {
    if (length < -1) {
      throw new IllegalArgumentException("length must be -1 (unknown) or at least 0, not " + length);
    }
    return length;
  }

  @Override
  public String toString() {
    return "RequestBody{" + (streamed() ? "stream" : "bytes") + ", " + (length < 0 ? "unknown length" : length + " bytes")
        + (replayable ? "" : ", single use") + "}";
  }
}
