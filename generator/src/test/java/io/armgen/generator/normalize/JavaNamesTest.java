package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {
  @ParameterizedTest
  @CsvSource({
      "privateEndpointConnections, PrivateEndpointConnections",
      "private-endpoint_connection, PrivateEndpointConnection",
      "createdByType, CreatedByType",
      "DocumentDB, DocumentDB",
      "1foo, V1foo",
      "class, ClassModel",
      "string, StringModel",
      "Object, ObjectModel",
      "'a.b c', ABC",
      "Café, Cafe",
      "'', Value",
      "'日本', Value",
  })
  void typeNames(String raw, String expected) {
    assertEquals(expected, JavaNames.typeName(raw));
  }

  @ParameterizedTest
  @CsvSource({
      "PrivateEndpoint, privateEndpoint",
      "class, classValue",
      "default, defaultValue",
      "hashCode, hashCodeValue",
      "If-Match, ifMatch",
      "api-version, apiVersion",
      "$top, top",
      "IPAddress, ipAddress",
      "1foo, v1foo",
      "odata.type, odataType",
      "'', value",
  })
  void memberNames(String raw, String expected) {
    assertEquals(expected, JavaNames.memberName(raw));
  }

  @ParameterizedTest
  @CsvSource({
      "Approved, APPROVED",
      "Standard_LRS, STANDARD_LRS",
      "'SystemAssigned, UserAssigned', SYSTEM_ASSIGNED_USER_ASSIGNED",
      "1.0, V1_0",
      "IPv4, IPV4",
      "HTTPServer, HTTP_SERVER",
      "'', EMPTY",
      "*, VALUE",
  })
  void constantNames(String raw, String expected) {
    assertEquals(expected, JavaNames.constantName(raw));
  }

  /** Whatever a spec writes, the result is a plain ASCII identifier that is not a keyword. */
  @Test
  void alwaysValidIdentifiers() {
    Random random = new Random(20260101L);
    String alphabet = "aZ9_-. /\\$é日{}class..\u0000";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder raw = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (String name : new String[] {JavaNames.typeName(raw.toString()), JavaNames.memberName(raw.toString()),
          JavaNames.constantName(raw.toString())}) {
        assertTrue(SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name), () -> "'" + raw + "' -> '" + name + "'");
        assertTrue(name.chars().allMatch(c -> c < 128), name);
        assertFalse(name.contains("/") || name.contains(".."), name);
      }
    }
  }
}
