package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelFixtures.HERE;
import static io.armgen.generator.emit.ModelFixtures.MODELS;
import static io.armgen.generator.emit.ModelFixtures.PACKAGE;
import static io.armgen.generator.emit.ModelFixtures.described;
import static io.armgen.generator.emit.ModelFixtures.describedObject;
import static io.armgen.generator.emit.ModelFixtures.emitAll;
import static io.armgen.generator.emit.ModelFixtures.object;
import static io.armgen.generator.emit.ModelFixtures.prim;
import static io.armgen.generator.emit.ModelFixtures.prop;
import static io.armgen.generator.emit.ModelFixtures.readOnly;
import static io.armgen.generator.emit.ModelFixtures.service;
import static io.armgen.generator.emit.ModelFixtures.withAdditionalProperties;
import static io.armgen.generator.emit.ModelFixtures.withDiscriminator;
import static io.armgen.generator.emit.ModelFixtures.withDiscriminatorValue;
import static io.armgen.generator.emit.ModelCompiler.call;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.INT32;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a user reads of the generated models and enums: the package page, the class, property,
 * setter and constructor Javadoc (the spec's text, or a sentence naming the thing when the spec
 * has none), and the accessor a discriminator that is no declared property gets from its wire name.
 * Each test emits its own models (no {@code @BeforeAll}: PIT credits that to the first test only).
 */
class ModelDocsAndNamesTest {
  private static Service titled(String title, String description) {
    return new Service("Zoo", "Microsoft.Zoo", "2024-01-01", title, description, PACKAGE, "zoo.json",
        List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void thePackagePageHasTheTitleTheDescriptionInParagraphsAndTheApiVersion() {
    assertEquals("""
        // generated
        /**
         * Models for Zoo Service.
         *
         * <p>Keeps animals.
         *
         * And feeds them.
         *
         * <p>API version {@code 2024-01-01}.
         */
        package p.models;
        """, PackageInfoWriter.write(titled("Zoo Service", "Keeps animals.\n\nAnd feeds them.  "), "p.models",
        "generated", "Models"));
  }

  @Test
  void withoutATitleThePackagePageNamesTheServiceAndWithoutADescriptionHasNoParagraphForIt() {
    String expected = """
        // generated
        /**
         * Clients for Zoo.
         *
         * <p>API version {@code 2024-01-01}.
         */
        package p;
        """;
    assertEquals(expected, PackageInfoWriter.write(titled(null, null), "p", "generated", "Clients"));
    assertEquals(expected, PackageInfoWriter.write(titled("  ", ""), "p", "generated", "Clients"));
  }

  private static String source(List<JavaFile> files, String simpleName) {
    return files.stream().filter(f -> f.typeSpec().name().equals(simpleName)).findFirst().orElseThrow().toString();
  }

  @Test
  void anEnumWithoutDescriptionsIsDocumentedByNameAndValue() {
    EnumType size = new EnumType("Size", "How big the cage is.", false, STRING, List.of(
        new EnumType.EnumValue("Small", "SMALL", "Fits a cat."), new EnumType.EnumValue("Large", "LARGE", null)), HERE);
    EnumType tier = new EnumType("Tier", null, true, STRING, List.of(new EnumType.EnumValue("Basic", "BASIC", null)), HERE);
    List<JavaFile> files = emitAll(service(List.of(), List.of(size, tier)));

    String sizeSource = source(files, "Size");
    assertTrue(sizeSource.contains("/**\n * How big the cage is.\n */"), sizeSource);
    assertTrue(sizeSource.contains("/**\n   * Fits a cat.\n   */\n  SMALL"), sizeSource);
    assertTrue(sizeSource.contains("/**\n   * The value Large.\n   */\n  LARGE"), sizeSource);
    assertFalse(sizeSource.contains("Values of Size"), sizeSource);
    assertFalse(sizeSource.contains("The value Small."), sizeSource);
    String tierSource = source(files, "Tier");
    assertTrue(tierSource.contains("/**\n * Values of Tier.\n */"), tierSource);
    assertTrue(tierSource.contains("The value Basic."), tierSource);
    assertFalse(tierSource.contains("On the wire"), tierSource);
  }

  @Test
  void aNumericOpenEnumSaysItHoldsTheJsonText() {
    EnumType priority = new EnumType("Priority", null, true, INT32, List.of(new EnumType.EnumValue("1", "LOW", null)), HERE);
    String source = source(emitAll(service(List.of(), List.of(priority))), "Priority");
    assertTrue(source.contains("/**\n * Values of Priority.\n *\n * <p>On the wire a int32; held here as its JSON text.\n */"),
        source);
  }

  @Test
  void aPropertyNamedAdditionalPropertiesIsRenamedOnlyWhereTheMapOfUnknownFieldsIsOffered() {
    ObjectType open = withAdditionalProperties(object("Open", null, prop("additionalProperties", prim(STRING))), prim(STRING));
    ObjectType closed = object("Closed", null, prop("additionalProperties", prim(STRING)));
    List<JavaFile> files = emitAll(service(List.of(open, closed), List.of()));
    String openSource = source(files, "Open");
    assertTrue(openSource.contains("public String additionalPropertiesProperty() {"), openSource);
    assertTrue(openSource.contains("public Map<String, String> additionalProperties() {"), openSource);
    String closedSource = source(files, "Closed");
    assertTrue(closedSource.contains("public String additionalProperties() {"), closedSource);
    assertFalse(closedSource.contains("additionalPropertiesProperty"), closedSource);
  }

  @Test
  void classPropertySetterAndConstructorDocsUseTheSpecTextOrNameTheThing() {
    ObjectType bag = object("Bag", null, prop("label", prim(STRING)),
        described(prop("owner", prim(STRING)), "Who carries the bag."), readOnly(prop("weight", prim(STRING))));
    ObjectType box = describedObject(object("Box", null, new Property(List.of("kind"), "kind", prim(STRING), true,
        false, false, null, HERE, "\"box\"", null)), "A box with a lid.");
    List<JavaFile> files = emitAll(service(List.of(bag, box), List.of()));

    String bagSource = source(files, "Bag");
    assertTrue(bagSource.contains("/**\n * The Bag model.\n */"), bagSource);
    assertTrue(bagSource.contains("/**\n   * Creates an empty Bag.\n   */"), bagSource);
    assertTrue(bagSource.contains("/**\n   * The label property.\n   *\n   * @return the label value\n   */"), bagSource);
    assertTrue(bagSource.contains("/**\n   * Sets the label property.\n   *\n   * @param label"), bagSource);
    assertTrue(bagSource.contains("/**\n   * Who carries the bag.\n   *\n   * @return the owner value\n   */"), bagSource);
    assertTrue(bagSource.contains("/**\n   * Sets the owner property: Who carries the bag.\n   *\n   * @param owner"), bagSource);
    assertTrue(bagSource.contains("/**\n   * The weight property.\n   *\n   * <p>Read-only: set by the service, never sent.\n"
        + "   *\n   * @return the weight value\n   */"), bagSource);
    assertEquals(1, bagSource.split("Read-only", -1).length - 1, bagSource);
    assertFalse(bagSource.contains("Constant:"), bagSource);

    String boxSource = source(files, "Box");
    assertTrue(boxSource.contains("/**\n * A box with a lid.\n */"), boxSource);
    assertFalse(boxSource.contains("The Box model."), boxSource);
    assertTrue(boxSource.contains("/**\n   * Creates a new Box with its constants and defaults set.\n   */"), boxSource);
    assertTrue(boxSource.contains("<p>Constant: the service accepts only this value, which every model starts with."),
        boxSource);
  }

  @Test
  void anUndeclaredDiscriminatorGetsALowerCamelAccessorFromItsWireName() throws IOException {
    Map<String, String> accessors = new LinkedHashMap<>();
    accessors.put("@odata.type", "odataType");
    accessors.put("x-ms-kind", "xMsKind");
    accessors.put("--Kind", "kind");
    accessors.put("class", "classValue");
    accessors.put("1kind", "value1kind");
    accessors.put("-", "value");
    accessors.put("$type", "type");
    accessors.put("a\u200bb", "aB");
    List<ObjectType> objects = new java.util.ArrayList<>();
    int i = 0;
    for (String wire : accessors.keySet()) {
      // one with a property of its own besides: the discriminator still gets its accessor
      ObjectType base = i == 0 ? object("Base" + i++, null, prop("label", prim(STRING))) : object("Base" + i++, null);
      objects.add(withDiscriminator(base, wire));
    }
    // a root that is itself a kind: its constructor sets its own value
    objects.add(withDiscriminatorValue(withDiscriminator(object("Root", null), "odata.kind"), "#root"));
    ModelCompiler models = ModelCompiler.compile(emitAll(service(objects, List.of())));

    i = 0;
    for (Map.Entry<String, String> e : accessors.entrySet()) {
      String type = MODELS + ".Base" + i++;
      Object read = models.read(type, "{" + DocText.literal(e.getKey()) + ": \"seen\"}");
      assertEquals("seen", call(read, e.getValue()), e.getKey());
    }
    assertEquals("#root", call(models.create(MODELS + ".Root"), "odataKind"));
  }
}
