package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.autoresttimetestservice.v1_0_0.TimeClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code body-time.json} ({@code legacy/routes/time.js}): {@code format: time} is kept as text. */
@ExtendWith(TestServerExtension.class)
class BodyTimeTest {
  private static TimeClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(TimeClient.builder(), server).build();
  }

  @Test
  void times() {
    assertEquals("11:34:56", client.get());
    assertEquals("Nice job posting time", client.put("08:07:56"));
  }
}
