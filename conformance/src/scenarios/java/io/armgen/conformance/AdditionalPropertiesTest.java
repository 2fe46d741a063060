package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.additionalproperties.v1_0_0.PetsClient;
import io.armgen.conformance.additionalproperties.v1_0_0.models.CatAPTrue;
import io.armgen.conformance.additionalproperties.v1_0_0.models.PetAPInProperties;
import io.armgen.conformance.additionalproperties.v1_0_0.models.PetAPInPropertiesWithAPString;
import io.armgen.conformance.additionalproperties.v1_0_0.models.PetAPObject;
import io.armgen.conformance.additionalproperties.v1_0_0.models.PetAPString;
import io.armgen.conformance.additionalproperties.v1_0_0.models.PetAPTrue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code additionalProperties.json} ({@code dist/test-routes/additional-properties.js}): free-form
 * keys beside declared properties, of any type, of a model type and of strings; a property named
 * {@code additionalProperties} beside free-form keys ({@code additionalPropertiesProperty()}).
 * The server compares each body and echoes it with {@code status: true}.
 */
@ExtendWith(TestServerExtension.class)
class AdditionalPropertiesTest {
  private static PetsClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(PetsClient.builder(), server).build();
  }

  private static Map<String, Object> puppyExtras() {
    return Maps.of("birthdate", "2017-12-13T02:29:51Z", "complexProperty", Maps.of("color", "Red"));
  }

  @Test
  void anyValues() {
    PetAPTrue back = client.createAPTrue(new PetAPTrue().withId(1).withName("Puppy").withAdditionalProperties(puppyExtras()));
    assertEquals(1, back.id());
    assertEquals("Puppy", back.name());
    assertEquals(true, back.status());
    assertEquals(puppyExtras(), back.additionalProperties());
  }

  @Test
  void anyValuesOnASubclass() {
    CatAPTrue back = client.createCatAPTrue(
        new CatAPTrue().withFriendly(true).withId(1).withName("Lisa").withAdditionalProperties(puppyExtras()));
    assertEquals(true, back.friendly());
    assertEquals("Lisa", back.name());
    assertEquals(true, back.status());
    assertEquals(puppyExtras(), back.additionalProperties());
  }

  @Test
  void objectValues() {
    Map<String, Object> sibling = Maps.of("id", 1, "name", "Puppy", "birthdate", "2017-12-13T02:29:51Z",
        "complexProperty", Maps.of("color", "Red"));
    Map<String, Object> extras = Maps.of("siblings", List.of(sibling), "picture", "//////4=");
    PetAPObject back = client.createAPObject(new PetAPObject().withId(2).withName("Hira").withAdditionalProperties(extras));
    assertEquals(true, back.status());
    assertEquals(extras, back.additionalProperties());
  }

  @Test
  void stringValues() {
    Map<String, String> extras = Maps.of("color", "red", "weight", "10 kg", "city", "Bombay");
    PetAPString back = client.createAPString(new PetAPString().withId(3).withName("Tommy").withAdditionalProperties(extras));
    assertEquals(true, back.status());
    assertEquals(extras, back.additionalProperties());
  }

  private static Map<String, Double> sizes() {
    return Maps.of("height", 5.61, "weight", 599d, "footsize", 11.5);
  }

  @Test
  void aPropertyNamedAdditionalProperties() {
    PetAPInProperties back = client.createAPInProperties(
        new PetAPInProperties().withId(4).withName("Bunny").withAdditionalProperties(sizes()));
    assertEquals(true, back.status());
    assertEquals(sizes(), back.additionalProperties());
  }

  @Test
  void aPropertyNamedAdditionalPropertiesBesideFreeFormKeys() {
    Map<String, String> extras = Maps.of("color", "red", "city", "Seattle", "food", "tikka masala");
    PetAPInPropertiesWithAPString back = client.createAPInPropertiesWithAPString(new PetAPInPropertiesWithAPString()
        .withId(5).withName("Funny").withOdataLocation("westus").withAdditionalPropertiesProperty(sizes())
        .withAdditionalProperties(extras));
    assertEquals(true, back.status());
    assertEquals("westus", back.odataLocation());
    assertEquals(sizes(), back.additionalPropertiesProperty());
    assertEquals(extras, back.additionalProperties());
  }
}
