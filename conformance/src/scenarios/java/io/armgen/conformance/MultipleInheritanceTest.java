package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.multipleinheritanceservice.v3_0_0.MultipleInheritanceServiceClient;
import io.armgen.conformance.multipleinheritanceservice.v3_0_0.models.Cat;
import io.armgen.conformance.multipleinheritanceservice.v3_0_0.models.Feline;
import io.armgen.conformance.multipleinheritanceservice.v3_0_0.models.Horse;
import io.armgen.conformance.multipleinheritanceservice.v3_0_0.models.Kitten;
import io.armgen.conformance.multipleinheritanceservice.v3_0_0.models.Pet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code multiple-inheritance.json} ({@code legacy/routes/multipleInheritance.js}): a model with two
 * allOf bases extends the first and has the second's properties as its own.
 */
@ExtendWith(TestServerExtension.class)
class MultipleInheritanceTest {
  private static MultipleInheritanceServiceClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(MultipleInheritanceServiceClient.builder(), server).build();
  }

  @Test
  void pet() {
    assertEquals(new Pet().withName("Peanut"), client.getPet());
    assertEquals("Pet was correct!", client.putPet(new Pet().withName("Butter")));
  }

  @Test
  void horse() {
    assertEquals(new Horse().withIsAShowHorse(true).withName("Fred"), client.getHorse());
    assertEquals("Horse was correct!", client.putHorse(new Horse().withIsAShowHorse(false).withName("General")));
  }

  @Test
  void feline() {
    assertEquals(new Feline().withMeows(true).withHisses(true), client.getFeline());
    assertEquals("Feline was correct!", client.putFeline(new Feline().withMeows(false).withHisses(true)));
  }

  @Test
  void cat() {
    assertEquals(new Cat().withLikesMilk(true).withMeows(true).withHisses(true).withName("Whiskers"), client.getCat());
    assertEquals("Cat was correct!",
        client.putCat(new Cat().withLikesMilk(false).withMeows(true).withHisses(false).withName("Boots")));
  }

  @Test
  void kitten() {
    assertEquals(new Kitten().withEatsMiceYet(false).withLikesMilk(true).withMeows(true).withHisses(true)
        .withName("Gatito"), client.getKitten());
    assertEquals("Kitten was correct!", client.putKitten(new Kitten().withEatsMiceYet(true).withLikesMilk(false)
        .withMeows(true).withHisses(false).withName("Kitty")));
  }
}
