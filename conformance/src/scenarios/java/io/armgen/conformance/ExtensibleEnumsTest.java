package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.petstoreinc.v2016_07_07.PetClient;
import io.armgen.conformance.petstoreinc.v2016_07_07.models.DaysOfWeekExtensibleEnum;
import io.armgen.conformance.petstoreinc.v2016_07_07.models.IntEnum;
import io.armgen.conformance.petstoreinc.v2016_07_07.models.Pet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code extensible-enums-swagger.json}: open enums keep known and unknown values and round-trip. */
@ExtendWith(TestServerExtension.class)
class ExtensibleEnumsTest {
  private static PetClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(PetClient.builder(), server).build();
  }

  @Test
  void getByPetIdExpectedEnum() {
    Pet tommy = client.getByPetId("tommy");
    assertEquals(DaysOfWeekExtensibleEnum.MONDAY, tommy.daysOfWeek());
    assertEquals(IntEnum.fromString("1"), tommy.intEnum());
  }

  @Test
  void getByPetIdUnexpectedEnum() {
    Pet casper = client.getByPetId("casper");
    assertEquals("Weekend", casper.daysOfWeek().toString());
    assertEquals("Casper Ghosty", casper.name());
  }

  @Test
  void getByPetIdAllowedValueEnum() {
    Pet scooby = client.getByPetId("scooby");
    assertEquals(DaysOfWeekExtensibleEnum.THURSDAY, scooby.daysOfWeek());
    assertEquals("2.1", scooby.intEnum().toString());
  }

  @Test
  void addPetRoundTripEnum() {
    Pet sent = new Pet().withName("Retriever").withDaysOfWeek(DaysOfWeekExtensibleEnum.FRIDAY)
        .withIntEnum(IntEnum.fromString("3"));
    Pet back = client.addPet(sent);
    assertEquals("Retriever", back.name());
    assertEquals(DaysOfWeekExtensibleEnum.FRIDAY, back.daysOfWeek());
    assertEquals("3", back.intEnum().toString());
  }
}
