package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelCompiler.call;
import static io.armgen.generator.emit.ModelFixtures.MODELS;
import static io.armgen.generator.emit.ModelFixtures.emitAll;
import static io.armgen.generator.emit.ModelFixtures.enumType;
import static io.armgen.generator.emit.ModelFixtures.named;
import static io.armgen.generator.emit.ModelFixtures.object;
import static io.armgen.generator.emit.ModelFixtures.prim;
import static io.armgen.generator.emit.ModelFixtures.prop;
import static io.armgen.generator.emit.ModelFixtures.required;
import static io.armgen.generator.emit.ModelFixtures.service;
import static io.armgen.generator.emit.ModelFixtures.withDiscriminator;
import static io.armgen.generator.emit.ModelFixtures.withDiscriminatorValue;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.BOOLEAN;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.INT32;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.SECRET_STRING;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.TypeRef;
import io.armgen.runtime.json.JsonWriteMode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values below the top level of a model: secrets inside lists and maps are redacted by
 * {@code toString} like a secret property, nested models and plain lists are shown, inherited
 * fields come root first, and {@code validate} reaches a model inside a list of lists. Emitted
 * before each test (PIT credits a {@code @BeforeAll} to one test only), compiled once per text.
 */
class NestedModelValuesTest {
  private ModelCompiler models;

  @BeforeEach
  void compile() {
    ObjectType person = object("Person", null, prop("name", prim(STRING)));
    ObjectType keyring = object("Keyring", null,
        prop("tokens", new TypeRef.ArrayOf(prim(SECRET_STRING))),
        prop("keys", new TypeRef.MapOf(prim(SECRET_STRING))),
        prop("names", new TypeRef.ArrayOf(prim(STRING))),
        prop("labels", new TypeRef.MapOf(prim(STRING))),
        prop("owner", named("Person")));
    ObjectType cell = object("Cell", null, required(prop("value", prim(INT32))));
    ObjectType grid = object("Grid", null, prop("rows", new TypeRef.ArrayOf(new TypeRef.ArrayOf(named("Cell")))));
    ObjectType animal = withDiscriminator(object("Animal", null, required(prop("kind", prim(STRING))),
        prop("name", prim(STRING))), "kind", "Dog");
    ObjectType dog = withDiscriminator(withDiscriminatorValue(
        object("Dog", named("Animal"), prop("barks", prim(BOOLEAN))), "Dog"), "kind", "Puppy");
    ObjectType puppy = withDiscriminatorValue(object("Puppy", named("Dog"), prop("ageWeeks", prim(INT32))), "Puppy");
    ObjectType cube = object("Cube", null,
        prop("cells", new TypeRef.ArrayOf(new TypeRef.ArrayOf(new TypeRef.ArrayOf(prim(INT32))))),
        prop("tree", new TypeRef.MapOf(new TypeRef.MapOf(new TypeRef.MapOf(prim(STRING))))),
        prop("sizes", new TypeRef.ArrayOf(new TypeRef.ArrayOf(named("Size")))),
        prop("hyper", new TypeRef.ArrayOf(new TypeRef.ArrayOf(new TypeRef.ArrayOf(new TypeRef.ArrayOf(prim(INT32)))))));
    models = ModelCompiler.compileOnce(emitAll(service(List.of(person, keyring, cell, grid, animal, dog, puppy, cube),
        List.of(enumType("Size", true, STRING, "small", "SMALL", "large", "LARGE")))));
  }

  @Test
  void secretsInsideListsAndMapsAreRedactedAndOtherValuesShown() throws Exception {
    Object keyring = models.read(MODELS + ".Keyring", """
        {"tokens": ["t0ken"], "keys": {"k": "s3cret"}, "names": ["a", "b"], "labels": {"x": "y"},
         "owner": {"name": "pat"}}""");
    assertEquals("Keyring{tokens=<redacted>, keys=<redacted>, names=[a, b], labels={x=y}, owner=Person{name=pat}}",
        keyring.toString());
  }

  @Test
  void inheritedFieldsAreShownRootFirst() throws Exception {
    Object puppy = models.read(MODELS + ".Animal", "{\"kind\": \"Puppy\", \"name\": \"rex\", \"barks\": true, \"ageWeeks\": 9}");
    assertEquals("Puppy{kind=Puppy, name=rex, barks=true, ageWeeks=9}", puppy.toString());
  }

  @Test
  void aSubtypeThatRestatesItsParentsDiscriminatorKeepsOneDiscriminatorProperty() throws Exception {
    Object dog = models.create(MODELS + ".Dog");
    assertEquals("Dog", call(dog, "kind"));
    assertEquals("{\"kind\":\"Dog\"}", ModelCompiler.write(dog, JsonWriteMode.REQUEST));
  }

  @Test
  void threeAndFourLevelsOfListsAndMapsReadAndWriteBack() throws Exception {
    String json = "{\"cells\":[[[1,2],[3]],[[]]],\"tree\":{\"a\":{\"b\":{\"c\":\"d\"}}},"
        + "\"sizes\":[[\"small\",\"huge\"],[\"large\"]],\"hyper\":[[[[1]],[[2,3]]]]}";
    assertEquals(json, ModelCompiler.write(models.read(MODELS + ".Cube", json), JsonWriteMode.REQUEST));
  }

  @Test
  void validateReachesAModelInsideAListOfLists() throws Exception {
    Object grid = models.read(MODELS + ".Grid", "{\"rows\": [[{\"value\": 1}], [{\"value\": 2}, {}]]}");
    assertEquals("Missing required property value in Cell",
        assertThrows(IllegalArgumentException.class, () -> call(grid, "validate")).getMessage());
    call(models.read(MODELS + ".Grid", "{\"rows\": [[{\"value\": 1}], [null]]}"), "validate");
  }
}
