package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.xmserrorresponseextensions.v0_0_0.PetClient;
import io.armgen.conformance.xmserrorresponseextensions.v0_0_0.models.AnimalNotFound;
import io.armgen.conformance.xmserrorresponseextensions.v0_0_0.models.LinkNotFound;
import io.armgen.conformance.xmserrorresponseextensions.v0_0_0.models.NotFoundErrorBase;
import io.armgen.conformance.xmserrorresponseextensions.v0_0_0.models.PetActionError;
import io.armgen.runtime.arm.ManagementException;
import io.armgen.runtime.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code xms-error-responses.json}: typed error bodies on non-2xx responses. armgen raises
 * {@code ManagementException} with the status and the raw body for every error response; the
 * typed error models are generated, so a caller reads the body into them (as done here).
 */
@ExtendWith(TestServerExtension.class)
class XmsErrorResponsesTest {
  private static PetClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(PetClient.builder(), server).build();
  }

  private static ManagementException error(int status, Executable call) {
    ManagementException e = assertThrows(ManagementException.class, call);
    assertEquals(status, e.statusCode());
    return e;
  }

  @Test
  void getPetByIdExpectedNoErrors() {
    assertEquals("Tommy Tomson", client.getPetById("tommy").name());
  }

  @Test
  void getPetByIdAccepted202HasNoBody() {
    assertNull(client.getPetById("django"));
  }

  @Test
  void getPetByIdAnimalNotFoundError() throws Exception {
    ManagementException e = error(404, () -> client.getPetById("coyoteUgly"));
    NotFoundErrorBase body = Json.parse(e.rawBody(), NotFoundErrorBase::fromJson);
    AnimalNotFound animal = assertInstanceOf(AnimalNotFound.class, body);
    assertEquals("coyote", animal.name());
    assertEquals("the type of animal requested is not available", animal.reason());
  }

  @Test
  void getPetByIdLinkNotFoundError() throws Exception {
    ManagementException e = error(404, () -> client.getPetById("weirdAlYankovic"));
    LinkNotFound link = assertInstanceOf(LinkNotFound.class, Json.parse(e.rawBody(), NotFoundErrorBase::fromJson));
    assertEquals("pet/yourpet was not found", link.whatSubAddress());
  }

  @Test
  void getPetByIdStringError() {
    assertEquals("\"ringo is missing\"", error(400, () -> client.getPetById("ringo")).rawBody());
  }

  @Test
  void getPetByIdIntError() {
    assertEquals("123", error(501, () -> client.getPetById("alien123")).rawBody());
  }

  @Test
  void doSomethingExpectedNoErrors() {
    // the server answers the pet itself; the declared PetAction has no field in common with it
    assertNull(client.doSomething("stay").actionResponse());
  }

  @Test
  void doSomethingPetSadError() throws Exception {
    ManagementException e = error(500, () -> client.doSomething("jump"));
    PetActionError sad = Json.parse(e.rawBody(), PetActionError::fromJson);
    assertEquals("casper aint happy", sad.errorMessage());
    assertEquals("PetSadError", sad.errorType());
  }

  @Test
  void doSomethingPetHungryError() throws Exception {
    ManagementException e = error(404, () -> client.doSomething("fetch"));
    assertEquals("scooby is low", Json.parse(e.rawBody(), PetActionError::fromJson).errorMessage());
  }

  @Test
  void hasModelsParam() {
    // x-ms-client-default: without a value the client sends value1, which the server answers with
    // the sad-pet 500 (any other value: 400)
    error(500, () -> client.hasModelsParam());
    error(500, () -> client.hasModelsParam("value1"));
    error(400, () -> client.hasModelsParam("value2"));
  }
}
