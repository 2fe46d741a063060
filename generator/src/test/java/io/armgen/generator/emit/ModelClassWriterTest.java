package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelFixtures.MODELS;
import static io.armgen.generator.emit.ModelFixtures.emitAll;
import static io.armgen.generator.emit.ModelFixtures.enumType;
import static io.armgen.generator.emit.ModelFixtures.named;
import static io.armgen.generator.emit.ModelFixtures.object;
import static io.armgen.generator.emit.ModelFixtures.prim;
import static io.armgen.generator.emit.ModelFixtures.prop;
import static io.armgen.generator.emit.ModelFixtures.readOnly;
import static io.armgen.generator.emit.ModelFixtures.required;
import static io.armgen.generator.emit.ModelFixtures.runtime;
import static io.armgen.generator.emit.ModelFixtures.secret;
import static io.armgen.generator.emit.ModelFixtures.service;
import static io.armgen.generator.emit.ModelFixtures.withAdditionalProperties;
import static io.armgen.generator.emit.ModelFixtures.withDiscriminator;
import static io.armgen.generator.emit.ModelFixtures.withDiscriminatorValue;
import static io.armgen.generator.emit.ModelCompiler.call;
import static io.armgen.generator.emit.ModelCompiler.write;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.ANY;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.ARM_ID;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.BASE64URL;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.BOOLEAN;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.BYTES;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.DATE;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.DATE_TIME;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.DECIMAL;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.DOUBLE;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.DURATION;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.FLOAT;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.INT32;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.INT64;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.SECRET_STRING;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.STRING;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.UUID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import io.armgen.runtime.json.JsonWriteMode;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelClassWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PROXY = "io.armgen.runtime.arm.ProxyResource";
  private static final String TRACKED = "io.armgen.runtime.arm.TrackedResource";

  private static final String CONNECTION_JSON = """
      {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Zoo/vaults/v/privateEndpointConnections/c",
       "name": "c", "type": "Microsoft.Zoo/vaults/privateEndpointConnections", "etag": "W/\\"1\\"",
       "systemData": {"createdBy": "me", "createdByType": "User", "createdAt": "2024-01-02T03:04:05Z"},
       "properties": {"privateEndpoint": {"id": "/subscriptions/s/pe"},
         "privateLinkServiceConnectionState": {"status": "Approved", "description": "ok", "actionsRequired": "None"},
         "provisioningState": "Succeeded"}}""";

  private static ModelCompiler zoo;

  /** One service exercising every property shape the writer handles. */
  static Service zooService() {
    ObjectType endpoint = object("PrivateEndpoint", null, readOnly(prop("id", prim(ARM_ID))));
    ObjectType state = object("ConnectionState", null, prop("status", named("ConnectionStatus")),
        prop("description", prim(STRING)), prop("actionsRequired", prim(STRING)));
    ObjectType connection = object("PrivateEndpointConnection", runtime(PROXY),
        prop("privateEndpoint", named("PrivateEndpoint"), "properties", "privateEndpoint"),
        required(prop("connectionState", named("ConnectionState"), "properties", "privateLinkServiceConnectionState")),
        readOnly(prop("provisioningState", prim(STRING), "properties", "provisioningState")),
        prop("etag", prim(STRING)));
    ObjectType vault = object("Vault", runtime(TRACKED),
        required(prop("tenantId", prim(UUID), "properties", "tenantId")),
        prop("tier", named("Tier"), "properties", "sku", "tier"),
        prop("priority", named("Priority"), "properties", "priority"),
        secret(prop("password", prim(STRING))),
        prop("adminSecret", prim(SECRET_STRING), "properties", "adminSecret"),
        prop("createdAt", prim(DATE_TIME)), prop("retention", prim(DURATION)), prop("startDate", prim(DATE)),
        prop("data", prim(BYTES)), prop("tokens", new TypeRef.ArrayOf(prim(BASE64URL))),
        prop("labels", new TypeRef.MapOf(prim(STRING))),
        prop("connections", new TypeRef.ArrayOf(named("PrivateEndpointConnection"))),
        prop("extra", prim(ANY)), prop("matrix", new TypeRef.ArrayOf(new TypeRef.ArrayOf(prim(INT64)))),
        prop("ratio", prim(DOUBLE)), prop("weight", prim(FLOAT)), prop("count", prim(INT32)),
        prop("enabled", prim(BOOLEAN)), prop("price", prim(DECIMAL)), prop("uid", prim(UUID)),
        prop("statuses", new TypeRef.MapOf(named("ConnectionStatus"))),
        prop("stateMap", new TypeRef.MapOf(new TypeRef.ArrayOf(named("ConnectionState")))));
    ObjectType bag = withAdditionalProperties(object("Bag", null, prop("label", prim(STRING))), prim(ANY));
    ObjectType animal = withDiscriminator(object("Animal", null, required(prop("kind", prim(STRING))),
        prop("name", prim(STRING))), "kind", "Dog", "Cat");
    ObjectType dog = withDiscriminatorValue(object("Dog", named("Animal"), prop("barks", prim(BOOLEAN))), "Dog");
    ObjectType puppy = withDiscriminatorValue(object("Puppy", named("Dog"), prop("ageWeeks", prim(INT32))), "Puppy");
    ObjectType cat = withDiscriminatorValue(object("Cat", named("Animal"), secret(prop("secretName", prim(STRING)))), "Cat");
    // the discriminator is not declared as a property: the writer adds one
    ObjectType shape = withDiscriminator(object("Shape", null), "shape.type", "Circle");
    ObjectType circle = withDiscriminatorValue(object("Circle", named("Shape"), prop("radius", prim(DOUBLE))), "circle");
    ObjectType zooType = object("Zoo", null, prop("animals", new TypeRef.ArrayOf(named("Animal"))),
        prop("shapes", new TypeRef.MapOf(named("Shape"))));
    // accessor names that would clash with inherited methods
    ObjectType gadget = object("Gadget", runtime(PROXY), prop("name", prim(STRING), "properties", "name"),
        prop("validate", prim(BOOLEAN)), prop("hashCode", prim(INT32)),
        prop("asCommon", prim(STRING)));
    return service(
        List.of(endpoint, state, connection, vault, bag, animal, dog, puppy, cat, shape, circle, zooType, gadget),
        List.of(enumType("ConnectionStatus", true, STRING, "Approved", "APPROVED", "Pending", "PENDING"),
            enumType("Priority", true, INT32, "1", "LOW", "2", "HIGH"),
            enumType("Tier", false, STRING, "Basic", "BASIC", "Premium", "PREMIUM")));
  }

  /** Emitted before each test (see {@link ModelCompiler#compileOnce}), compiled once per distinct text. */
  @BeforeEach
  void compileZoo() {
    zoo = ModelCompiler.compileOnce(emitAll(zooService()));
  }

  @Test
  void flattenedPropertiesRoundTripThroughTheirNestedObject() throws IOException {
    Object connection = zoo.read(MODELS + ".PrivateEndpointConnection", CONNECTION_JSON);

    assertEquals("Succeeded", call(connection, "provisioningState"));
    assertEquals("W/\"1\"", call(connection, "etag"));
    assertEquals("c", call(connection, "name"));
    Object state = call(connection, "connectionState");
    assertSame(zoo.callStatic(MODELS + ".ConnectionStatus", "fromString", "Approved"), call(state, "status"));
    assertEquals("/subscriptions/s/pe", call(call(connection, "privateEndpoint"), "id"));
    assertJson(CONNECTION_JSON, write(connection, JsonWriteMode.FULL));
  }

  @Test
  void readOnlyPropertiesAreLeftOutOfRequestsButKeptInFullWrites() throws IOException {
    Object connection = zoo.read(MODELS + ".PrivateEndpointConnection", CONNECTION_JSON);

    assertJson("""
        {"etag": "W/\\"1\\"", "properties": {"privateEndpoint": {},
          "privateLinkServiceConnectionState": {"status": "Approved", "description": "ok", "actionsRequired": "None"}}}""",
        write(connection, JsonWriteMode.REQUEST));

    Object onlyReadOnly = zoo.read(MODELS + ".PrivateEndpointConnection", "{\"properties\": {\"provisioningState\": \"x\"}}");
    assertJson("{}", write(onlyReadOnly, JsonWriteMode.REQUEST));
    assertJson("{\"properties\": {\"provisioningState\": \"x\"}}", write(onlyReadOnly, JsonWriteMode.FULL));
  }

  @Test
  void everyValueKindRoundTrips() throws IOException {
    String json = """
        {"location": "westus", "tags": {"env": "test"},
         "properties": {"tenantId": "0b1f2c3d-0000-4000-8000-000000000001", "sku": {"tier": "Premium"},
           "priority": 2, "adminSecret": "s3cr3t"},
         "password": "hunter2", "createdAt": "2024-01-02T03:04:00Z", "retention": "PT1H30M",
         "startDate": "2024-02-29", "data": "aGVsbG8=", "tokens": ["aGk", "d29ybGQ"],
         "labels": {"a": "b"}, "connections": [%s],
         "extra": {"free": [1, "x", true, null, 2.5]}, "matrix": [[1, 2], [], [9007199254740993]],
         "ratio": 0.25, "weight": 1.5, "count": 7, "enabled": false, "price": 12.50,
         "uid": "0b1f2c3d-0000-4000-8000-000000000002",
         "statuses": {"one": "Approved", "two": "BrandNew"},
         "stateMap": {"k": [{"status": "Pending"}, {"description": "d"}]}}""".formatted(CONNECTION_JSON);
    Object vault = zoo.read(MODELS + ".Vault", json);

    assertJson(json, write(vault, JsonWriteMode.FULL));
    assertEquals("westus", call(vault, "location"));
    assertEquals(java.time.Duration.ofMinutes(90), call(vault, "retention"));
    assertEquals("Premium", call(vault, "tier").toString());
    assertEquals(2, MAPPER.readTree(write(vault, JsonWriteMode.FULL)).at("/properties/priority").intValue(),
        "a numeric enum goes back on the wire as a number");
    assertTrue(MAPPER.readTree(write(vault, JsonWriteMode.FULL)).at("/properties/priority").isNumber());
  }

  @Test
  void fluentSettersIncludingTrackedResourceLocationAndTags() throws IOException {
    Object vault = zoo.create(MODELS + ".Vault");
    Object same = call(call(call(vault, "withLocation", "westeurope"), "withTags", Map.of("k", "v")),
        "withTenantId", java.util.UUID.fromString("0b1f2c3d-0000-4000-8000-000000000001"));

    assertSame(vault, same);
    assertJson("""
        {"location": "westeurope", "tags": {"k": "v"},
         "properties": {"tenantId": "0b1f2c3d-0000-4000-8000-000000000001"}}""", write(vault, JsonWriteMode.REQUEST));
  }

  @Test
  void readOnlyPropertiesHaveNoSetter() {
    Class<?> connection = zoo.type(MODELS + ".PrivateEndpointConnection");
    assertTrue(java.util.Arrays.stream(connection.getMethods()).noneMatch(m -> m.getName().equals("withProvisioningState")));
    assertTrue(java.util.Arrays.stream(connection.getMethods()).anyMatch(m -> m.getName().equals("withEtag")));
  }

  @Test
  void validateNamesTheFirstMissingRequiredProperty() throws IOException {
    Object connection = zoo.create(MODELS + ".PrivateEndpointConnection");
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> call(connection, "validate"));
    assertEquals("Missing required property properties.privateLinkServiceConnectionState in PrivateEndpointConnection",
        missing.getMessage());

    Object vault = zoo.create(MODELS + ".Vault");
    call(vault, "withLocation", "westus");
    assertEquals("Missing required property properties.tenantId in Vault",
        assertThrows(IllegalArgumentException.class, () -> call(vault, "validate")).getMessage());

    call(vault, "withTenantId", java.util.UUID.randomUUID());
    call(vault, "validate");
    call(vault, "withConnections", List.of(connection));
    assertEquals("Missing required property properties.privateLinkServiceConnectionState in PrivateEndpointConnection",
        assertThrows(IllegalArgumentException.class, () -> call(vault, "validate")).getMessage(),
        "models in lists are validated too");
    call(connection, "withConnectionState", zoo.create(MODELS + ".ConnectionState"));
    call(vault, "validate");
  }

  @Test
  void unknownFieldsAreSkippedAtEveryLevel() throws IOException {
    Object connection = zoo.read(MODELS + ".PrivateEndpointConnection", """
        {"etag": "e", "surprise": {"deep": [1, {"x": null}]}, "properties": {"newThing": [true], "provisioningState": "ok",
         "privateLinkServiceConnectionState": {"status": "Pending", "later": 1}}}""");

    assertJson("""
        {"etag": "e", "properties": {"provisioningState": "ok",
         "privateLinkServiceConnectionState": {"status": "Pending"}}}""", write(connection, JsonWriteMode.FULL));
  }

  @Test
  void additionalPropertiesAreKeptAndWrittenBack() throws IOException {
    String json = "{\"label\": \"l\", \"x\": 1, \"y\": {\"z\": [true, null]}}";
    Object bag = zoo.read(MODELS + ".Bag", json);

    Map<?, ?> extra = (Map<?, ?>) call(bag, "additionalProperties");
    assertEquals(List.of("x", "y"), List.copyOf(extra.keySet()));
    assertJson(json, write(bag, JsonWriteMode.FULL));

    Object fresh = zoo.create(MODELS + ".Bag");
    call(fresh, "withAdditionalProperties", Map.of("k", "v"));
    assertJson("{\"k\": \"v\"}", write(fresh, JsonWriteMode.REQUEST));
  }

  @Test
  void discriminatorPicksTheSubtype() throws IOException {
    Object dog = zoo.read(MODELS + ".Animal", "{\"kind\": \"Dog\", \"name\": \"rex\", \"barks\": true}");
    Object puppy = zoo.read(MODELS + ".Animal", "{\"kind\": \"Puppy\", \"barks\": false, \"ageWeeks\": 9}");
    Object unknown = zoo.read(MODELS + ".Animal", "{\"kind\": \"Fish\", \"name\": \"nemo\"}");
    Object viaDog = zoo.read(MODELS + ".Dog", "{\"kind\": \"Puppy\", \"ageWeeks\": 3}");

    assertEquals(MODELS + ".Dog", dog.getClass().getName());
    assertEquals(true, call(dog, "barks"));
    assertEquals("rex", call(dog, "name"));
    assertEquals(MODELS + ".Puppy", puppy.getClass().getName());
    assertEquals(9, call(puppy, "ageWeeks"));
    assertEquals(MODELS + ".Animal", unknown.getClass().getName());
    assertEquals("Fish", call(unknown, "kind"));
    assertEquals(MODELS + ".Puppy", viaDog.getClass().getName());
    assertNull(zoo.read(MODELS + ".Animal", "null"));

    Object zooModel = zoo.read(MODELS + ".Zoo", """
        {"animals": [{"kind": "Cat", "secretName": "x"}, {"kind": "Dog"}], "shapes": {"c": {"shape.type": "circle", "radius": 2.0}}}""");
    List<?> animals = (List<?>) call(zooModel, "animals");
    assertEquals(MODELS + ".Cat", animals.get(0).getClass().getName());
    assertEquals(MODELS + ".Circle", ((Map<?, ?>) call(zooModel, "shapes")).get("c").getClass().getName());
  }

  @Test
  void subtypesWriteTheirDiscriminatorValue() throws IOException {
    assertJson("{\"kind\": \"Dog\", \"barks\": true}",
        write(call(zoo.create(MODELS + ".Dog"), "withBarks", true), JsonWriteMode.REQUEST));
    assertJson("{\"kind\": \"Puppy\", \"name\": \"p\"}",
        write(call(zoo.create(MODELS + ".Puppy"), "withName", "p"), JsonWriteMode.REQUEST));
    assertJson("{\"shape.type\": \"circle\", \"radius\": 1.0}",
        write(call(zoo.create(MODELS + ".Circle"), "withRadius", 1.0), JsonWriteMode.REQUEST));
    // inherited setters return the subtype, so chains keep their type
    assertEquals(MODELS + ".Puppy", call(zoo.create(MODELS + ".Puppy"), "withName", "p").getClass().getName());
  }

  @Test
  void toStringRedactsSecretsAndListsSetFields() throws IOException {
    Object vault = zoo.read(MODELS + ".Vault", """
        {"location": "westus", "password": "hunter2", "properties": {"adminSecret": "s3cr3t"}, "count": 3, "data": "aGk="}""");
    String text = vault.toString();

    assertFalse(text.contains("hunter2"), text);
    assertFalse(text.contains("s3cr3t"), text);
    assertTrue(text.contains("password=<redacted>"), text);
    assertTrue(text.contains("adminSecret=<redacted>"), text);
    assertTrue(text.contains("location=westus"), text);
    assertTrue(text.contains("count=3"), text);
    assertTrue(text.contains("data=byte[2]"), text);
    assertFalse(text.contains("tenantId"), "null fields are left out: " + text);

    Object cat = zoo.read(MODELS + ".Animal", "{\"kind\": \"Cat\", \"name\": \"tom\", \"secretName\": \"whiskers\"}");
    assertEquals("Cat{kind=Cat, name=tom, secretName=<redacted>}", cat.toString());
  }

  @Test
  void equalsAndHashCodeCoverOwnAndInheritedState() throws IOException {
    Object a = zoo.read(MODELS + ".PrivateEndpointConnection", CONNECTION_JSON);
    Object b = zoo.read(MODELS + ".PrivateEndpointConnection", CONNECTION_JSON);
    Object otherId = zoo.read(MODELS + ".PrivateEndpointConnection", CONNECTION_JSON.replace("Connections/c\"", "Connections/d\""));

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, otherId, "the inherited resource id takes part");
    call(b, "withEtag", "changed");
    assertNotEquals(a, b);

    Object puppy1 = zoo.read(MODELS + ".Animal", "{\"kind\": \"Puppy\", \"name\": \"x\", \"ageWeeks\": 1}");
    Object puppy2 = zoo.read(MODELS + ".Animal", "{\"kind\": \"Puppy\", \"name\": \"y\", \"ageWeeks\": 1}");
    assertNotEquals(puppy1, puppy2, "fields of generated bases take part");
    assertNotEquals(zoo.create(MODELS + ".Dog"), zoo.create(MODELS + ".Puppy"));
    Object bytes1 = zoo.read(MODELS + ".Vault", "{\"data\": \"aGk=\"}");
    Object bytes2 = zoo.read(MODELS + ".Vault", "{\"data\": \"aGk=\"}");
    assertEquals(bytes1, bytes2, "byte arrays compare by content");
    assertEquals(bytes1.hashCode(), bytes2.hashCode());
  }

  @Test
  void classesWithSubtypesAreOpenOthersFinal() {
    assertTrue(Modifier.isFinal(zoo.type(MODELS + ".Vault").getModifiers()));
    assertTrue(Modifier.isFinal(zoo.type(MODELS + ".Puppy").getModifiers()));
    assertFalse(Modifier.isFinal(zoo.type(MODELS + ".Animal").getModifiers()));
    assertFalse(Modifier.isFinal(zoo.type(MODELS + ".Dog").getModifiers()));
    assertEquals("io.armgen.runtime.arm.TrackedResource", zoo.type(MODELS + ".Vault").getSuperclass().getName());
    assertEquals("io.armgen.runtime.json.JsonModel", zoo.type(MODELS + ".Bag").getSuperclass().getName());
  }

  @Test
  void accessorsThatWouldClashWithInheritedMethodsAreRenamed() throws IOException {
    Object gadget = zoo.read(MODELS + ".Gadget",
        "{\"name\": \"resource-name\", \"properties\": {\"name\": \"inner\"}, \"validate\": true, \"hashCode\": 4,"
            + " \"asCommon\": \"x\"}");

    assertEquals("resource-name", call(gadget, "name"));
    assertEquals("inner", call(gadget, "nameProperty"));
    assertEquals(true, call(gadget, "validateProperty"));
    assertEquals(4, call(gadget, "hashCodeProperty"));
    // asCommon() is the name of a shared shape's view, whether or not this run shares the type
    assertEquals("x", call(gadget, "asCommonProperty"));
  }

  @Test
  void emittingTwiceGivesIdenticalText() {
    List<String> first = emitAll(zooService()).stream().map(JavaFile::toString).toList();
    List<String> second = emitAll(zooService()).stream().map(JavaFile::toString).toList();
    assertEquals(first, second);
  }

  @Test
  void aFlattenedObjectSharedWithAGeneratedBaseIsRefused() {
    ObjectType base = object("Base", null, prop("a", prim(STRING), "properties", "a"));
    ObjectType sub = object("Sub", named("Base"), prop("b", prim(STRING), "properties", "b"));
    Service s = service(List.of(base, sub), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ModelClassWriter.write(s, sub, new EmitContext(s)));
    assertTrue(e.getMessage().contains("Sub") && e.getMessage().contains("properties"), e.getMessage());
  }

  @Test
  void hostileSpecTextCompiles() throws IOException {
    String hostile = "Ends */ a comment, \u0000 nul, \\u0022 escape, \\u000a newline escape, $L $S $$ dollars, "
        + "<b>html</b> & @param {@code x}\nsecond line\r\n\tthird " + "x".repeat(5000);
    ObjectType odd = ModelFixtures.describedObject(object("Odd", null,
        ModelFixtures.described(prop("weird", prim(STRING), "we\"ird$name\\u0041*/"), hostile),
        ModelFixtures.described(required(prop("nested", prim(STRING), "prop*/erties", "x\\u0022y")), hostile)), hostile);
    Service s = service(List.of(odd), List.of());

    ModelCompiler compiled = ModelCompiler.compile(emitAll(s));

    String json = "{\"we\\\"ird$name\\\\u0041*/\": \"v\", \"prop*/erties\": {\"x\\\\u0022y\": \"n\"}}";
    Object model = compiled.read(MODELS + ".Odd", json);
    assertEquals("v", call(model, "weird"));
    assertJson(json, write(model, JsonWriteMode.FULL));
    assertEquals("Missing required property prop*/erties.x\\u0022y in Odd",
        assertThrows(IllegalArgumentException.class, () -> call(compiled.create(MODELS + ".Odd"), "validate")).getMessage());
  }

  private static void assertJson(String expected, String actual) throws IOException {
    JsonNode e = MAPPER.readTree(expected);
    JsonNode a = MAPPER.readTree(actual);
    assertEquals(e, a, () -> "expected " + e + "\n but was " + a);
  }
}
