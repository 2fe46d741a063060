package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.mergepatchjson.v1_0_0.MergePatchJsonClient;
import io.armgen.runtime.arm.ManagementException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code merge-patch.json} ({@code dist/test-routes/merge-patch-json.js}): the body goes as JSON
 * under {@code application/merge-patch+json}. The route also wants {@code Content-Length: 14}, the
 * length of {@code {"foo": "bar"}} written with a space after the colon; armgen writes compact
 * JSON, 13 bytes, which the route refuses. That scenario is not passed (see conformance/README.md);
 * this test pins what is sent and the refusal.
 */
@ExtendWith(TestServerExtension.class)
class MergePatchTest {
  private static final WireRecorder WIRE = new WireRecorder();
  private static MergePatchJsonClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(MergePatchJsonClient.builder(), server).addPolicy(WIRE).build();
  }

  @Test
  void passMergePatchObjectIsSentAsMergePatchJson() {
    ManagementException e = assertThrows(ManagementException.class, () -> client.patchSingle(Map.of("foo", "bar")));
    assertEquals(400, e.statusCode());
    assertEquals("application/merge-patch+json", WIRE.last().contentType());
    assertEquals("{\"foo\":\"bar\"}", WIRE.last().bodyText());
  }
}
