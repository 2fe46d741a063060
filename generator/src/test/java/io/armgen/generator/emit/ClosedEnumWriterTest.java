package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelFixtures.MODELS;
import static io.armgen.generator.emit.ModelFixtures.emitAll;
import static io.armgen.generator.emit.ModelFixtures.enumType;
import static io.armgen.generator.emit.ModelFixtures.named;
import static io.armgen.generator.emit.ModelFixtures.object;
import static io.armgen.generator.emit.ModelFixtures.prop;
import static io.armgen.generator.emit.ModelFixtures.service;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.INT32;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.Service;
import io.armgen.runtime.json.JsonWriteMode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClosedEnumWriterTest {
  private static final String TIER = MODELS + ".Tier";
  private static ModelCompiler compiled;

  static Service tierService() {
    EnumType tier = enumType("Tier", false, STRING, "Basic", "BASIC", "Premium", "PREMIUM", "premium", "PREMIUM_LOWER");
    EnumType level = enumType("Level", false, INT32, "1", "ONE", "2", "TWO");
    return service(List.of(object("Plan", null, prop("tier", named("Tier")), prop("level", named("Level")))),
        List.of(tier, level));
  }

  /** Emitted before each test (PIT credits a {@code @BeforeAll} to the first test only), compiled once per distinct text. */
  @BeforeEach
  void compile() {
    compiled = ModelCompiler.compileOnce(emitAll(tierService()));
  }

  @Test
  void isAJavaEnumWhoseToStringIsTheWireValue() {
    Class<?> type = compiled.type(TIER);
    assertTrue(type.isEnum());
    assertEquals(List.of("Basic", "Premium", "premium"),
        Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
    assertEquals(List.of("BASIC", "PREMIUM", "PREMIUM_LOWER"),
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
  }

  @Test
  void fromStringMatchesExactlyThenIgnoringCase() {
    Object[] constants = compiled.type(TIER).getEnumConstants();
    assertSame(constants[1], compiled.callStatic(TIER, "fromString", "Premium"));
    assertSame(constants[2], compiled.callStatic(TIER, "fromString", "premium"));
    assertSame(constants[0], compiled.callStatic(TIER, "fromString", "BASIC"));
    assertNull(compiled.callStatic(TIER, "fromString", (Object) null));
  }

  @Test
  void unknownValueIsRejectedNamingItAndTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> compiled.callStatic(TIER, "fromString", "Gold"));
    assertEquals("Unknown Tier value 'Gold'; known values: Basic, Premium, premium", e.getMessage());
  }

  @Test
  void modelsReadAndWriteClosedEnums() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String json = "{\"tier\": \"Premium\", \"level\": 2}";
    Object plan = compiled.read(MODELS + ".Plan", json);

    assertEquals(mapper.readTree(json), mapper.readTree(ModelCompiler.write(plan, JsonWriteMode.FULL)));
    assertThrows(IllegalArgumentException.class, () -> compiled.read(MODELS + ".Plan", "{\"tier\": \"Gold\"}"));
  }

  @Test
  void hostileValuesAndDescriptionsCompile() {
    String hostile = "*/ \u0000 \\u0022 $L $$ <b>x</b> " + "z".repeat(5000);
    EnumType e = new EnumType("Odd", hostile, false, STRING,
        List.of(new EnumType.EnumValue("a\"b\\u0041$c*/", "ODD_ONE", hostile)), ModelFixtures.HERE);
    Service s = service(List.of(), List.of(e));

    ModelCompiler odd = ModelCompiler.compile(List.of(ClosedEnumWriter.write(s, e)));

    assertEquals("a\"b\\u0041$c*/", odd.callStatic(MODELS + ".Odd", "fromString", "a\"b\\u0041$c*/").toString());
  }

  @Test
  void anEnumWithoutValuesIsRefused() {
    EnumType empty = new EnumType("Empty", null, false, STRING, List.of(), ModelFixtures.HERE);
    assertThrows(IllegalArgumentException.class, () -> ClosedEnumWriter.write(service(List.of(), List.of(empty)), empty));
  }

  @Test
  void emittingTwiceGivesIdenticalText() {
    Service s = tierService();
    assertEquals(ClosedEnumWriter.write(s, s.enums().get(0)).toString(), ClosedEnumWriter.write(s, s.enums().get(0)).toString());
  }
}
