package io.armgen.generator.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.armgen.generator.model.ApiModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the model records as JSON by walking their components: records become objects,
 * {@code Optional} its value or null, lists arrays, type references {@code {"typeRef": "Primitive",
 * "kind": "STRING"}} (the tag has its own key: a type's own components may be called {@code kind}).
 * Every object has each key once, so strict JSON readers and {@code jq} see all of it. Example JSON
 * text is left out (it is the spec's own file).
 */
final class ModelJson {
  private static final String TYPE_REF_KEY = "typeRef";

  private ModelJson() {}

  static String write(ApiModel model) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out).setCharacterEscapes(DiagnosticPrinter.JSON_ESCAPES)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      value(g, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Optional<?> o) {
      value(g, o.orElse(null));
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (v instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object item : c) {
        value(g, item);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v.getClass().isRecord()) {
      g.writeStartObject();
      Set<String> keys = new HashSet<>();
      if (v instanceof io.armgen.generator.model.TypeRef) {
        keys.add(TYPE_REF_KEY);
        g.writeStringField(TYPE_REF_KEY, v.getClass().getSimpleName());
      }
      for (RecordComponent rc : v.getClass().getRecordComponents()) {
        if (v instanceof io.armgen.generator.model.Operation.Example && rc.getName().equals("json")) {
          continue;
        }
        if (!keys.add(rc.getName())) {
          throw new IllegalStateException("two values for key '" + rc.getName() + "' in " + v.getClass().getName());
        }
        g.writeFieldName(rc.getName());
        try {
          value(g, rc.getAccessor().invoke(v));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + rc, e);
        }
      }
      g.writeEndObject();
    } else if (v instanceof int[] ints) {
      g.writeStartArray();
      for (int i : ints) {
        g.writeNumber(i);
      }
      g.writeEndArray();
    } else {
      g.writeString(v.toString());
    }
  }
}
