package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelCompiler.call;
import static io.armgen.generator.emit.ModelCompiler.write;
import static io.armgen.generator.emit.ModelFixtures.HERE;
import static io.armgen.generator.emit.ModelFixtures.MODELS;
import static io.armgen.generator.emit.ModelFixtures.emitAll;
import static io.armgen.generator.emit.ModelFixtures.enumType;
import static io.armgen.generator.emit.ModelFixtures.named;
import static io.armgen.generator.emit.ModelFixtures.object;
import static io.armgen.generator.emit.ModelFixtures.prim;
import static io.armgen.generator.emit.ModelFixtures.prop;
import static io.armgen.generator.emit.ModelFixtures.service;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.DATE_TIME_RFC1123;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.DOUBLE;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.DURATION;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.INT32;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.STRING;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.UNIX_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.TypeRef;
import io.armgen.runtime.json.JsonReadException;
import io.armgen.runtime.json.JsonWriteMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated models, compiled and run: constants and client defaults are there before the user sets
 * anything (constants have no setter), date-times travel as RFC 1123 text or Unix seconds when the
 * spec says so, durations with days, and numbers that do not fit their property are read errors.
 */
class ModelWireValuesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static ModelCompiler compiled;

  private static Property valued(TypeRef type, String name, boolean required, String constant, String clientDefault) {
    return new Property(List.of(name), name, type, required, false, false, null, HERE, constant, clientDefault);
  }

  /** Emitted before each test (PIT credits a {@code @BeforeAll} to the first test only), compiled once per distinct text. */
  @BeforeEach
  void compile() {
    ObjectType event = object("Event", null,
        valued(named("Color"), "color", true, "\"green-color\"", null),
        valued(prim(INT32), "size", false, null, "3"),
        valued(named("Shade"), "shade", false, null, "\"dark\""),
        valued(prim(STRING), "label", false, null, "\"none\""),
        prop("when", prim(DATE_TIME_RFC1123)), prop("at", prim(UNIX_TIME)), prop("lasts", prim(DURATION)),
        prop("ratio", prim(DOUBLE)));
    compiled = ModelCompiler.compileOnce(emitAll(service(List.of(event),
        List.of(enumType("Color", false, STRING, "green-color", "GREEN_COLOR"),
            enumType("Shade", true, STRING, "dark", "DARK", "light", "LIGHT")))));
  }

  @Test
  void constantsAndClientDefaultsAreThereFromTheStart() throws IOException {
    Object event = compiled.create(MODELS + ".Event");
    assertSame(compiled.callStatic(MODELS + ".Color", "fromString", "green-color"), call(event, "color"));
    assertEquals(3, call(event, "size"));
    assertEquals("dark", call(event, "shade").toString());
    assertEquals("none", call(event, "label"));
    assertEquals(MAPPER.readTree("{\"color\": \"green-color\", \"size\": 3, \"shade\": \"dark\", \"label\": \"none\"}"),
        MAPPER.readTree(write(event, JsonWriteMode.REQUEST)));
    // required and set: validation passes without the user touching it
    call(event, "validate");
  }

  @Test
  void constantsHaveNoSetterAndClientDefaultsDo() {
    List<String> methods = Arrays.stream(compiled.type(MODELS + ".Event").getMethods()).map(m -> m.getName()).toList();
    assertTrue(!methods.contains("withColor") && methods.contains("withSize") && methods.contains("withShade"), methods.toString());
  }

  @Test
  void aReadValueReplacesTheDefault() throws IOException {
    Object event = compiled.read(MODELS + ".Event", "{\"size\": 7}");
    assertEquals(7, call(event, "size"));
  }

  @Test
  void dateTimesInTheirDeclaredFormats() throws IOException {
    String json = "{\"when\": \"Fri, 01 Dec 2006 00:00:00 GMT\", \"at\": 1460505600, \"lasts\": \"P123DT22H14M12.011S\"}";
    Object event = compiled.read(MODELS + ".Event", json);
    assertEquals(OffsetDateTime.of(2006, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC), call(event, "when"));
    assertEquals(OffsetDateTime.of(2016, 4, 13, 0, 0, 0, 0, ZoneOffset.UTC), call(event, "at"));
    assertEquals(Duration.ofDays(123).plusHours(22).plusMinutes(14).plusMillis(12_011), call(event, "lasts"));
    String written = write(call(call(call(event, "withSize", (Object) null), "withShade", (Object) null), "withLabel",
        (Object) null), JsonWriteMode.REQUEST);
    assertEquals(MAPPER.readTree("{\"color\": \"green-color\"," + json.substring(1)), MAPPER.readTree(written));
  }

  @Test
  void numbersThatDoNotFitAreReadErrors() {
    for (String json : new String[] {"{\"size\": 1.9}", "{\"size\": 2147483656}", "{\"ratio\": 1e999}", "{\"at\": 1.5}"}) {
      // the compiler's reflective call wraps what fromJson throws
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> compiled.read(MODELS + ".Event", json), json);
      assertInstanceOf(JsonReadException.class, e.getCause(), json);
    }
  }
}
