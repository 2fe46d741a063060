package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.testing.GeneratedCode;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared shapes are about concepts, not about the four bundled specs: two services that define a
 * {@code Sku} alike (one with a closed enum, one with an open one) share it, a third whose
 * {@code Sku} conflicts is reported and left alone, and unrelated same-named definitions are never
 * merged.
 */
class SharedShapesGeneralityTest {
  private static final String ALPHA_SKU = "'Sku':{'description':'The SKU.','properties':{"
      + "'name':{'type':'string','enum':['Basic','Standard'],'x-ms-enum':{'name':'SkuName','modelAsString':false}},"
      + "'tier':{'type':'string'},'capacity':{'type':'integer','format':'int32'}}},"
      + "'Settings':{'properties':{'mode':{'type':'string'},'level':{'type':'integer','format':'int32'}}}";
  private static final String BETA_SKU = "'Sku':{'description':'SKU of a widget.','properties':{"
      + "'name':{'type':'string','enum':['Standard','Premium'],'x-ms-enum':{'name':'WidgetSkuName','modelAsString':true}},"
      + "'tier':{'type':'string','readOnly':true},'capacity':{'type':'integer','format':'int32'},'family':{'type':'string'}}},"
      + "'Settings':{'properties':{'mode':{'type':'boolean'},'retentionDays':{'type':'integer','format':'int64'}}}";
  private static final String GAMMA_SKU = "'Sku':{'properties':{'name':{'type':'integer','format':'int32'},"
      + "'tier':{'type':'string'},'capacity':{'type':'integer','format':'int32'}}}";
  private static final String PROPERTIES = "'sku':{'$ref':'#/definitions/Sku'},'settings':{'$ref':'#/definitions/Settings'}";

  @TempDir
  Path tmp;

  private GeneratorResult generate(String mode) throws Exception {
    SyntheticSpecs.write(tmp, "Alpha", PROPERTIES, ALPHA_SKU);
    SyntheticSpecs.write(tmp, "Beta", PROPERTIES, BETA_SKU);
    SyntheticSpecs.write(tmp, "Gamma", "'sku':{'$ref':'#/definitions/Sku'}", GAMMA_SKU);
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(tmp))
        .withSharedShapes(io.armgen.generator.normalize.SharedShapesMode.parse(mode)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    return result;
  }

  /** The shape of the concept {@code name}, or whose common-package name is {@code name}. */
  private static SharedShape shape(GeneratorResult result, String name) {
    return result.model().sharedShapes().stream().filter(s -> s.name().equals(name) || s.javaName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no shared shape " + name + " in " + result.model().sharedShapes()));
  }

  private static List<String> joined(SharedShape shape) {
    return shape.joined().stream().map(v -> v.service() + "." + v.typeName()).toList();
  }

  @Test
  void twoServicesShareTheirSkuAndTheConflictingThirdIsReportedNotForced() throws Exception {
    GeneratorResult result = generate("auto");
    SharedShape sku = shape(result, "Sku");
    assertEquals(List.of("Alpha.Sku", "Beta.Sku"), joined(sku));
    assertEquals(1, sku.excluded().size(), sku.excluded()::toString);
    assertEquals("Gamma", sku.excluded().get(0).service());
    assertTrue(sku.excluded().get(0).reason().contains("property name does not fit"), sku.excluded().get(0).reason());
    // name: closed enum + open enum with one value in common -> shared open enum, same accessor name
    SharedShape.Member name = sku.members().stream().filter(m -> m.javaName().equals("name")).findFirst().orElseThrow();
    assertEquals(Optional.of("withName"), name.setter());
    TypeRef.Named enumType = (TypeRef.Named) name.type();
    SharedShape skuName = shape(result, enumType.name());
    assertEquals(SharedShape.Kind.ENUM, skuName.kind());
    assertEquals("CommonSkuName", skuName.javaName());
    assertEquals("CommonSku", sku.javaName());
    assertEquals(List.of("Basic", "Standard", "Premium"), skuName.knownValues());
    assertEquals(List.of("Alpha.SkuName", "Beta.WidgetSkuName"), joined(skuName));
    // tier is read-only in Beta, so read-only in the shared interface; family is Beta's alone
    SharedShape.Member tier = sku.members().stream().filter(m -> m.javaName().equals("tier")).findFirst().orElseThrow();
    assertEquals(Optional.empty(), tier.setter());
    assertEquals(List.of("name", "tier", "capacity"), sku.members().stream().map(SharedShape.Member::javaName).toList());

    List<Diagnostic> infos = result.diagnostics().stream()
        .filter(d -> d.severity() == Severity.INFO && d.code().equals("SHARED_SHAPE_EXCLUDED")).toList();
    assertTrue(infos.stream().anyMatch(d -> d.message().startsWith("Gamma's Sku does not join the shared shape Sku")
        && d.file().endsWith("gamma.json") && d.line() > 0), infos::toString);
  }

  @Test
  void unrelatedDefinitionsWithTheSameNameAreNotMerged() throws Exception {
    GeneratorResult result = generate("auto");
    SharedShape settings = shape(result, "Settings");
    assertFalse(settings.isShared());
    assertEquals(List.of(), settings.joined());
    assertEquals(List.of("Alpha", "Beta"), settings.excluded().stream().map(SharedShape.Excluded::service).sorted().toList());
    assertTrue(result.files().stream().noneMatch(f -> f.relativePath().endsWith("common/CommonSettings.java")));
    // Widget: Gamma's sku is a Sku that did not join, so Gamma's Widget does not join either
    SharedShape widget = shape(result, "Widget");
    assertEquals(List.of("Alpha.Widget", "Beta.Widget"), joined(widget));
    assertTrue(widget.excluded().get(0).reason().contains("sku"), widget.excluded().toString());
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().startsWith("Alpha's Settings does not join")),
        result.diagnostics()::toString);
  }

  @Test
  void generatedCodeCompilesAndTheServicesImplementTheSharedInterfaces() throws Exception {
    GeneratorResult result = generate("auto");
    SharedShape operations = shape(result, "WidgetOperations");
    assertEquals(List.of("Alpha.Widgets", "Beta.Widgets"), joined(operations));
    assertEquals(List.of("list", "get", "delete"), operations.members().stream().map(SharedShape.Member::javaName).toList());
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    Class<?> sharedSku = loader.loadClass("io.armgen.generated.common.CommonSku");
    Class<?> sharedName = loader.loadClass("io.armgen.generated.common.CommonSkuName");
    Class<?> alphaSku = loader.loadClass("io.armgen.generated.alpha.v2024_01_01.models.Sku");
    Class<?> betaSku = loader.loadClass("io.armgen.generated.beta.v2024_01_01.models.Sku");
    assertEquals(sharedSku, alphaSku.getMethod("asCommon").getReturnType());
    assertEquals(sharedSku, betaSku.getMethod("asCommon").getReturnType());
    assertThrows(NoSuchMethodException.class,
        () -> loader.loadClass("io.armgen.generated.gamma.v2024_01_01.models.Sku").getMethod("asCommon"));
    assertTrue(loader.loadClass("io.armgen.generated.common.CommonWidgetOperations")
        .isAssignableFrom(loader.loadClass("io.armgen.generated.beta.v2024_01_01.WidgetsClient")));

    // through the common view: set Alpha's closed enum by a shared value, read it back both ways
    Object alpha = alphaSku.getConstructor().newInstance();
    Object alphaView = alphaSku.getMethod("asCommon").invoke(alpha);
    Object standard = sharedName.getMethod("fromString", String.class).invoke(null, "standard");
    sharedSku.getMethod("withName", sharedName).invoke(alphaView, standard);
    assertEquals("Standard", alphaSku.getMethod("name").invoke(alpha).toString());
    assertEquals(standard, sharedSku.getMethod("name").invoke(alphaView));
    // Beta's open enum keeps a value Alpha's closed one would reject
    Object beta = betaSku.getConstructor().newInstance();
    Object premium = sharedName.getMethod("fromString", String.class).invoke(null, "Premium");
    sharedSku.getMethod("withName", sharedName).invoke(betaSku.getMethod("asCommon").invoke(beta), premium);
    assertEquals("Premium", betaSku.getMethod("name").invoke(beta).toString());
    Method alphaSetter = sharedSku.getMethod("withName", sharedName);
    Throwable rejected = assertThrows(java.lang.reflect.InvocationTargetException.class,
        () -> alphaSetter.invoke(alphaView, premium)).getCause();
    assertTrue(rejected instanceof IllegalArgumentException, rejected::toString);
  }

  /**
   * A model has one common view: when its base class joined a shape of its own, the subclass stays
   * out of its concept (its {@code asCommon()} could not return two unrelated interfaces).
   */
  @Test
  void aSubclassWhoseBaseClassJoinedAShapeStaysOut() throws Exception {
    String definitions = "'Part':{'properties':{'serial':{'type':'string'},'maker':{'type':'string'}}},"
        + "'Gadget':{'allOf':[{'$ref':'#/definitions/Part'}],'properties':{'size':{'type':'integer','format':'int32'}}}";
    SyntheticSpecs.write(tmp, "Alpha", "'gadget':{'$ref':'#/definitions/Gadget'}", definitions);
    SyntheticSpecs.write(tmp, "Beta", "'gadget':{'$ref':'#/definitions/Gadget'}", definitions);
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(tmp)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    assertEquals(List.of("Alpha.Part", "Beta.Part"), joined(shape(result, "Part")));
    SharedShape gadget = shape(result, "Gadget");
    assertFalse(gadget.isShared());
    assertTrue(gadget.excluded().stream().allMatch(x -> x.reason().contains("base class Part")), gadget.excluded()::toString);
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    Class<?> alphaGadget = loader.loadClass("io.armgen.generated.alpha.v2024_01_01.models.Gadget");
    assertEquals(loader.loadClass("io.armgen.generated.common.CommonPart"), alphaGadget.getMethod("asCommon").getReturnType());
  }

  @Test
  void offLeavesEveryServiceAlone() throws Exception {
    GeneratorResult result = generate("off");
    assertEquals(List.of(), result.model().sharedShapes());
    List<GeneratedFile> common = result.files().stream().filter(f -> f.relativePath().contains("/common/")).toList();
    assertEquals(List.of(), common);
    String alphaSku = result.files().stream().filter(f -> f.relativePath().endsWith("alpha/v2024_01_01/models/Sku.java"))
        .findFirst().orElseThrow().content();
    assertFalse(alphaSku.contains("implements"), alphaSku);
    GeneratedCode.compileClean(result.files());
  }

  @Test
  void sharedMethodsAreDeclaredOnTheInterfaceOnlyOnce() throws Exception {
    GeneratorResult result = generate("on");
    String iface = result.files().stream().filter(f -> f.relativePath().endsWith("common/CommonSku.java"))
        .findFirst().orElseThrow().content();
    String methods = Arrays.stream(iface.split("\n")).map(String::strip)
        .filter(l -> l.endsWith(");")).collect(Collectors.joining("\n"));
    assertEquals(String.join("\n",
        "CommonSkuName name();",
        "CommonSku withName(CommonSkuName value);",
        "String tier();",
        "Integer capacity();",
        "CommonSku withCapacity(Integer value);"), methods);
  }
}
