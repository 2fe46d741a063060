package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.http.UntrustedOriginException;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 §3: long-running operations and lists that survive a restart. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ResumeTest {
  private static final String TOKEN = "resume-test-bearer";
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";
  private static final String LIST = "/subscriptions/sub1/providers/Microsoft.Test/things";
  private static final String OP = "/subscriptions/sub1/providers/Microsoft.Test/operations/op1";

  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ArmClientCore client() {
    return TestClients.forEndpoint(server.url()).credential(new StaticTokenCredential(TOKEN)).build();
  }

  private static ArmRequest put() {
    return ArmRequest.builder("PUT", RES).query("api-version", TestClients.API_VERSION).expect(200, 201).build();
  }

  @Test
  void pollReturnsTheStatusAndTheIntermediateResource() {
    server.on("PUT", RES, Reply.json(201, "{\"name\":\"t1\",\"properties\":{\"provisioningState\":\"Creating\"}}"));
    server.on("GET", RES, Reply.json(200, "{\"name\":\"t1\",\"properties\":{\"provisioningState\":\"Updating\",\"size\":1}}"),
        Reply.json(200, "{\"name\":\"t1\",\"properties\":{\"provisioningState\":\"Succeeded\",\"size\":2}}"));
    LroPoller<TestResource> poller = client().beginLongRunning(put(), FinalStateVia.DEFAULT, TestResource::fromJson);
    assertEquals("Creating", poller.latest().value().provisioningState());
    LroPollResponse<TestResource> first = poller.poll();
    assertEquals(LroStatus.IN_PROGRESS, first.status());
    assertEquals(200, first.statusCode());
    assertEquals("Updating", first.value().provisioningState());
    assertTrue(first.body().contains("\"size\":1"), first.body());
    LroPollResponse<TestResource> second = poller.poll();
    assertTrue(second.isTerminal());
    assertEquals(2, second.value().size());
  }

  @Test
  void anOperationStatusBodyIsShownRaw() {
    server.on("PUT", RES, Reply.json(201, "{}").header("Azure-AsyncOperation", server.url() + OP));
    server.on("GET", OP, Reply.json(200, "{\"status\":\"InProgress\",\"percentComplete\":40}"));
    LroPollResponse<TestResource> response =
        client().beginLongRunning(put(), FinalStateVia.DEFAULT, TestResource::fromJson).poll();
    assertEquals(LroStatus.IN_PROGRESS, response.status());
    assertTrue(response.body().contains("\"percentComplete\":40"), response.body());
    assertNull(response.value(), "an operation-status document is not the resource");
  }

  @Test
  void aResumeTokenContinuesTheOperationInAnotherProcess(@TempDir Path dir) throws Exception {
    server.on("PUT", RES, Reply.json(201, "{}").header("Azure-AsyncOperation", server.url() + OP));
    server.on("GET", OP, Reply.json(200, "{\"status\":\"InProgress\"}"), Reply.json(200, "{\"status\":\"InProgress\"}"),
        Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", RES, Reply.json(200, "{\"name\":\"t1\",\"properties\":{\"provisioningState\":\"Succeeded\",\"size\":9}}"));
    LroPoller<TestResource> poller = client().beginLongRunning(put(), FinalStateVia.DEFAULT, TestResource::fromJson);
    poller.poll();
    String resumeToken = poller.resumeToken();

    String decoded = new String(Base64.getUrlDecoder().decode(resumeToken.substring(resumeToken.lastIndexOf('.') + 1)),
        StandardCharsets.UTF_8);
    assertFalse(resumeToken.contains(TOKEN) || decoded.contains(TOKEN), "the resume token holds the bearer token");
    assertTrue(resumeToken.startsWith("armgen.lro.v1."), resumeToken);

    Path output = dir.resolve("resume.txt");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ResumeProbe.class.getName(), server.url(), resumeToken)
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    try {
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the other process did not end");
      List<String> lines = Files.readAllLines(output);
      assertEquals(0, child.exitValue(), lines.toString());
      assertTrue(lines.contains("RESULT t1 9"), lines.toString());
    } finally {
      child.destroyForcibly();
    }
    assertEquals(3, server.count("GET", OP), "the other process went on polling where this one stopped");
    assertEquals("Bearer " + TOKEN, server.requests().get(server.requests().size() - 1).header("Authorization"));
  }

  @Test
  void aLongRunningListResumesInAFreshClientAndListsEveryPage() {
    String export = LIST + "/export";
    server.on("POST", export, Reply.json(202, "{}").header("Azure-AsyncOperation", server.url() + OP)
        .header("Location", server.url() + "/results/1"));
    server.on("GET", OP, Reply.json(200, "{\"status\":\"InProgress\"}"), Reply.json(200, "{\"status\":\"Succeeded\"}"));
    // a relative next link without api-version: it resolves against the operation's URL and gets the client's
    server.on("GET", "/results/1", Reply.json(200, "{\"value\":[\"a\"],\"nextLink\":\"/results/2\"}"));
    server.on("GET", "/results/2", Reply.json(200, "{\"value\":[\"b\"]}"));
    ArmRequest post = ArmRequest.builder("POST", export).query("api-version", TestClients.API_VERSION).expect(202).build();
    LroPoller<PagedIterable<String>> started = client().beginLongRunningList(post, FinalStateVia.DEFAULT, "value", "nextLink",
        p -> p.getText());
    assertEquals(LroStatus.IN_PROGRESS, started.poll().status());
    String resumeToken = started.resumeToken();

    // a fresh client, as after a restart
    LroPoller<PagedIterable<String>> resumed = client().resumeLongRunningList(resumeToken, "value", "nextLink", p -> p.getText());
    assertEquals(List.of("a", "b"), resumed.waitForCompletion().stream().toList());
    assertEquals(1, server.count("POST", export), "resuming did not start the operation again");
    assertEquals(2, server.count("GET", OP), "the resumed poller went on where the first one stopped");
    LocalServer.Recorded second = server.requests().get(server.requests().size() - 1);
    assertEquals("/results/2", second.path());
    assertTrue(second.query().contains("api-version=" + TestClients.API_VERSION), second.query());
    assertEquals("Bearer " + TOKEN, second.header("Authorization"));
  }

  @Test
  void aTokenOfAnotherFormatOrDamagedIsRefused() {
    ArmClientCore core = client();
    IllegalArgumentException newer = assertThrows(IllegalArgumentException.class,
        () -> core.resumeLongRunning("armgen.lro.v2.e30", null));
    assertTrue(newer.getMessage().contains("version"), newer.getMessage());
    assertThrows(IllegalArgumentException.class, () -> core.resumeLongRunning("armgen.lro.v1.!!!", null));
    assertThrows(IllegalArgumentException.class, () -> core.resumeLongRunning("something else", null));
    assertThrows(IllegalArgumentException.class, () -> core.resumeLongRunningList("something else", "value", null, null));
  }

  @Test
  void aResumedPollerStillSendsTheTokenOnlyToTrustedOrigins() throws Exception {
    try (LocalServer other = new LocalServer("127.0.0.2")) {
      String forged = new LroResumeToken("PUT", URI.create(server.url() + RES), ArmLroPoller.Mode.ASYNC_OPERATION,
          URI.create(other.url() + OP), null, FinalStateVia.DEFAULT, LroStatus.IN_PROGRESS).encode();
      LroPoller<TestResource> poller = client().resumeLongRunning(forged, TestResource::fromJson);
      assertThrows(UntrustedOriginException.class, poller::poll);
      assertEquals(List.of(), other.requests());
    }
  }

  @Test
  void byPageResumesAListingFromAContinuationToken() {
    server.on("GET", LIST, Reply.json(200, "{\"value\":[\"a\"],\"nextLink\":\"" + server.url() + "/p2\"}"));
    server.on("GET", "/p2", Reply.json(200, "{\"value\":[\"b\"],\"nextLink\":\"" + server.url() + "/p3\"}"));
    server.on("GET", "/p3", Reply.json(200, "{\"value\":[\"c\"]}"));
    ArmRequest first = ArmRequest.builder("GET", LIST).query("api-version", TestClients.API_VERSION).build();
    Page<String> page1 = client().list(first, "value", "nextLink", p -> p.getText()).byPage().iterator().next();
    String continuation = page1.continuationToken();

    // a fresh client, as after a restart
    List<String> rest = new ArrayList<>();
    for (Page<String> page : client().list(first, "value", "nextLink", p -> p.getText()).byPage(continuation)) {
      rest.addAll(page.items());
    }
    assertEquals(List.of("b", "c"), rest);
    assertEquals(1, server.count("GET", LIST), "resuming did not start over");
  }

  @Test
  void aContinuationTokenPassesTheOriginCheck() throws Exception {
    try (LocalServer other = new LocalServer("127.0.0.2")) {
      other.on("GET", "/p2", Reply.json(200, "{\"value\":[]}"));
      ArmRequest first = ArmRequest.builder("GET", LIST).query("api-version", TestClients.API_VERSION).build();
      PagedIterable<String> list = client().list(first, "value", "nextLink", p -> p.getText());
      assertThrows(UntrustedOriginException.class, () -> list.byPage(other.url() + "/p2").iterator().next());
      assertEquals(List.of(), other.requests());
      assertThrows(IllegalArgumentException.class, () -> list.byPage("file:///etc/passwd"));
    }
  }
}
