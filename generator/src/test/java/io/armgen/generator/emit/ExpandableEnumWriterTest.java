package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelCompiler.call;
import static io.armgen.generator.emit.ModelCompiler.write;
import static io.armgen.generator.emit.ModelFixtures.MODELS;
import static io.armgen.generator.emit.ModelFixtures.emitAll;
import static io.armgen.generator.emit.ModelFixtures.enumType;
import static io.armgen.generator.emit.ModelFixtures.named;
import static io.armgen.generator.emit.ModelFixtures.object;
import static io.armgen.generator.emit.ModelFixtures.prop;
import static io.armgen.generator.emit.ModelFixtures.service;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.INT64;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.Service;
import io.armgen.runtime.json.JsonWriteMode;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpandableEnumWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String STATUS = MODELS + ".ConnectionStatus";
  private static ModelCompiler compiled;

  static Service enumService() {
    EnumType status = enumType("ConnectionStatus", true, STRING,
        "Approved", "APPROVED", "Pending", "PENDING", "approved", "APPROVED_LOWER", "Known", "KNOWN");
    EnumType size = enumType("Size", true, INT64, "1", "SMALL", "100", "LARGE");
    return service(List.of(object("State", null, prop("status", named("ConnectionStatus")), prop("size", named("Size")))),
        List.of(status, size));
  }

  /** Emitted before each test (PIT credits a {@code @BeforeAll} to the first test only), compiled once per distinct text. */
  @BeforeEach
  void compile() {
    compiled = ModelCompiler.compileOnce(emitAll(enumService()));
  }

  @Test
  void isAFinalValueClassWithConstants() throws ReflectiveOperationException {
    Class<?> type = compiled.type(STATUS);
    assertTrue(Modifier.isFinal(type.getModifiers()));
    assertFalse(type.isEnum());
    Object approved = type.getField("APPROVED").get(null);
    assertEquals("Approved", approved.toString());
    assertEquals("Known", type.getField("KNOWN").get(null).toString(), "a constant named like the internal list");
  }

  @Test
  void fromStringMatchesExactlyThenIgnoringCase() throws ReflectiveOperationException {
    Class<?> type = compiled.type(STATUS);
    assertSame(type.getField("APPROVED").get(null), compiled.callStatic(STATUS, "fromString", "Approved"));
    assertSame(type.getField("APPROVED_LOWER").get(null), compiled.callStatic(STATUS, "fromString", "approved"));
    assertSame(type.getField("PENDING").get(null), compiled.callStatic(STATUS, "fromString", "PENDING"));
    assertNull(compiled.callStatic(STATUS, "fromString", (Object) null));
  }

  @Test
  void unknownValuesAreKeptAndCompareByValue() {
    Object first = compiled.callStatic(STATUS, "fromString", "Disconnected");
    Object second = compiled.callStatic(STATUS, "fromString", "Disconnected");

    assertEquals("Disconnected", first.toString());
    assertNotSame(first, second);
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertFalse(first.equals(compiled.callStatic(STATUS, "fromString", "Pending")));
  }

  @Test
  void valuesListsTheKnownOnesInOrder() {
    Collection<?> values = (Collection<?>) compiled.callStatic(STATUS, "values");
    assertEquals(List.of("Approved", "Pending", "approved", "Known"), values.stream().map(Object::toString).toList());
  }

  @Test
  void unknownValueSurvivesAModelRoundTrip() throws IOException {
    String json = "{\"status\": \"BrandNewState\", \"size\": 42}";
    Object state = compiled.read(MODELS + ".State", json);

    assertEquals("BrandNewState", call(state, "status").toString());
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(write(state, JsonWriteMode.REQUEST)));
  }

  @Test
  void numericValuesAreHeldAsTextAndWrittenAsNumbers() throws IOException {
    Object state = compiled.read(MODELS + ".State", "{\"size\": 100}");
    assertSame(compiled.callStatic(MODELS + ".Size", "fromString", "100"), call(state, "size"));
    assertTrue(MAPPER.readTree(write(state, JsonWriteMode.FULL)).get("size").isIntegralNumber());
  }

  @Test
  void hostileValuesAndDescriptionsCompileAndKeepTheirValue() {
    String hostile = "*/ \u0000 \\u0022 $L $$ <b>x</b> @see " + "y".repeat(5000);
    EnumType e = new EnumType("Odd", hostile, true, STRING, List.of(
        new EnumType.EnumValue("a\"b\\u0041$c*/", "ODD_ONE", hostile),
        new EnumType.EnumValue("", "EMPTY", null)), ModelFixtures.HERE);
    Service s = service(List.of(), List.of(e));

    ModelCompiler odd = ModelCompiler.compile(List.of(ExpandableEnumWriter.write(s, e)));

    assertEquals("a\"b\\u0041$c*/", odd.callStatic(MODELS + ".Odd", "fromString", "a\"b\\u0041$c*/").toString());
  }

  @Test
  void emittingTwiceGivesIdenticalText() {
    Service s = enumService();
    List<String> first = s.enums().stream().map(e -> ExpandableEnumWriter.write(s, e)).map(JavaFile::toString).toList();
    List<String> second = s.enums().stream().map(e -> ExpandableEnumWriter.write(s, e)).map(JavaFile::toString).toList();
    assertEquals(first, second);
  }
}
