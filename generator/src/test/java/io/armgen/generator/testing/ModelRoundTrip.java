package io.armgen.generator.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.emit.TypeNames;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SourceLocation;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonWritable;
import io.armgen.runtime.json.JsonWriteMode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire round trip of generated models: for each model class of a service, an instance of its
 * definition built from the spec's own JSON ({@link SchemaInstances}) is read with the class's
 * {@code fromJson} and written back ({@link JsonWriteMode#FULL}); the two JSON trees must be equal
 * (date-times compared as instants).
 */
public final class ModelRoundTrip {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many models were compared, how many had no instance, and what differed. */
  public record Outcome(int compared, int declined, List<String> failures) {}

  private ModelRoundTrip() {}

  /**
   * @param services the generated services whose classes {@code loader} holds
   * @param instances where the instances come from (the spec as the generator read it)
   * @param maxModels at most this many models per service are compared
   */
  public static Outcome check(List<Service> services, ClassLoader loader, SchemaInstances instances, int maxModels) {
    int compared = 0;
    int declined = 0;
    List<String> failures = new ArrayList<>();
    for (Service service : services) {
      TypeNames names = new TypeNames(service);
      int done = 0;
      for (ObjectType model : service.objects()) {
        if (done == maxModels) {
          break;
        }
        SourceLocation origin = model.origin();
        if (origin == null || origin.file() == null || origin.pointer() == null) {
          declined++;
          continue;
        }
        JsonNode instance = instances.of(Path.of(origin.file()), origin.pointer()).orElse(null);
        if (instance == null) {
          declined++;
          continue;
        }
        done++;
        compared++;
        String className = names.model(model.name()).canonicalName();
        String problem = roundTrip(loader, className, instance);
        if (problem != null) {
          failures.add(className + " (" + origin + "): " + problem + "\n    sent:    " + instance);
        }
      }
    }
    return new Outcome(compared, declined, failures);
  }

  /** Null when the class reads and writes {@code instance} back equal; else what went wrong. */
  static String roundTrip(ClassLoader loader, String className, JsonNode instance) {
    try {
      Method fromJson = loader.loadClass(className).getMethod("fromJson", JsonParser.class);
      Object model;
      try (JsonParser p = Json.factory().createParser(instance.toString())) {
        p.nextToken();
        model = fromJson.invoke(null, p);
      }
      JsonNode back = JSON.readTree(Json.writeString((JsonWritable) model, JsonWriteMode.FULL));
      return JsonTrees.datesAsInstants(instance).equals(JsonTrees.datesAsInstants(back)) ? null : "written back as " + back;
    } catch (InvocationTargetException e) {
      return "fromJson threw " + e.getCause();
    } catch (ReflectiveOperationException | java.io.IOException | RuntimeException e) {
      return e.toString();
    }
  }
}
