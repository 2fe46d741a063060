package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.microsoftazuretesturl.v2014_04_01_preview.GroupClient;
import io.armgen.conformance.microsoftazuretesturl.v2014_04_01_preview.models.SampleResourceGroup;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code subscriptionId-apiVersion.json}: subscription from the builder, the spec's api-version. */
@ExtendWith(TestServerExtension.class)
class SubscriptionIdApiVersionTest {
  @Test
  void getSampleResourceGroup(TestServer server) {
    GroupClient client = ConformanceClients.configure(GroupClient.builder(), server)
        .subscriptionId(UUID.randomUUID().toString()).build();
    SampleResourceGroup group = client.getSampleResourceGroup("testgroup101");
    assertEquals("testgroup101", group.name());
    assertEquals("West US", group.location());
  }
}
