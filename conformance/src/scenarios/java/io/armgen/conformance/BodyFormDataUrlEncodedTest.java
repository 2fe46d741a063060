package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.bodyformsdataurlencoded.v1_0_0.FormdataurlencodedClient;
import io.armgen.conformance.bodyformsdataurlencoded.v1_0_0.models.PetFood;
import io.armgen.conformance.bodyformsdataurlencoded.v1_0_0.models.PetType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-formdata-urlencoded.json} ({@code dist/test-routes/formdata.js}, "optional"
 * category): form parameters as {@code application/x-www-form-urlencoded}, an optional one left
 * out when null, a constant one filled in.
 */
@ExtendWith(TestServerExtension.class)
class BodyFormDataUrlEncodedTest {
  private static final WireRecorder WIRE = new WireRecorder();
  private static FormdataurlencodedClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(FormdataurlencodedClient.builder(), server).addPolicy(WIRE).build();
  }

  @Test
  void updatePetWithForm() {
    client.updatePetWithForm(1, PetType.DOG, PetFood.MEAT, 42, "Fido", null);
    assertEquals("application/x-www-form-urlencoded", WIRE.last().contentType());
    assertEquals("pet_type=dog&pet_food=meat&pet_age=42&name=Fido", WIRE.last().bodyText());
  }

  @Test
  void urlEncodedDataWithPartialConstantBody() {
    client.partialConstantBody("bar", "foo");
    assertEquals("grant_type=access_token&service=bar&access_token=foo", WIRE.last().bodyText());
  }
}
