package io.armgen.e2e;

import static io.armgen.e2e.ArmStub.PARENT;
import static io.armgen.e2e.ArmStub.RESOURCE_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generated.documentdb.v2022_02_15_preview.PrivateEndpointConnectionsClient;
import io.armgen.runtime.arm.ManagementException;
import io.armgen.runtime.auth.AuthenticationException;
import io.armgen.runtime.auth.ClientSecretCredential;
import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.auth.TokenCredential;
import io.armgen.runtime.auth.TokenRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The ARM stand-in refuses what ARM refuses; otherwise the lifecycle tests' "no refusals" would
 * prove nothing. Hand-made requests (java.net.http) send what a generated client never would.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ArmStubChecksTest {
  private static final String NAME = "pec-check-1";

  @Test
  void anotherApiVersionIsRefusedWithArmsErrorCode() throws Exception {
    try (ArmStub arm = ArmStub.start(ServiceShape.DOCUMENT_DB, NAME)) {
      PrivateEndpointConnectionsClient client = ArmStubAssertions.pointedAt(PrivateEndpointConnectionsClient.builder(), arm)
          .apiVersion("2021-01-15").build();

      ManagementException e = assertThrows(ManagementException.class, () -> client.get(RESOURCE_GROUP, PARENT, NAME));

      assertEquals(400, e.statusCode());
      assertEquals("NoRegisteredProviderFound", e.error().code());
      assertEquals(1, arm.refusals().size());
    }
  }

  @Test
  void aTokenTheStubDidNotIssueIsRefused() throws Exception {
    try (ArmStub arm = ArmStub.start(ServiceShape.DOCUMENT_DB, NAME)) {
      PrivateEndpointConnectionsClient client = ArmStubAssertions.pointedAt(PrivateEndpointConnectionsClient.builder(), arm)
          .credential(new StaticTokenCredential("forged-token")).build();

      ManagementException e = assertThrows(ManagementException.class, () -> client.get(RESOURCE_GROUP, PARENT, NAME));

      assertEquals(401, e.statusCode());
      assertEquals("AuthenticationFailed", e.error().code());
    }
  }

  @Test
  void aWrongClientSecretGetsNoTokenAndNoArmCall() throws Exception {
    try (ArmStub arm = ArmStub.start(ServiceShape.DOCUMENT_DB, NAME)) {
      PrivateEndpointConnectionsClient client = ArmStubAssertions.pointedAt(PrivateEndpointConnectionsClient.builder(), arm)
          .credential(new ClientSecretCredential(ArmStub.TENANT, ArmStub.CLIENT_ID, "wrong-secret", arm.endpoint())).build();

      AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.get(RESOURCE_GROUP, PARENT, NAME));

      assertTrue(e.getMessage().contains("invalid_client"), e.getMessage());
      assertFalse(e.getMessage().contains("wrong-secret"), e.getMessage());
      assertEquals(java.util.List.of("POST token"), arm.trace());
    }
  }

  @Test
  void putBodiesWithReadOnlyPropertiesOrWithoutJsonContentTypeAreRefused() throws Exception {
    try (ArmStub arm = ArmStub.start(ServiceShape.DOCUMENT_DB, NAME)) {
      String state = "\"privateLinkServiceConnectionState\":{\"status\":\"Approved\"";
      assertRefused(arm, "application/json", "{\"id\":\"/x\",\"properties\":{" + state + "}}}", 400, "'/id' is read-only");
      assertRefused(arm, "application/json", "{\"properties\":{" + state + ",\"actionsRequired\":\"None\"}}}", 400,
          "actionsRequired' is read-only");
      assertRefused(arm, "text/plain", "{\"properties\":{" + state + "}}}", 415, "UnsupportedMediaType");
      assertRefused(arm, "application/json", "{\"properties\":{}}", 400, "status is required");
      // DocumentDB's spec leaves provisioningState writable, so ARM takes it.
      HttpResponse<String> accepted = put(arm, "application/json",
          "{\"properties\":{" + state + "},\"provisioningState\":\"Succeeded\"}}", true);
      assertEquals(202, accepted.statusCode(), accepted.body());
      HttpResponse<String> noRequestId = put(arm, "application/json", "{\"properties\":{" + state + "}}}", false);
      assertEquals(400, noRequestId.statusCode());
      assertTrue(noRequestId.body().contains("MissingClientRequestId"), noRequestId.body());
    }
  }

  private static void assertRefused(ArmStub arm, String contentType, String body, int status, String why) throws Exception {
    HttpResponse<String> response = put(arm, contentType, body, true);
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.body().contains(why), response.body());
  }

  private static HttpResponse<String> put(ArmStub arm, String contentType, String body, boolean withRequestId) throws Exception {
    TokenCredential credential = arm.credential();
    String token = credential.getToken(TokenRequest.forScopes(TokenCredential.ARM_SCOPE)).token();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(arm.endpoint() + "/subscriptions/" + ArmStub.SUBSCRIPTION
            + "/resourceGroups/" + RESOURCE_GROUP + "/providers/" + ServiceShape.DOCUMENT_DB.parentType() + "/" + PARENT
            + "/privateEndpointConnections/" + NAME + "?api-version=" + ServiceShape.DOCUMENT_DB.apiVersion()))
        .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
        .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (withRequestId) {
      request.header("x-ms-client-request-id", "hand-made-1");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
