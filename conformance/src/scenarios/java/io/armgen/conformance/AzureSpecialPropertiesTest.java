package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.autorestazurespecialparameterstest.v2015_07_01_preview.ApiVersionDefaultClient;
import io.armgen.conformance.autorestazurespecialparameterstest.v2015_07_01_preview.ApiVersionLocalClient;
import io.armgen.conformance.autorestazurespecialparameterstest.v2015_07_01_preview.HeaderClient;
import io.armgen.conformance.autorestazurespecialparameterstest.v2015_07_01_preview.OdataClient;
import io.armgen.conformance.autorestazurespecialparameterstest.v2015_07_01_preview.SkipUrlEncodingClient;
import io.armgen.conformance.autorestazurespecialparameterstest.v2015_07_01_preview.SubscriptionInCredentialsClient;
import io.armgen.conformance.autorestazurespecialparameterstest.v2015_07_01_preview.SubscriptionInMethodClient;
import io.armgen.conformance.autorestazurespecialparameterstest.v2015_07_01_preview.XMsClientRequestIdClient;
import io.armgen.conformance.autorestazurespecialparameterstest.v2015_07_01_preview.models.HeaderCustomNamedRequestIdParamGroupingParameters;
import io.armgen.runtime.arm.ManagementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code azure-special-properties.json}: subscription id and api-version from the client, the
 * method or the path; {@code x-ms-skip-url-encoding}; OData query options; request-id headers.
 * Each call succeeds only if the server found what it expected (it answers 400 otherwise).
 */
@ExtendWith(TestServerExtension.class)
class AzureSpecialPropertiesTest {
  private static final String SUBSCRIPTION = "1234-5678-9012-3456";
  private static final String REQUEST_ID = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0";
  private static TestServer server;

  @BeforeAll
  static void connect(TestServer testServer) {
    server = testServer;
  }

  private static SubscriptionInCredentialsClient credentials(String subscriptionId) {
    return ConformanceClients.configure(SubscriptionInCredentialsClient.builder(), server)
        .subscriptionId(subscriptionId).build();
  }

  private static SubscriptionInMethodClient method(String subscriptionId) {
    return ConformanceClients.configure(SubscriptionInMethodClient.builder(), server)
        .subscriptionId(subscriptionId).build();
  }

  private static ApiVersionDefaultClient apiDefault() {
    return ConformanceClients.configure(ApiVersionDefaultClient.builder(), server).build();
  }

  private static ApiVersionLocalClient apiLocal() {
    return ConformanceClients.configure(ApiVersionLocalClient.builder(), server).build();
  }

  private static SkipUrlEncodingClient skip() {
    return ConformanceClients.configure(SkipUrlEncodingClient.builder(), server).build();
  }

  private static void assertRejectedNull(Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains("subscriptionId"), e.getMessage());
  }

  @Test
  void subscriptionInCredentialsPostMethodGlobalValid() {
    credentials(SUBSCRIPTION).postMethodGlobalValid();
  }

  @Test
  void subscriptionInCredentialsPostMethodGlobalNull() {
    // a required path value that is null is refused before anything is sent
    assertRejectedNull(credentials(null)::postMethodGlobalNull);
  }

  @Test
  void subscriptionInCredentialsPostMethodGlobalNotProvidedValid() {
    credentials(SUBSCRIPTION).postMethodGlobalNotProvidedValid();
  }

  @Test
  void subscriptionInCredentialsPostPathGlobalValid() {
    credentials(SUBSCRIPTION).postPathGlobalValid();
  }

  @Test
  void subscriptionInCredentialsPostSwaggerGlobalValid() {
    credentials(SUBSCRIPTION).postSwaggerGlobalValid();
  }

  @Test
  void subscriptionInMethodPostMethodLocalValid() {
    method(SUBSCRIPTION).postMethodLocalValid();
  }

  @Test
  void subscriptionInMethodPostMethodLocalNull() {
    assertRejectedNull(method(null)::postMethodLocalNull);
  }

  @Test
  void subscriptionInMethodPostPathLocalValid() {
    method(SUBSCRIPTION).postPathLocalValid();
  }

  @Test
  void subscriptionInMethodPostSwaggerLocalValid() {
    method(SUBSCRIPTION).postSwaggerLocalValid();
  }

  @Test
  void apiVersionDefaultGetMethodGlobalValid() {
    apiDefault().getMethodGlobalValid();
  }

  @Test
  void apiVersionDefaultGetMethodGlobalNotProvidedValid() {
    apiDefault().getMethodGlobalNotProvidedValid();
  }

  @Test
  void apiVersionDefaultGetPathGlobalValid() {
    apiDefault().getPathGlobalValid();
  }

  @Test
  void apiVersionDefaultGetSwaggerGlobalValid() {
    apiDefault().getSwaggerGlobalValid();
  }

  @Test
  void apiVersionLocalGetMethodLocalValid() {
    apiLocal().getMethodLocalValid();
  }

  @Test
  void apiVersionLocalGetMethodLocalNull() {
    apiLocal().getMethodLocalNull(null);
  }

  @Test
  void apiVersionLocalGetPathLocalValid() {
    apiLocal().getPathLocalValid();
  }

  @Test
  void apiVersionLocalGetSwaggerLocalValid() {
    apiLocal().getSwaggerLocalValid();
  }

  @Test
  void skipUrlEncodingGetMethodPathValid() {
    skip().getMethodPathValid("path1/path2/path3");
  }

  @Test
  void skipUrlEncodingGetPathPathValid() {
    skip().getPathPathValid("path1/path2/path3");
  }

  @Test
  void skipUrlEncodingGetSwaggerPathValid() {
    skip().getSwaggerPathValid();
  }

  /** {@code x-ms-skip-url-encoding} on a query value: its '&' and '=' reach the server as they are. */
  @Test
  void skipUrlEncodingGetMethodQueryValid() {
    skip().getMethodQueryValid("value1&q2=value2&q3=value3");
  }

  @Test
  void skipUrlEncodingGetMethodQueryNull() {
    skip().getMethodQueryNull(null);
  }

  @Test
  void skipUrlEncodingGetPathQueryValid() {
    skip().getPathQueryValid("value1&q2=value2&q3=value3");
  }

  @Test
  void skipUrlEncodingGetSwaggerQueryValid() {
    skip().getSwaggerQueryValid();
  }

  @Test
  void odataGetWithFilter() {
    ConformanceClients.configure(OdataClient.builder(), server).build()
        .getWithFilter("id gt 5 and name eq 'foo'", 10, "id");
  }

  @Test
  void xMsClientRequestIdGet() {
    // the caller's own request id (set by a policy) replaces the generated one
    ConformanceClients.configure(XMsClientRequestIdClient.builder(), server)
        .addPolicy((request, next) -> next.proceed(request.withHeader("x-ms-client-request-id", REQUEST_ID)))
        .build().get();
  }

  @Test
  void xMsClientRequestIdGetWithAGeneratedIdIsRefused() {
    // the server answers 400 to any other id: the runtime always sends a generated one
    ManagementException e = assertThrows(ManagementException.class,
        () -> ConformanceClients.configure(XMsClientRequestIdClient.builder(), server).build().get());
    assertEquals(400, e.statusCode());
  }

  @Test
  void xMsClientRequestIdParamGet() {
    ConformanceClients.configure(XMsClientRequestIdClient.builder(), server).build().paramGet(REQUEST_ID);
  }

  @Test
  void headerCustomNamedRequestId() {
    ConformanceClients.configure(HeaderClient.builder(), server).build().customNamedRequestId(REQUEST_ID);
  }

  @Test
  void headerCustomNamedRequestIdParamGrouping() {
    ConformanceClients.configure(HeaderClient.builder(), server).build().customNamedRequestIdParamGrouping(
        new HeaderCustomNamedRequestIdParamGroupingParameters().withFooClientRequestId(REQUEST_ID));
  }

  @Test
  void headerCustomNamedRequestIdHead() {
    assertTrue(ConformanceClients.configure(HeaderClient.builder(), server).build().customNamedRequestIdHead(REQUEST_ID));
  }
}
