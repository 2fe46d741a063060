package io.armgen.runtime.http;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory with a bound, so no server can make the client hold more
 * than it allows: a success (2xx) body past {@code maxBodyBytes} fails with
 * {@link BodyTooLargeException}; any other status keeps the first {@code maxErrorBodyBytes} and
 * discards the rest. Either way the subscription is cancelled, which closes the connection
 * instead of reading on.
 *
 * <p>This is the one place a body is read as bytes; anything that reads a response whole (JSON,
 * binary payloads) should go through it with the client's limit.
 */
final class BoundedBody {
  /**
   * The body as read, and whether it was cut; or, for a success body past the limit, the
   * failure to raise (the subscriber completes normally either way: the JDK client finishes an
   * exchange whose subscriber cancelled more reliably that way).
   */
  record Bytes(byte[] bytes, boolean truncated, BodyTooLargeException tooLarge) {
  }

  private BoundedBody() {}

  /** A handler applying both limits by the response's status. */
  static BodyHandler<Bytes> handler(long maxBodyBytes, int maxErrorBodyBytes) {
    return info -> info.statusCode() >= 200 && info.statusCode() < 300
        ? new Subscriber(info, maxBodyBytes, false)
        : new Subscriber(info, maxErrorBodyBytes, true);
  }

  /**
   * Collects the body as the chunks arrive (no doubling copies) and joins them once at the end,
   * so a body that turns out too large never costs more than the limit.
   */
  private static final class Subscriber implements BodySubscriber<Bytes> {
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private final ResponseInfo info;
    private final long limit;
    private final boolean cutInsteadOfFail;
    private final List<byte[]> chunks = new ArrayList<>();
    private long size;
    private Flow.Subscription subscription;

    Subscriber(ResponseInfo info, long limit, boolean cutInsteadOfFail) {
      this.info = info;
      this.limit = limit;
      this.cutInsteadOfFail = cutInsteadOfFail;
    }

    @Override
    public CompletionStage<Bytes> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
      if (!cutInsteadOfFail && declared > limit) {
        s.cancel();
        result.complete(new Bytes(null, true, tooLarge("declares Content-Length " + declared)));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      try {
        for (ByteBuffer buffer : buffers) {
          long room = limit - size;
          int n = buffer.remaining();
          if (n <= room) {
            take(buffer, n);
            continue;
          }
          subscription.cancel();
          if (cutInsteadOfFail) {
            take(buffer, (int) room);
            result.complete(new Bytes(join(), true, null));
          } else {
            chunks.clear();
            result.complete(new Bytes(null, true, tooLarge("sent more")));
          }
          return;
        }
      } catch (RuntimeException | Error e) {
        // whatever happens here must end the exchange, or its future would never complete
        chunks.clear();
        subscription.cancel();
        result.completeExceptionally(e);
      }
    }

    private void take(ByteBuffer buffer, int n) {
      if (n > 0) {
        byte[] chunk = new byte[n];
        buffer.get(chunk);
        chunks.add(chunk);
        size += n;
      }
    }

    private byte[] join() {
      byte[] all = new byte[(int) size];
      int at = 0;
      for (byte[] chunk : chunks) {
        System.arraycopy(chunk, 0, all, at, chunk.length);
        at += chunk.length;
      }
      chunks.clear();
      return all;
    }

    @Override
    public void onError(Throwable failure) {
      chunks.clear();
      result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      try {
        result.complete(new Bytes(join(), false, null));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }

    private BodyTooLargeException tooLarge(String what) {
      return new BodyTooLargeException("the response (status " + info.statusCode() + ") " + what
          + " than the limit of " + limit + " bytes; the rest was not read", info.statusCode(), limit);
    }
  }
}
