package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.autorestswaggerconstantservice.v1_0_0.ContantsClient;
import io.armgen.conformance.autorestswaggerconstantservice.v1_0_0.models.ModelAsStringRequiredTwoValueNoDefaultOpEnum;
import io.armgen.conformance.autorestswaggerconstantservice.v1_0_0.models.NoModelAsStringNoRequiredTwoValueDefaultOpEnum;
import io.armgen.runtime.arm.ManagementException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code constants.json}: client constants (path, query and header, of three types) are sent
 * without the caller passing them; {@code x-ms-client-default} is what a null sends. Only the
 * client-constants route exists on the server (the others answer 404), so the query each call
 * sent is read from the wire.
 */
@ExtendWith(TestServerExtension.class)
class ConstantsTest {
  private final List<String> queries = new ArrayList<>();
  private ContantsClient client;

  @BeforeEach
  void connect(TestServer server) {
    client = ConformanceClients.configure(ContantsClient.builder(), server)
        .addPolicy((request, next) -> {
          queries.add(request.uri().getRawQuery());
          return next.proceed(request);
        })
        .build();
  }

  @Test
  void clientConstantsInPathQueryAndHeader() {
    client.putClientConstants();
  }

  @Test
  void aClientDefaultIsSentForNull() {
    assertEquals(404, assertThrows(ManagementException.class,
        () -> client.putNoModelAsStringNoRequiredTwoValueDefault()).statusCode());
    assertEquals(404, assertThrows(ManagementException.class,
        () -> client.putNoModelAsStringNoRequiredTwoValueDefault(NoModelAsStringNoRequiredTwoValueDefaultOpEnum.VALUE2))
        .statusCode());
    assertEquals(List.of("input=value1", "input=value2"), queries);
  }

  @Test
  void aRequiredSingleValueEnumIsAConstant() {
    assertThrows(ManagementException.class, client::putNoModelAsStringRequiredOneValueNoDefault);
    assertThrows(ManagementException.class,
        () -> client.putModelAsStringRequiredTwoValueNoDefault(ModelAsStringRequiredTwoValueNoDefaultOpEnum.VALUE2));
    assertEquals(List.of("input=value1", "input=value2"), queries);
  }

  @Test
  void anOptionalValueWithoutDefaultIsLeftOut() {
    assertThrows(ManagementException.class, () -> client.putNoModelAsStringNoRequiredTwoValueNoDefault());
    assertEquals(java.util.Collections.singletonList(null), queries);
  }
}
