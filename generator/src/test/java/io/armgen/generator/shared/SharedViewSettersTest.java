package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.normalize.SharedShapesMode;
import io.armgen.generator.testing.GeneratedCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Setting through a common view reaches the model: a plain value as it is, a shared object from
 * another service converted into this service's model (alone or in a list), with its values kept.
 */
class SharedViewSettersTest {
  private static final String DEFINITIONS = "'Sku':{'properties':{'tier':{'type':'string'},"
      + "'capacity':{'type':'integer','format':'int32'}}}";
  private static final String PROPERTIES = "'sku':{'$ref':'#/definitions/Sku'},"
      + "'spares':{'type':'array','items':{'$ref':'#/definitions/Sku'}},'label':{'type':'string'}";
  private static final String COMMON = "io.armgen.generated.common.";

  @TempDir
  Path tmp;

  private static Object invoke(Object target, Class<?> type, String name, Class<?>[] types, Object... args) throws Exception {
    return type.getMethod(name, types).invoke(target, args);
  }

  @Test
  void aCommonViewSetsPlainValuesAndConvertsSharedObjectsFromAnotherService() throws Exception {
    SyntheticSpecs.write(tmp, "Alpha", PROPERTIES, DEFINITIONS);
    SyntheticSpecs.write(tmp, "Beta", PROPERTIES, DEFINITIONS);
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(tmp))
        .withSharedShapes(SharedShapesMode.parse("on")));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    Class<?> commonSku = loader.loadClass(COMMON + "CommonSku");
    Class<?> commonWidget = loader.loadClass(COMMON + "CommonWidget");
    Class<?> alphaSku = loader.loadClass("io.armgen.generated.alpha.v2024_01_01.models.Sku");
    Class<?> alphaWidget = loader.loadClass("io.armgen.generated.alpha.v2024_01_01.models.Widget");
    Class<?> betaSku = loader.loadClass("io.armgen.generated.beta.v2024_01_01.models.Sku");

    Object betaValue = betaSku.getConstructor().newInstance();
    invoke(betaValue, betaSku, "withTier", new Class<?>[] {String.class}, "Gold");
    invoke(betaValue, betaSku, "withCapacity", new Class<?>[] {Integer.class}, 3);
    Object betaView = invoke(betaValue, betaSku, "asCommon", new Class<?>[0]);

    Object widget = alphaWidget.getConstructor().newInstance();
    Object view = invoke(widget, alphaWidget, "asCommon", new Class<?>[0]);
    invoke(view, commonWidget, "withLabel", new Class<?>[] {String.class}, "main");
    invoke(view, commonWidget, "withSku", new Class<?>[] {commonSku}, betaView);
    invoke(view, commonWidget, "withSpares", new Class<?>[] {List.class}, List.of(betaView));

    assertEquals("main", invoke(widget, alphaWidget, "label", new Class<?>[0]));
    Object sku = invoke(widget, alphaWidget, "sku", new Class<?>[0]);
    assertEquals(alphaSku, sku.getClass(), "Beta's SKU becomes Alpha's model");
    assertEquals("Gold", invoke(sku, alphaSku, "tier", new Class<?>[0]));
    assertEquals(3, invoke(sku, alphaSku, "capacity", new Class<?>[0]));
    List<?> spares = (List<?>) invoke(widget, alphaWidget, "spares", new Class<?>[0]);
    assertEquals(1, spares.size());
    assertEquals(alphaSku, spares.get(0).getClass());
    assertEquals("Gold", invoke(spares.get(0), alphaSku, "tier", new Class<?>[0]));
  }
}
