package io.armgen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Request bodies held in memory or streamed, and which may be sent again. */
class RequestBodyTest {
  @Test
  void bytesAreReplayableAndKnowTheirLength() throws IOException {
    RequestBody body = RequestBody.of(new byte[] {1, 2, 3});
    assertTrue(body.replayable());
    assertFalse(body.streamed());
    assertEquals(3, body.length());
    assertArrayEquals(new byte[] {1, 2, 3}, body.open().readAllBytes());
    assertArrayEquals(new byte[] {1, 2, 3}, body.open().readAllBytes());
  }

  @Test
  void aReopenedStreamIsReplayable() throws IOException {
    int[] opened = {0};
    RequestBody body = RequestBody.ofStream(() -> {
      opened[0]++;
      return new ByteArrayInputStream(new byte[] {7});
    }, 1);
    assertTrue(body.replayable());
    assertTrue(body.streamed());
    body.open().close();
    body.open().close();
    assertEquals(2, opened[0]);
  }

  @Test
  void aCallersStreamIsReadOnce() {
    RequestBody body = RequestBody.ofSingleUse(new ByteArrayInputStream(new byte[0]), -1);
    assertFalse(body.replayable());
    assertEquals(-1, body.length());
    body.open();
    IllegalStateException e = assertThrows(IllegalStateException.class, body::open);
    assertEquals("this request body is a stream that was already sent", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RequestBody.ofSingleUse(new ByteArrayInputStream(new byte[0]), -2));
  }

  @Test
  void aRequestWithAStreamedBodyHasNoBytes() {
    HttpRequest request = HttpRequest.of("PUT", URI.create("http://127.0.0.1/x"), HttpHeaders.empty(),
        RequestBody.ofSingleUse(new ByteArrayInputStream(new byte[] {1}), 1));
    assertNull(request.body());
    assertTrue(request.content().streamed());
    assertFalse(request.streamedResponse());
    HttpRequest streaming = request.withStreamedResponse().withHeader("a", "b");
    assertTrue(streaming.streamedResponse(), "copies keep the streamed-response flag");
    assertTrue(streaming.content() == request.content());
  }
}
