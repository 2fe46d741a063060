package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Recorded;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ArmClientCoreTest {
  private static final String VAULT = "/subscriptions/sub1/resourceGroups/rg%201/providers/Microsoft.Test/vaults/v1";

  private LocalServer server;
  private ArmClientCore core;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    core = TestClients.forEndpoint(server.url() + "/").credential(new StaticTokenCredential("tok")).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ArmRequest getVault() {
    return ArmRequest.builder("GET", "/subscriptions/{subscriptionId}/resourceGroups/{rg}/providers/Microsoft.Test/vaults/{name}")
        .path("subscriptionId", core.subscriptionId()).path("rg", "rg 1").path("name", "v1")
        .query("api-version", core.apiVersion()).query("$filter", "a eq 'b&c'")
        .expect(200).build();
  }

  @Test
  void sendBuildsUrlHeadersAndReadsTheModel() {
    server.on("GET", VAULT, Reply.json(200, "{\"id\":\"/x\",\"name\":\"v1\",\"properties\":{\"provisioningState\":\"Succeeded\",\"size\":3}}")
        .header("x-ms-request-id", "srv-1"));

    ArmResponse<TestResource> response = core.sendWithResponse(getVault(), TestResource::fromJson);

    assertEquals(200, response.statusCode());
    assertEquals("v1", response.value().name());
    assertEquals(3, response.value().size());
    assertEquals("srv-1", response.header("X-MS-Request-Id"));
    Recorded sent = server.requests().get(0);
    assertEquals("api-version=2024-01-01&$filter=a%20eq%20'b%26c'", sent.query());
    assertEquals("Bearer tok", sent.header("authorization"));
    assertEquals("application/json", sent.header("accept"));
    assertTrue(sent.header("user-agent").startsWith("armgen/"), sent.header("user-agent"));
    assertTrue(sent.header("user-agent").contains("(TestService) Java/"), sent.header("user-agent"));
    assertEquals(36, sent.header("x-ms-client-request-id").length());
  }

  @Test
  void putSendsTheRequestViewOfTheBodyAsJson() {
    server.on("PUT", VAULT, Reply.json(201, "{\"name\":\"v1\",\"properties\":{\"displayName\":\"d\"}}"));
    TestResource body = new TestResource().withDisplayName("d").withSize(2);
    ArmRequest put = ArmRequest.builder("PUT", VAULT.replace("%20", " ").replace("rg ", "{rg}").replace("{rg}1", "{rg}"))
        .path("rg", "rg 1").query("api-version", "2024-01-01").body(body).expect(200, 201).build();

    TestResource created = core.send(put, TestResource::fromJson);

    assertEquals("d", created.displayName());
    Recorded sent = server.requests().get(0);
    assertEquals("application/json", sent.header("content-type"));
    assertEquals("{\"properties\":{\"displayName\":\"d\",\"size\":2}}", sent.body());
  }

  @Test
  void invalidBodyIsRejectedBeforeAnythingIsSent() {
    ArmRequest put = ArmRequest.builder("PUT", "/x").body(new TestResource()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> core.send(put, null));
    assertTrue(e.getMessage().contains("displayName"));
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void armErrorBecomesManagementExceptionWithParsedError() {
    server.on("GET", VAULT, Reply.json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"The vault was not found.\","
        + "\"target\":\"v1\",\"details\":[{\"code\":\"Inner\",\"message\":\"m\"}],\"additionalInfo\":[{\"type\":\"T\",\"info\":{\"a\":1}}]}}")
        .header("x-ms-request-id", "srv-404"));

    ManagementException e = assertThrows(ManagementException.class, () -> core.send(getVault(), TestResource::fromJson));

    assertEquals(404, e.statusCode());
    assertEquals("ResourceNotFound", e.error().code());
    assertEquals("v1", e.error().target());
    assertEquals("Inner", e.error().details().get(0).code());
    assertEquals("T", e.error().additionalInfo().get(0).get("type"));
    assertEquals("srv-404", e.requestId());
    assertNotNull(e.clientRequestId());
    assertEquals("GET " + VAULT + " failed with 404 ResourceNotFound: The vault was not found."
        + " (x-ms-request-id: srv-404, x-ms-client-request-id: " + e.clientRequestId() + ")", e.getMessage());
  }

  @Test
  void bareCodeMessageErrorIsParsed() {
    server.on("GET", VAULT, Reply.json(400, "{\"code\":\"BadRequest\",\"message\":\"nope\"}"));
    ManagementException e = assertThrows(ManagementException.class, () -> core.send(getVault(), null));
    assertEquals("BadRequest", e.error().code());
    assertTrue(e.getMessage().contains("failed with 400 BadRequest: nope"), e.getMessage());
  }

  @Test
  void nonJsonAndEmptyErrorBodiesStillGiveTypedExceptions() {
    server.on("GET", VAULT, new Reply(502, java.util.Map.of("Content-Type", "text/html"), "<html>bad gateway</html>", 0));
    ManagementException html = assertThrows(ManagementException.class,
        () -> TestClients.forEndpoint(server.url()).retryOptions(io.armgen.runtime.http.RetryOptions.none()).build()
            .send(getVault(), null));
    assertEquals(502, html.statusCode());
    assertNull(html.error());
    assertEquals("<html>bad gateway</html>", html.rawBody());
    assertTrue(html.getMessage().contains("not an ARM error"), html.getMessage());

    server.on("GET", VAULT, Reply.status(409));
    ManagementException empty = assertThrows(ManagementException.class, () -> core.send(getVault(), null));
    assertEquals(409, empty.statusCode());
    assertEquals("", empty.rawBody());
    assertTrue(empty.getMessage().contains("(empty body)"), empty.getMessage());
  }

  @Test
  void preconditionFailedHasItsOwnType() {
    server.on("PUT", "/thing", Reply.json(412, "{\"error\":{\"code\":\"PreconditionFailed\",\"message\":\"etag\"}}"));
    ArmRequest put = ArmRequest.builder("PUT", "/thing").conditions(RequestConditions.ifMatch("\"e1\"")).expect(200).build();
    PreconditionFailedException e = assertThrows(PreconditionFailedException.class, () -> core.send(put, null));
    assertEquals(412, e.statusCode());
    assertEquals("\"e1\"", server.requests().get(0).header("if-match"));
  }

  @Test
  void hugeErrorBodyIsCapped() {
    String huge = "{\"error\":{\"code\":\"Big\",\"message\":\"" + "x".repeat(100_000) + "\"}}";
    server.on("GET", VAULT, Reply.json(400, huge));
    ManagementException e = assertThrows(ManagementException.class, () -> core.send(getVault(), null));
    assertEquals("Big", e.error().code());
    assertTrue(e.rawBody().length() < ErrorResponses.RAW_BODY_CAP + 100, "raw body length " + e.rawBody().length());
    assertTrue(e.rawBody().endsWith("more bytes]"));
  }

  @Test
  void unexpectedSuccessStatusIsAnErrorToo() {
    server.on("GET", VAULT, Reply.json(202, "{}"));
    ManagementException e = assertThrows(ManagementException.class, () -> core.send(getVault(), null));
    assertEquals(202, e.statusCode());
  }

  @Test
  void emptyBodyReadsAsNullAndAnyTwoHundredPassesWithoutExpectations() {
    server.on("DELETE", "/thing", Reply.status(204));
    ArmResponse<TestResource> response = core.sendWithResponse(ArmRequest.builder("DELETE", "/thing").build(), TestResource::fromJson);
    assertEquals(204, response.statusCode());
    assertNull(response.value());
  }

  @Test
  void builderNeedsACredentialForARemoteEndpoint() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new TestClients().endpoint("https://management.azure.com").build());
    assertTrue(e.getMessage().contains("credential"));
    // Local endpoints and clients with an authenticating policy may go without.
    assertNotNull(new TestClients().endpoint(server.url()).build());
    assertNotNull(new TestClients().addPolicy((request, next) -> next.proceed(request.withHeader("Authorization", "Custom x")))
        .endpoint("https://example.invalid").build());
    assertThrows(IllegalStateException.class, () -> new TestClients().endpoint("ftp://x").build());
  }

  @Test
  void builderDefaults() {
    ArmClientCore defaults = new TestClients().credential(new StaticTokenCredential("t")).build();
    assertEquals("https://management.azure.com", defaults.endpoint());
    assertEquals(TestClients.API_VERSION, defaults.apiVersion());
    assertNull(defaults.subscriptionId());
    ArmClientCore gov = new TestClients().cloud(AzureCloud.US_GOVERNMENT).apiVersion("2020-01-01")
        .credential(new StaticTokenCredential("t")).build();
    assertEquals("https://management.usgovcloudapi.net", gov.endpoint());
    assertEquals("2020-01-01", gov.apiVersion());
  }

  @Test
  @SuppressWarnings("deprecation") // the blocking async(Supplier) stays for code generated before sendAsync
  void asyncRunsOnTheExecutor() throws Exception {
    server.on("GET", VAULT, Reply.json(200, "{\"name\":\"v1\"}"));
    TestResource resource = core.async(() -> core.send(getVault(), TestResource::fromJson)).get(10, TimeUnit.SECONDS);
    assertEquals("v1", resource.name());
    java.util.concurrent.atomic.AtomicReference<String> thread = new java.util.concurrent.atomic.AtomicReference<>();
    core.async(() -> {
      thread.set(Thread.currentThread().getName());
      return null;
    }).get(10, TimeUnit.SECONDS);
    assertTrue(thread.get().startsWith("armgen-async-"), thread.get());
  }

  @Test
  void customPolicyRunsAndSeesTheRequestId() {
    server.on("GET", VAULT, Reply.json(200, "{}"));
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    ArmClientCore custom = TestClients.forEndpoint(server.url())
        .addPolicy((request, next) -> {
          seen.add(request.header("x-ms-client-request-id"));
          return next.proceed(request.withHeader("x-custom", "1"));
        }).build();
    custom.send(getVault(), null);
    assertEquals(1, seen.size());
    assertEquals(seen.get(0), server.requests().get(0).header("x-ms-client-request-id"));
    assertEquals("1", server.requests().get(0).header("x-custom"));
    assertInstanceOf(String.class, seen.get(0));
  }
}
