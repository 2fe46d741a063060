package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.ExplicitClient;
import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.ImplicitClient;
import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.models.ArrayOptionalWrapper;
import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.models.ArrayWrapper;
import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.models.ClassOptionalWrapper;
import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.models.ClassWrapper;
import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.models.IntOptionalWrapper;
import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.models.IntWrapper;
import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.models.StringOptionalWrapper;
import io.armgen.conformance.autorestrequiredoptionaltestservice.v1_0_0.models.StringWrapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code required-optional.json}: optional values left out are not sent (the server checks the
 * query, header and body are absent); required values that are null are refused by the client
 * before any request (the server has no scenario for those: its routes answer 400 "failed to
 * throw"). Binary bodies ({@code format: file}, consumed as octet-stream) are sent as bytes.
 */
@ExtendWith(TestServerExtension.class)
class RequiredOptionalTest {
  private static ImplicitClient implicit;
  private static ExplicitClient explicit;

  @BeforeAll
  static void connect(TestServer server) {
    implicit = ConformanceClients.configure(ImplicitClient.builder(), server).build();
    explicit = ConformanceClients.configure(ExplicitClient.builder(), server).build();
  }

  private static void assertRefused(String parameter, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(parameter), e.getMessage());
  }

  @Test
  void implicitGetRequiredPath() {
    assertRefused("pathParameter", () -> implicit.getRequiredPath(null));
  }

  @Test
  void implicitPutOptionalQuery() {
    implicit.putOptionalQuery(null);
  }

  @Test
  void implicitPutOptionalHeader() {
    implicit.putOptionalHeader(null);
  }

  @Test
  void implicitPutOptionalBody() {
    implicit.putOptionalBody(null);
  }

  @Test
  void implicitPutOptionalBinaryBody() {
    implicit.putOptionalBinaryBody();
  }

  @Test
  void implicitGetRequiredGlobalPath() {
    assertRefused("required-global-path", () -> implicit.getRequiredGlobalPath(null));
  }

  @Test
  void implicitGetRequiredGlobalQuery() {
    assertRefused("required-global-query", () -> implicit.getRequiredGlobalQuery(null));
  }

  @Test
  void implicitGetOptionalGlobalQuery() {
    implicit.getOptionalGlobalQuery(null);
  }

  @Test
  void explicitPutOptionalBinaryBody() {
    explicit.putOptionalBinaryBody();
  }

  @Test
  void explicitPutRequiredBinaryBody() {
    explicit.putRequiredBinaryBody("not empty".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void explicitPostRequiredIntegerParameter() {
    assertRefused("bodyParameter", () -> explicit.postRequiredIntegerParameter(null));
  }

  @Test
  void explicitPostOptionalIntegerParameter() {
    explicit.postOptionalIntegerParameter(null);
  }

  @Test
  void explicitPostRequiredIntegerProperty() {
    assertRefused("value", () -> explicit.postRequiredIntegerProperty(new IntWrapper()));
  }

  @Test
  void explicitPostOptionalIntegerProperty() {
    explicit.postOptionalIntegerProperty(new IntOptionalWrapper());
  }

  @Test
  void explicitPostRequiredIntegerHeader() {
    assertRefused("headerParameter", () -> explicit.postRequiredIntegerHeader(null));
  }

  @Test
  void explicitPostOptionalIntegerHeader() {
    explicit.postOptionalIntegerHeader(null);
  }

  @Test
  void explicitPostRequiredStringParameter() {
    assertRefused("bodyParameter", () -> explicit.postRequiredStringParameter(null));
  }

  @Test
  void explicitPostOptionalStringParameter() {
    explicit.postOptionalStringParameter(null);
  }

  @Test
  void explicitPostRequiredStringProperty() {
    assertRefused("value", () -> explicit.postRequiredStringProperty(new StringWrapper()));
  }

  @Test
  void explicitPostOptionalStringProperty() {
    explicit.postOptionalStringProperty(new StringOptionalWrapper());
  }

  @Test
  void explicitPostRequiredStringHeader() {
    assertRefused("headerParameter", () -> explicit.postRequiredStringHeader(null));
  }

  @Test
  void explicitPostOptionalStringHeader() {
    explicit.postOptionalStringHeader(null);
  }

  @Test
  void explicitPostRequiredClassParameter() {
    assertRefused("bodyParameter", () -> explicit.postRequiredClassParameter(null));
  }

  @Test
  void explicitPostOptionalClassParameter() {
    explicit.postOptionalClassParameter(null);
  }

  @Test
  void explicitPostRequiredClassProperty() {
    assertRefused("value", () -> explicit.postRequiredClassProperty(new ClassWrapper()));
  }

  @Test
  void explicitPostOptionalClassProperty() {
    explicit.postOptionalClassProperty(new ClassOptionalWrapper());
  }

  @Test
  void explicitPostRequiredArrayParameter() {
    assertRefused("bodyParameter", () -> explicit.postRequiredArrayParameter(null));
  }

  @Test
  void explicitPostOptionalArrayParameter() {
    explicit.postOptionalArrayParameter(null);
  }

  @Test
  void explicitPostRequiredArrayProperty() {
    assertRefused("value", () -> explicit.postRequiredArrayProperty(new ArrayWrapper()));
  }

  @Test
  void explicitPostOptionalArrayProperty() {
    explicit.postOptionalArrayProperty(new ArrayOptionalWrapper());
  }

  @Test
  void explicitPostRequiredArrayHeader() {
    assertRefused("headerParameter", () -> explicit.postRequiredArrayHeader(null));
  }

  @Test
  void explicitPostOptionalArrayHeader() {
    explicit.postOptionalArrayHeader(null);
  }
}
