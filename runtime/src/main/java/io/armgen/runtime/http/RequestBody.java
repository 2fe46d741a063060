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

  /**
   * A body held in memory, replayable. The array is shared, not copied: do not modify it afterwards.
   *
   * @param bytes the body
   * @return the body
   * @throws NullPointerException if {@code bytes} is null
   */
  public static RequestBody of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new RequestBody(bytes, null, bytes.length, true);
  }

  /**
   * A streamed body that {@code opener} opens anew for every attempt, replayable. Each stream is
   * read to its end, then closed.
   *
   * @param opener opens the body from its first byte
   * @param length the exact number of bytes, or -1 when unknown (then sent chunked)
   * @return the body
   * @throws IllegalArgumentException if {@code length} is below -1
   * @throws NullPointerException if {@code opener} is null
   */
  public static RequestBody ofStream(Supplier<InputStream> opener, long length) {
    return new RequestBody(null, Objects.requireNonNull(opener, "opener"), requireLength(length), true);
  }

  /**
   * A streamed body that can be read once: the caller's stream, read to its end while the request
   * is sent and then closed. A request carrying it is not retried.
   *
   * @param stream the body, read from where it stands
   * @param length the exact number of bytes, or -1 when unknown (then sent chunked)
   * @return the body
   * @throws IllegalArgumentException if {@code length} is below -1
   * @throws NullPointerException if {@code stream} is null
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

  /**
   * The bytes of an in-memory body.
   *
   * @return the bytes, shared (do not modify); null for a streamed body
   */
  public byte[] bytes() {
    return bytes;
  }

  /**
   * Whether the body is read from a stream while it is sent.
   *
   * @return true for {@link #ofStream} and {@link #ofSingleUse} bodies
   */
  public boolean streamed() {
    return bytes == null;
  }

  /**
   * The body from its first byte: the bytes, or a newly opened stream. The caller closes it.
   *
   * @return the stream
   * @throws IllegalStateException for a single-use body opened before
   */
  public InputStream open() {
    return bytes != null ? new ByteArrayInputStream(bytes) : opener.get();
  }

  /**
   * The body's size.
   *
   * @return the number of bytes, or -1 when unknown
   */
  public long length() {
    return length;
  }

  /**
   * Whether the body may be sent again, so the request may be retried.
   *
   * @return true for bytes and for a stream that is reopened
   */
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
