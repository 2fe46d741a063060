package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.HttpClientFailureClient;
import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.HttpFailureClient;
import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.HttpRedirectsClient;
import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.HttpRetryClient;
import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.HttpServerFailureClient;
import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.HttpSuccessClient;
import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.MultipleResponsesClient;
import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.models.B;
import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.models.C;
import io.armgen.conformance.autoresthttpinfrastructuretestservice.v1_0_0.models.MyException;
import io.armgen.runtime.arm.ArmResponseWithHeaders;
import io.armgen.runtime.arm.MalformedResponseException;
import io.armgen.runtime.arm.ManagementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code httpInfrastructure.json}: every method with each success status, the declared redirects
 * (returned as answers with their typed {@code Location}, not followed), client and server
 * failures as {@link ManagementException} with the status, retries of idempotent methods, and
 * operations whose statuses carry different bodies (each read as its own type).
 */
@ExtendWith(TestServerExtension.class)
class HttpInfrastructureTest {
  private static HttpSuccessClient success;
  private static HttpRedirectsClient redirects;
  private static HttpClientFailureClient clientFailure;
  private static HttpServerFailureClient serverFailure;
  private static HttpRetryClient retry;
  private static HttpFailureClient failure;
  private static MultipleResponsesClient multiple;

  @BeforeAll
  static void connect(TestServer server) {
    success = ConformanceClients.configure(HttpSuccessClient.builder(), server).build();
    redirects = ConformanceClients.configure(HttpRedirectsClient.builder(), server).build();
    clientFailure = ConformanceClients.configure(HttpClientFailureClient.builder(), server).build();
    serverFailure = ConformanceClients.configure(HttpServerFailureClient.builder(), server).build();
    retry = ConformanceClients.configure(HttpRetryClient.builder(), server).build();
    failure = ConformanceClients.configure(HttpFailureClient.builder(), server).build();
    multiple = ConformanceClients.configure(MultipleResponsesClient.builder(), server).build();
  }

  private static void fails(int status, Executable call) {
    assertEquals(status, assertThrows(ManagementException.class, call).statusCode());
  }

  @Test
  void successStatusesOfEveryMethod() {
    assertTrue(success.head200());
    assertEquals("true", String.valueOf(success.get200()));
    // no route: Express answers OPTIONS itself with the text "HEAD,GET,...", not the declared JSON
    assertThrows(MalformedResponseException.class, () -> success.options200WithResponse(null));
    assertEquals(200, success.put200WithResponse(null, null).statusCode());
    assertEquals(200, success.patch200WithResponse(null, null).statusCode());
    assertEquals(200, success.post200WithResponse(null, null).statusCode());
    assertEquals(200, success.delete200WithResponse(null, null).statusCode());
    assertEquals(201, success.put201WithResponse(null, null).statusCode());
    assertEquals(201, success.post201WithResponse(null, null).statusCode());
    assertEquals(202, success.put202WithResponse(null, null).statusCode());
    assertEquals(202, success.post202WithResponse(null, null).statusCode());
    assertEquals(202, success.patch202WithResponse(null, null).statusCode());
    assertEquals(202, success.delete202WithResponse(null, null).statusCode());
    assertTrue(success.head204());
    assertEquals(204, success.put204WithResponse(null, null).statusCode());
    assertEquals(204, success.patch204WithResponse(null, null).statusCode());
    assertEquals(204, success.post204WithResponse(null, null).statusCode());
    assertEquals(204, success.delete204WithResponse(null, null).statusCode());
    assertFalse(success.head404());
  }

  /** A declared redirect is an answer: its status and typed Location come back, unfollowed. */
  private static void redirected(int status, String location, ArmResponseWithHeaders<?, ?> response) {
    assertEquals(status, response.statusCode());
    assertEquals(location, response.header("Location"));
    assertEquals(location, String.valueOf(locationOf(response.typedHeaders())));
  }

  private static Object locationOf(Object typedHeaders) {
    try {
      return typedHeaders.getClass().getMethod("location").invoke(typedHeaders);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(typedHeaders.getClass() + " has no location()", e);
    }
  }

  @Test
  void declaredRedirectsAreAnswers() {
    redirected(300, "/http/success/head/200", redirects.head300WithResponse(null));
    redirected(300, "/http/success/get/200", redirects.get300WithResponse(null));
    redirected(301, "/http/success/head/200", redirects.head301WithResponse(null));
    redirected(301, "/http/success/get/200", redirects.get301WithResponse(null));
    redirected(301, "/http/failure/500", redirects.put301WithResponse(null, null));
    redirected(302, "/http/success/head/200", redirects.head302WithResponse(null));
    redirected(302, "/http/success/get/200", redirects.get302WithResponse(null));
    redirected(302, "/http/failure/500", redirects.patch302WithResponse(null, null));
    redirected(303, "/http/success/get/200", redirects.post303WithResponse(null, null));
    redirected(307, "/http/success/head/200", redirects.head307WithResponse(null));
    redirected(307, "/http/success/get/200", redirects.get307WithResponse(null));
    redirected(307, "/http/success/options/200", redirects.options307WithResponse(null));
    redirected(307, "/http/success/put/200", redirects.put307WithResponse(null, null));
    redirected(307, "/http/success/patch/200", redirects.patch307WithResponse(null, null));
    redirected(307, "/http/success/post/200", redirects.post307WithResponse(null, null));
    redirected(307, "/http/success/delete/200", redirects.delete307WithResponse(null, null));
  }

  @Test
  void clientFailures() {
    fails(400, clientFailure::head400);
    fails(400, clientFailure::get400);
    fails(400, clientFailure::options400);
    fails(400, clientFailure::put400);
    fails(400, clientFailure::patch400);
    fails(400, clientFailure::post400);
    fails(400, clientFailure::delete400);
    fails(401, clientFailure::head401);
    fails(402, clientFailure::get402);
    fails(403, clientFailure::options403);
    fails(403, clientFailure::get403);
    fails(404, clientFailure::put404);
    fails(405, clientFailure::patch405);
    fails(406, clientFailure::post406);
    fails(407, clientFailure::delete407);
    fails(409, clientFailure::put409);
    fails(410, clientFailure::head410);
    fails(411, clientFailure::get411);
    fails(412, clientFailure::options412);
    fails(412, clientFailure::get412);
    fails(413, clientFailure::put413);
    fails(414, clientFailure::patch414);
    fails(415, clientFailure::post415);
    fails(416, clientFailure::get416);
    fails(417, clientFailure::delete417);
    // 429 is retried, and the server throttles every attempt
    fails(429, clientFailure::head429);
  }

  @Test
  void serverFailures() {
    fails(501, serverFailure::head501);
    fails(501, serverFailure::get501);
    fails(505, serverFailure::post505);
    fails(505, serverFailure::delete505);
  }

  @Test
  void idempotentMethodsAreRetried() {
    assertTrue(retry.head408());
    assertEquals(200, retry.put500WithResponse(null, null).statusCode());
    assertEquals(200, retry.get502WithResponse(null).statusCode());
    assertEquals(200, retry.options502WithResponse(null).statusCode());
    assertEquals(200, retry.delete503WithResponse(null, null).statusCode());
    assertEquals(200, retry.put504WithResponse(null, null).statusCode());
  }

  /**
   * A policy, listed in conformance/README.md: PATCH and POST may not be idempotent, so a 500,
   * 503 or 504 (which may come after the service acted) is not retried; the caller sees it.
   */
  @Test
  void patchAndPostAreNotRetriedAfterAServerError() {
    fails(500, retry::patch500);
    fails(503, retry::post503);
    fails(504, retry::patch504);
  }

  @Test
  void errorBodiesWithoutAModel() {
    fails(400, failure::getEmptyError);
    fails(400, failure::getNoModelError);
    fails(400, failure::getNoModelEmpty);
  }

  @Test
  void statusesWithAModelOrNone() {
    assertEquals("200", multiple.get200model204noModelDefaultError200Valid().statusCode());
    assertNull(multiple.get200model204noModelDefaultError204Valid());
    fails(201, multiple::get200model204noModelDefaultError201Invalid);
    fails(202, multiple::get200model204noModelDefaultError202None);
    fails(400, multiple::get200model204noModelDefaultError400Valid);
    multiple.get202none204noneDefaultError202None();
    multiple.get202none204noneDefaultError204None();
    fails(400, multiple::get202none204noneDefaultError400Valid);
    multiple.get202none204noneDefaultNone202Invalid();
    multiple.get202none204noneDefaultNone204None();
    fails(400, multiple::get202none204noneDefaultNone400None);
    fails(400, multiple::get202none204noneDefaultNone400Invalid);
  }

  @Test
  void eachStatusIsReadAsItsOwnModel() {
    assertEquals("200", multiple.get200model201modelDefaultError200Valid().statusCode());
    MyException created = multiple.get200model201modelDefaultError201Valid();
    assertEquals("Created", assertInstanceOf(B.class, created).textStatusCode());
    assertEquals("201", created.statusCode());
    fails(400, multiple::get200model201modelDefaultError400Valid);
    assertEquals("200", assertInstanceOf(MyException.class,
        multiple.get200modelA201ModelC404ModelDDefaultError200Valid()).statusCode());
    assertEquals("201", assertInstanceOf(C.class, multiple.get200modelA201ModelC404ModelDDefaultError201Valid()).httpCode());
    fails(400, multiple::get200modelA201ModelC404ModelDDefaultError400Valid);
  }

  /**
   * A policy, listed in conformance/README.md: a declared 404 (here with model D) stays an error
   * in an ARM client; its body is the exception's raw body.
   */
  @Test
  void aDeclaredNotFoundIsAnError() {
    ManagementException e = assertThrows(ManagementException.class, multiple::get200modelA201ModelC404ModelDDefaultError404Valid);
    assertEquals(404, e.statusCode());
    assertTrue(e.rawBody().contains("httpStatusCode"), e.rawBody());
  }

  @Test
  void defaultResponses() {
    assertEquals("200", multiple.getDefaultModelA200Valid().statusCode());
    assertNull(multiple.getDefaultModelA200None());
    fails(400, multiple::getDefaultModelA400Valid);
    fails(400, multiple::getDefaultModelA400None);
    multiple.getDefaultNone200Invalid();
    multiple.getDefaultNone200None();
    fails(400, multiple::getDefaultNone400Invalid);
    fails(400, multiple::getDefaultNone400None);
  }

  @Test
  void aModelWithUnknownOrMissingMembers() {
    assertNull(multiple.get200modelA200None());
    assertEquals("200", multiple.get200modelA200Valid().statusCode());
    // {"statusCodeInvalid": "200"}: an unknown member is skipped, the declared one is absent
    assertNull(multiple.get200modelA200Invalid().statusCode());
    fails(400, multiple::get200modelA400None);
    fails(400, multiple::get200modelA400Valid);
    fails(400, multiple::get200modelA400Invalid);
    fails(202, multiple::get200modelA202Valid);
  }
}
