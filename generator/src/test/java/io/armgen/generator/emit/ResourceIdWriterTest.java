package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SourceLocation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Emits the sample's id classes, compiles them strictly and exercises them. */
class ResourceIdWriterTest {
  private static final String CANONICAL =
      "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Sample/widgets/w-1";
  private static ClassLoader loader;

  /** Emitted before each test (PIT credits a {@code @BeforeAll} to the first test only), compiled once per distinct text. */
  @BeforeEach
  void emitAndCompile() {
    Service service = SampleArmApi.service("sample.json");
    ResourceIdWriter writer = new ResourceIdWriter(service);
    Map<String, String> sources = new HashMap<>();
    for (ResourceType resource : service.resources()) {
      JavaFile file = writer.write(resource, (at, note) -> { }).orElseThrow();
      sources.put(SampleArmApi.MODELS.replace('.', '/') + "/" + file.typeSpec().name() + ".java", file.toString());
    }
    loader = GeneratedCode.compileOnce(sources).loader();
  }

  private static Class<?> widgetId() throws ClassNotFoundException {
    return loader.loadClass(SampleArmApi.MODELS + ".WidgetId");
  }

  private static Object of(String subscription, String group, String name) throws Exception {
    return invoke(widgetId().getMethod("of", String.class, String.class, String.class), subscription, group, name);
  }

  private static Object parse(String id) throws Exception {
    return invoke(widgetId().getMethod("parse", String.class), id);
  }

  /** Invokes a static method, unwrapping what it throws. */
  private static Object invoke(Method method, Object... args) throws Exception {
    try {
      return method.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static String get(Object id, String accessor) throws Exception {
    return (String) id.getClass().getMethod(accessor).invoke(id);
  }

  @Test
  void ofAndParseRoundTripThroughToString() throws Exception {
    Object id = of("sub-1", "rg-1", "w-1");
    assertEquals(CANONICAL, id.toString());
    Object parsed = parse(id.toString());
    assertEquals(id, parsed);
    assertEquals("sub-1", get(parsed, "subscriptionId"));
    assertEquals("rg-1", get(parsed, "resourceGroupName"));
    assertEquals("w-1", get(parsed, "widgetName"));
  }

  @Test
  void constantSegmentsMatchIgnoringCaseAndToStringIsCanonical() throws Exception {
    Object parsed = parse("/SUBSCRIPTIONS/sub-1/resourcegroups/rg-1/PROVIDERS/microsoft.sample/Widgets/w-1");
    assertEquals(CANONICAL, parsed.toString());
  }

  @Test
  void valuesCompareIgnoringCaseLikeArm() throws Exception {
    Object lower = of("sub-1", "rg-1", "w-1");
    Object upper = of("SUB-1", "RG-1", "W-1");
    assertEquals(lower, upper);
    assertEquals(lower.hashCode(), upper.hashCode());
    assertEquals("RG-1", get(upper, "resourceGroupName"), "values are kept as given");
    assertNotEquals(lower, of("sub-1", "rg-1", "w-2"));
    assertNotEquals(lower, "not an id");
  }

  @Test
  void wrongIdIsRejectedWithAClearMessage() throws Exception {
    IllegalArgumentException wrongProvider = assertThrows(IllegalArgumentException.class,
        () -> parse("/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.Other/widgets/w-1"));
    assertTrue(wrongProvider.getMessage().startsWith("Not a Widget resource id: "), wrongProvider.getMessage());
    assertTrue(wrongProvider.getMessage().contains("Microsoft.Other"), wrongProvider.getMessage());

    IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
        () -> parse("/subscriptions/sub-1/resourceGroups/rg-1"));
    assertTrue(tooShort.getMessage().contains("Widget"), tooShort.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parse(null));
    assertThrows(IllegalArgumentException.class, () -> parse(CANONICAL + "/extra/segments"));
  }

  @Test
  void ofRejectsMissingOrSlashedParts() {
    assertThrows(IllegalArgumentException.class, () -> of("sub-1", null, "w-1"));
    assertThrows(IllegalArgumentException.class, () -> of("sub-1", "", "w-1"));
    assertThrows(IllegalArgumentException.class, () -> of("sub-1", "rg/1", "w-1"));
  }

  @Test
  void classShapeAndTemplateConstant() throws Exception {
    Class<?> type = widgetId();
    assertTrue(Modifier.isFinal(type.getModifiers()));
    assertEquals(SampleArmApi.WIDGET_PATH, type.getField("TEMPLATE").get(null));
    assertTrue(Modifier.isPrivate(type.getDeclaredConstructor(String.class, String.class, String.class).getModifiers()));
  }

  @Test
  void nameTakenByAModelGetsResourceIdSuffix() throws Exception {
    Service service = SampleArmApi.service("sample.json");
    ResourceIdWriter writer = new ResourceIdWriter(service);
    assertEquals("WidgetId", writer.className(service.resources().get(0)));
    assertEquals("GadgetResourceId", writer.className(service.resources().get(1)));
    Class<?> gadget = loader.loadClass(SampleArmApi.MODELS + ".GadgetResourceId");
    Object id = invoke(gadget.getMethod("parse", String.class),
        "/subscriptions/s/providers/Microsoft.Sample/gadgets/g");
    assertEquals("g", gadget.getMethod("gadgetName").invoke(id));
  }

  @Test
  void templateThatDoesNotMatchItsSegmentsIsSkippedWithANoteAtTheOperationItCameFrom() {
    SourceLocation getOperation = new SourceLocation("sample.json", "/paths/~1subscriptions~1{subscriptionId}~1odds~1{a}-{b}/get",
        12, 5);
    ResourceType odd = new ResourceType("Odd", "Microsoft.Sample/odds", "/subscriptions/{subscriptionId}/odds/{a}-{b}",
        List.of(new ResourceType.Segment("subscriptions", "subscriptionId", "subscriptionId")), null, getOperation);
    Service base = SampleArmApi.service("sample.json");
    Service service = new Service(base.name(), base.namespace(), base.apiVersion(), base.title(), base.description(),
        base.javaPackage(), base.sourceFile(), base.objects(), base.enums(), base.groups(), List.of(odd));
    List<String> notes = new ArrayList<>();
    List<SourceLocation> places = new ArrayList<>();
    assertTrue(new ResourceIdWriter(service).write(odd, (at, note) -> {
      places.add(at);
      notes.add(note);
    }).isEmpty());
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).contains("Odd") && notes.get(0).contains("{a}-{b}"), notes.get(0));
    assertEquals(List.of(getOperation), places);
  }
}
