package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.AccessToken;
import io.armgen.runtime.auth.TokenCredential;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a client asks for and says about itself: the token scope the spec's OAuth2 security names
 * (else ARM's), and the class Javadoc naming its group and service. Generated inside each test.
 */
class ClientSurfaceTest {
  private static final String PACKAGE = "com.example.widgets.v1_0";

  private static String spec(String title, String security) {
    return """
        {"swagger": "2.0", "info": {"title": "%s", "version": "1.0"}, "host": "localhost",%s
         "paths": {"/things": {"get": {"operationId": "Things_Get",
           "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}}}}
        """.formatted(title, security);
  }

  @TempDir
  Path tmp;

  private static List<List<String>> callWithCredential(SpecClient spec) throws Throwable {
    List<List<String>> scopes = new CopyOnWriteArrayList<>();
    TokenCredential credential = request -> {
      scopes.add(request.scopes());
      return new AccessToken("t0ken", Instant.now().plusSeconds(3600));
    };
    spec.answer("GET /things", 200, "application/json", "\"x\"");
    Object builder = spec.builder("ThingsClient");
    builder.getClass().getMethod("credential", TokenCredential.class).invoke(builder, credential);
    Object client = builder.getClass().getMethod("build").invoke(builder);
    assertEquals("x", SpecClient.call(client, "get"));
    assertEquals("Bearer t0ken", spec.last().header("Authorization"));
    return scopes;
  }

  @Test
  void tokensAreAskedForTheScopeTheSpecsOauth2SecurityNames() throws Throwable {
    String security = """
         "securityDefinitions": {"aad": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://login.example.com",
           "scopes": {"https://widgets.example.com/.default": "all"}}},
         "security": [{"aad": ["https://widgets.example.com/.default"]}],""";
    try (SpecClient spec = SpecClient.of(tmp, spec("Widgets", security), PACKAGE)) {
      assertEquals(List.of(List.of("https://widgets.example.com/.default")), callWithCredential(spec));
    }
  }

  @Test
  void withoutSecurityTokensAreForArm() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, spec("Widgets", ""), PACKAGE)) {
      assertEquals(List.of(List.of(TokenCredential.ARM_SCOPE)), callWithCredential(spec));
    }
  }

  @Test
  void theClassJavadocNamesTheGroupAndTheServicesTitle() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, spec("Widget Service", ""), PACKAGE)) {
      String source = spec.source("ThingsClient.java");
      assertTrue(source.contains(" * The Things operations of Widget Service.\n"), source);
      assertTrue(source.contains("{@code ThingsClient.builder().credential(credential)"), source);
    }
  }

  @Test
  void theParentOfAListedResourceIsItsIdWithoutTheLastPairAndATopLevelProvider() {
    assertEquals("/subscriptions/{s}/resourceGroups/{rg}", SharedOperationsAdapter.parentTemplate(
        "/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Widgets/widgets/{name}"), "top level: its resource group");
    assertEquals("/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Widgets/widgets/{w}",
        SharedOperationsAdapter.parentTemplate(
            "/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Widgets/widgets/{w}/privateEndpointConnections/{name}"),
        "nested: the resource it is under");
    assertEquals("", SharedOperationsAdapter.parentTemplate("/providers/Microsoft.Widgets/widgets/{name}"),
        "a tenant-level resource: the root");
    assertEquals("/a/{a}", SharedOperationsAdapter.parentTemplate("/a/{a}/b/{b}"), "no provider segment");
  }
}
