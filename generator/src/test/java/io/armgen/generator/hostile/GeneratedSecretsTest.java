package io.armgen.generator.hostile;

import static io.armgen.generator.hostile.HostileSpec.document;
import static io.armgen.generator.hostile.HostileSpec.write;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.testing.GeneratedCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code x-ms-secret} and {@code format: password} values never show in a generated model's
 * toString (also when nested), yet are still sent: checked on a model generated from a spec,
 * compiled and run in memory.
 */
class GeneratedSecretsTest {
  private static final String PASSWORD = "hunter2-PASSWORD-9f1";
  private static final String KEY = "API-KEY-77c0";
  private static final String TOKEN = "NESTED-TOKEN-31ab";

  @TempDir
  Path tmp;

  @Test
  void secretsAreRedactedInToStringButSent() throws Exception {
    Path spec = write(tmp, "spec.json", document("'definitions': {"
        + "'Creds': {'type': 'object', 'properties': {'user': {'type': 'string'},"
        + "  'password': {'type': 'string', 'format': 'password'},"
        + "  'apiKey': {'type': 'string', 'x-ms-secret': true},"
        + "  'inner': {'$ref': '#/definitions/Inner'}}},"
        + "'Inner': {'type': 'object', 'properties': {'token': {'type': 'string', 'x-ms-secret': true}}}}"));
    GeneratorResult result = new Generator().generate(
        new GeneratorOptions(List.of(spec), "secrets.gen", false, List.of()));
    assertFalse(result.hasErrors(), result.diagnostics()::toString);
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    Class<?> credsType = loader.loadClass("secrets.gen.hostile.v2024_01_01.models.Creds");
    Class<?> innerType = loader.loadClass("secrets.gen.hostile.v2024_01_01.models.Inner");
    Object inner = innerType.getConstructor().newInstance();
    innerType.getMethod("withToken", String.class).invoke(inner, TOKEN);
    Object creds = credsType.getConstructor().newInstance();
    credsType.getMethod("withUser", String.class).invoke(creds, "alice");
    credsType.getMethod("withPassword", String.class).invoke(creds, PASSWORD);
    credsType.getMethod("withApiKey", String.class).invoke(creds, KEY);
    credsType.getMethod("withInner", innerType).invoke(creds, inner);

    String text = creds.toString();
    assertTrue(text.contains("alice"), text);
    for (String secret : List.of(PASSWORD, KEY, TOKEN)) {
      assertFalse(text.contains(secret), "secret in toString: " + text);
    }
    String wire = (String) credsType.getMethod("toJsonString").invoke(creds);
    for (String secret : List.of(PASSWORD, KEY, TOKEN)) {
      assertTrue(wire.contains(secret), "a secret must still be sent: " + wire);
    }
  }
}
