package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SourceLocation;
import io.armgen.runtime.arm.ArmClientBuilder;
import io.armgen.runtime.arm.ArmClientCore;
import io.armgen.runtime.arm.LroPoller;
import io.armgen.runtime.arm.PagedIterable;
import io.armgen.runtime.arm.RequestConditions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Emits the sample service's clients, compiles them strictly next to stand-in models and checks
 * the generated API by reflection.
 */
class ClientWriterTest {
  private static final List<String> NOTES = new ArrayList<>();
  private static final List<SourceLocation> NOTED_AT = new ArrayList<>();
  private static final Map<String, String> SOURCES = new HashMap<>();
  private static ClassLoader loader;

  @BeforeAll
  static void emitAndCompile() {
    Service service = SampleArmApi.service("sample.json");
    ClientWriter writer = new ClientWriter(new EmitContext(service));
    for (OperationGroup group : service.groups()) {
      JavaFile file = writer.write(group, (at, note) -> {
        NOTED_AT.add(at);
        NOTES.add(note);
      });
      SOURCES.put(SampleArmApi.PACKAGE.replace('.', '/') + "/" + file.typeSpec().name() + ".java", file.toString());
    }
    Map<String, String> all = new HashMap<>(SOURCES);
    all.putAll(SampleArmApi.handWrittenModels());
    loader = GeneratedCode.compile(all).loader();
  }

  private static Class<?> load(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(SampleArmApi.PACKAGE + "." + simpleName);
  }

  private static Class<?> model(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(SampleArmApi.MODELS + "." + simpleName);
  }

  private static List<Method> methods(Class<?> type, String name) {
    return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name))
        .filter(m -> Modifier.isPublic(m.getModifiers())).collect(Collectors.toList());
  }

  private static String typeArgument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0].getTypeName();
  }

  @Test
  void clientIsFinalWithPackagePrivateCoreConstructorAndBuilder() throws Exception {
    Class<?> client = load("WidgetsClient");
    assertTrue(Modifier.isFinal(client.getModifiers()) && Modifier.isPublic(client.getModifiers()));
    var ctor = client.getDeclaredConstructor(ArmClientCore.class);
    int mods = ctor.getModifiers();
    assertFalse(Modifier.isPublic(mods) || Modifier.isPrivate(mods) || Modifier.isProtected(mods), "package-private");

    Class<?> builder = load("WidgetsClient$Builder");
    assertEquals(ArmClientBuilder.class, builder.getSuperclass());
    assertEquals(builder.getName(), typeArgument(builder.getGenericSuperclass()));
    assertTrue(Modifier.isStatic(builder.getModifiers()) && Modifier.isFinal(builder.getModifiers()));
    assertEquals(client, builder.getMethod("build").getReturnType());
    Method factory = client.getMethod("builder");
    assertTrue(Modifier.isStatic(factory.getModifiers()));
    // the builder can be created and configured (build needs the runtime core, tested there)
    Object b = factory.invoke(null);
    assertEquals(builder, b.getClass());
    assertEquals(b, builder.getMethod("subscriptionId", String.class).invoke(b, "sub"));
  }

  @Test
  void builderPassesSpecApiVersionAndServiceName() {
    String widgets = SOURCES.get("com/example/sample/WidgetsClient.java");
    assertTrue(widgets.contains("super(\"2024-01-01\", \"Sample\");"), widgets);
  }

  @Test
  void plainGetHasOptionalQueryOverloadAndAsyncVariant() throws Exception {
    Class<?> client = load("WidgetsClient");
    Class<?> widget = model("Widget");
    Method full = client.getMethod("get", String.class, String.class, String.class);
    Method required = client.getMethod("get", String.class, String.class);
    assertEquals(widget, full.getReturnType());
    assertEquals(widget, required.getReturnType());
    String source = SOURCES.get("com/example/sample/WidgetsClient.java");
    assertTrue(source.contains("public Widget get(String resourceGroupName, String widgetName, String expand)"), source);
    Method async = client.getMethod("getAsync", String.class, String.class, String.class);
    assertEquals(CompletableFuture.class, async.getReturnType());
    assertEquals(widget.getName(), typeArgument(async.getGenericReturnType()));
    client.getMethod("getAsync", String.class, String.class);
    // GET is never conditional
    assertTrue(methods(client, "get").stream().noneMatch(ClientWriterTest::takesConditions));
  }

  @Test
  void longRunningPutReturnsPollerOfTheResourceAndOffersConditions() throws Exception {
    Class<?> client = load("WidgetsClient");
    Class<?> widget = model("Widget");
    Method begin = client.getMethod("beginCreateOrUpdate", String.class, String.class, widget, String.class,
        RequestConditions.class);
    assertEquals(LroPoller.class, begin.getReturnType());
    assertEquals(widget.getName(), typeArgument(begin.getGenericReturnType()));
    client.getMethod("beginCreateOrUpdate", String.class, String.class, widget, String.class);
    client.getMethod("beginCreateOrUpdate", String.class, String.class, widget);
    assertEquals(widget, client.getMethod("createOrUpdate", String.class, String.class, widget).getReturnType());
    assertEquals(widget, client.getMethod("createOrUpdate", String.class, String.class, widget, String.class,
        RequestConditions.class).getReturnType());
    Method async = client.getMethod("createOrUpdateAsync", String.class, String.class, widget);
    assertEquals(widget.getName(), typeArgument(async.getGenericReturnType()));
    String source = SOURCES.get("com/example/sample/WidgetsClient.java");
    assertTrue(source.contains("FinalStateVia.DEFAULT, Widget::fromJson"), source);
    assertTrue(source.contains(".header(\"x-ms-sample-tag\", sampleTag)"), source);
    assertTrue(source.contains(".expect(200, 201)"), source);
  }

  @Test
  void longRunningDeleteIsVoidAndConditionalThroughItsGetSibling() throws Exception {
    Class<?> client = load("WidgetsClient");
    Method begin = client.getMethod("beginDelete", String.class, String.class, RequestConditions.class);
    assertEquals(LroPoller.class.getName() + "<java.lang.Void>", begin.getGenericReturnType().getTypeName());
    assertEquals(void.class, client.getMethod("delete", String.class, String.class).getReturnType());
    assertEquals(void.class, client.getMethod("delete", String.class, String.class, RequestConditions.class)
        .getReturnType());
    Method async = client.getMethod("deleteAsync", String.class, String.class);
    assertEquals("java.lang.Void", typeArgument(async.getGenericReturnType()));
    String source = SOURCES.get("com/example/sample/WidgetsClient.java");
    assertTrue(source.contains("FinalStateVia.AZURE_ASYNC_OPERATION, null)"), source);
    assertTrue(source.contains(".expect(200, 202, 204)"), source);
  }

  @Test
  void pageableListsReturnPagedIterableOfItems() throws Exception {
    Method widgets = load("WidgetsClient").getMethod("listByResourceGroup", String.class);
    assertEquals(PagedIterable.class, widgets.getReturnType());
    assertEquals(model("Widget").getName(), typeArgument(widgets.getGenericReturnType()));
    Method gadgets = load("GadgetsClient").getMethod("list", List.class);
    assertEquals(model("Gadget").getName(), typeArgument(gadgets.getGenericReturnType()));
    load("GadgetsClient").getMethod("list");
    assertTrue(SOURCES.get("com/example/sample/WidgetsClient.java")
        .contains("\"value\", \"nextLink\", Widget::fromJson)"));
    String gadgetSource = SOURCES.get("com/example/sample/GadgetsClient.java");
    assertTrue(gadgetSource.contains("\"value\", null, Gadget::fromJson)"), gadgetSource);
  }

  @Test
  void clientParametersComeFromTheCoreOrTheirConstant() {
    String gadgets = SOURCES.get("com/example/sample/GadgetsClient.java");
    assertTrue(gadgets.contains(".path(\"subscriptionId\", this.core.subscriptionId())"), gadgets);
    assertTrue(gadgets.contains(".query(\"api-version\", this.core.apiVersion())"), gadgets);
    assertTrue(gadgets.contains(".query(\"format\", \"json\")"), gadgets);
    assertTrue(gadgets.contains(".pathRaw(\"gadgetName\", gadgetName)"), gadgets);
  }

  @Test
  void resourcesWithoutEtagHaveNoConditionsOverload() throws Exception {
    Class<?> client = load("GadgetsClient");
    Class<?> gadget = model("Gadget");
    assertEquals(gadget, client.getMethod("update", String.class, gadget).getReturnType());
    assertTrue(Arrays.stream(client.getMethods()).noneMatch(ClientWriterTest::takesConditions));
  }

  @Test
  void nameCollisionsGetNumberedDeterministically() throws Exception {
    Class<?> client = load("GadgetsClient");
    assertEquals(void.class, client.getMethod("restart", String.class).getReturnType());
    assertEquals(void.class, client.getMethod("restart2", String.class).getReturnType());
    client.getMethod("restart2Async", String.class);
    // getKind claims getKindAsync, so the operation literally named getKindAsync moves aside
    assertEquals(model("GadgetKind"), client.getMethod("getKindAsync2", String.class).getReturnType());
    assertEquals(CompletableFuture.class, client.getMethod("getKindAsync", String.class).getReturnType());
    int note = NOTES.indexOf(NOTES.stream().filter(n -> n.contains("Gadgets_Restart2") && n.contains("restart2")).findFirst()
        .orElseThrow(() -> new AssertionError(NOTES)));
    // the note is located at the renamed operation, not at the file as a whole
    assertEquals(SampleArmApi.where("#/paths/Gadgets_Restart2"), NOTED_AT.get(note));
  }

  @Test
  void parameterNamedLikeTheReaderLambdaIsRenamed() throws Exception {
    Method listNames = load("GadgetsClient").getMethod("listNames", String.class);
    assertEquals("java.util.List<java.lang.String>", listNames.getGenericReturnType().getTypeName());
    String source = SOURCES.get("com/example/sample/GadgetsClient.java");
    assertTrue(source.contains("listNames(String pValue)"), source);
    assertTrue(source.contains("p -> Json.readArray(p, Json::readString)"), source);
  }

  @Test
  void nonModelBodyIsWrittenInPlaceAsJson() throws Exception {
    assertEquals(1, methods(load("GadgetsClient"), "setTags").size());
    assertTrue(NOTES.stream().noneMatch(n -> n.contains("Gadgets_SetTags")), NOTES::toString);
    String source = SOURCES.get("com/example/sample/GadgetsClient.java");
    assertTrue(source.contains(".bodyJson(tags == null ? null : (g, mode) -> {"), source);
  }

  @Test
  void javadocDescribesParametersResultAndErrors() {
    String widgets = SOURCES.get("com/example/sample/WidgetsClient.java");
    assertTrue(widgets.contains("Does Widgets_Get."), widgets);
    assertTrue(widgets.contains("@param expand Related data to include. (optional; null to leave it out)"), widgets);
    assertTrue(widgets.contains("@throws ManagementException when the service answers with an error"), widgets);
    assertTrue(widgets.contains("@return a poller for the operation"), widgets);
  }

  private static boolean takesConditions(Method m) {
    return Arrays.asList(m.getParameterTypes()).contains(RequestConditions.class);
  }
}
