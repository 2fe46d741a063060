package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.autorestvalidationtest.v1_0_0.AutoRestValidationTestClient;
import io.armgen.conformance.autorestvalidationtest.v1_0_0.models.ChildProduct;
import io.armgen.conformance.autorestvalidationtest.v1_0_0.models.ConstantProduct;
import io.armgen.conformance.autorestvalidationtest.v1_0_0.models.Product;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code validation.json}: a parameter's {@code minLength}, {@code maxLength}, {@code pattern},
 * {@code minimum}, {@code maximum} and {@code multipleOf} are checked before anything is sent (the
 * exception names the parameter and the rule); a constant path value is written into the path, and
 * a body's constant properties are sent without being set.
 */
@ExtendWith(TestServerExtension.class)
class ValidationTest {
  private static AutoRestValidationTestClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(AutoRestValidationTestClient.builder(), server).subscriptionId("abc123").build();
  }

  private static String refused(Supplier<?> call) {
    return assertThrows(IllegalArgumentException.class, call::get).getMessage();
  }

  @Test
  void stringLengthsAndPatternsAreCheckedBeforeSending() {
    assertEquals("Parameter resourceGroupName has 2 characters; at least 3 are required",
        refused(() -> client.validationOfMethodParameters("12", 100, "12-34-5678")));
    assertEquals("Parameter resourceGroupName has 11 characters; at most 10 are allowed",
        refused(() -> client.validationOfMethodParameters("1234567890A", 100, "12-34-5678")));
    assertEquals("Parameter resourceGroupName does not match the pattern [a-zA-Z0-9']+",
        refused(() -> client.validationOfMethodParameters("!@#$", 100, "12-34-5678")));
    assertEquals("Parameter apiVersion does not match the pattern \\d{2}-\\d{2}-\\d{4}",
        refused(() -> client.validationOfMethodParameters("123", 100, "1.0.0")));
  }

  @Test
  void numberBoundsAreCheckedBeforeSending() {
    assertEquals("Parameter id is greater than the maximum 1000",
        refused(() -> client.validationOfMethodParameters("123", 1010, "12-34-5678")));
    assertEquals("Parameter id is less than the minimum 100",
        refused(() -> client.validationOfMethodParameters("123", 90, "12-34-5678")));
    assertEquals("Parameter id is not a multiple of 10",
        refused(() -> client.validationOfMethodParameters("123", 105, "12-34-5678")));
  }

  @Test
  void aConstantInThePath() {
    client.getWithConstantInPath();
  }

  @Test
  void constantsInTheBody() {
    Product sent = new Product().withChild(new ChildProduct()).withConstChild(new ConstantProduct());
    Product back = client.postWithConstantInBody(sent);
    assertEquals(sent.constString(), back.constString());
    assertEquals(sent.constInt(), back.constInt());
  }
}
