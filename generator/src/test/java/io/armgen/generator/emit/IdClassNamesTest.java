package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resource id class never takes the name of a model or an enum of its service (compared without
 * case, as a case-insensitive file system would): {@code WidgetId} becomes {@code WidgetResourceId}.
 */
class IdClassNamesTest {
  private static String idClassOf(Service service, String resource) {
    ResourceType widget = service.resources().stream().filter(r -> r.name().equals(resource)).findFirst().orElseThrow();
    return new ResourceIdWriter(service).write(widget, (at, note) -> { }).orElseThrow().typeSpec().name();
  }

  private static Service withEnum(Service s, String enumName) {
    List<EnumType> enums = new ArrayList<>(s.enums());
    enums.add(new EnumType(enumName, null, true, TypeRef.PrimitiveKind.STRING,
        List.of(new EnumType.EnumValue("a", "A", null)), null));
    return new Service(s.name(), s.namespace(), s.apiVersion(), s.title(), s.description(), s.javaPackage(),
        s.sourceFile(), s.objects(), enums, s.groups(), s.resources(), s.dependencies(), s.host(), s.tokenScope(), s.xml());
  }

  @Test
  void anIdClassDoesNotTakeAnEnumsName() {
    Service sample = SampleArmApi.service("sample.json");
    assertEquals("WidgetId", idClassOf(sample, "Widget"));
    assertEquals("WidgetResourceId", idClassOf(withEnum(sample, "WidgetId"), "Widget"));
    assertEquals("WidgetResourceId", idClassOf(withEnum(sample, "WIDGETID"), "Widget"));
  }
}
