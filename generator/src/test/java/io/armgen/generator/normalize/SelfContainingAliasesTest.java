package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.TypeRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arrays and maps of themselves have no finite Java type and are refused by name, once per loop;
 * a model that holds itself through a property is ordinary.
 */
class SelfContainingAliasesTest {
  private static NormalizeResult normalize(String definitions) {
    TestLoad load = TestLoad.inline("spec.json", TestLoad.swagger("", definitions));
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Fixtures.normalize(load), "normalize hangs");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      list of itself            | 'Chain': {'type': 'array', 'items': {'$ref': '#/definitions/Chain'}}                                        | /definitions/Chain | spec.json#/definitions/Chain -> spec.json#/definitions/Chain
      map of itself             | 'Chain': {'additionalProperties': {'$ref': '#/definitions/Chain'}}                                          | /definitions/Chain | spec.json#/definitions/Chain -> spec.json#/definitions/Chain
      map of a list of itself   | 'Chain': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'$ref': '#/definitions/Chain'}}} | /definitions/Chain | spec.json#/definitions/Chain -> spec.json#/definitions/Chain
      A list of B, B map of A   | 'A': {'type': 'array', 'items': {'$ref': '#/definitions/B'}}, 'B': {'additionalProperties': {'$ref': '#/definitions/A'}} | /definitions/A | spec.json#/definitions/A -> spec.json#/definitions/B -> spec.json#/definitions/A
      a tail into the loop      | 'Tail': {'type': 'array', 'items': {'$ref': '#/definitions/A'}}, 'A': {'type': 'array', 'items': {'$ref': '#/definitions/B'}}, 'B': {'type': 'array', 'items': {'$ref': '#/definitions/A'}} | /definitions/A | spec.json#/definitions/A -> spec.json#/definitions/B -> spec.json#/definitions/A
      a model's property of one | 'Holder': {'type': 'object', 'properties': {'chain': {'$ref': '#/definitions/Chain'}}}, 'Chain': {'type': 'array', 'items': {'$ref': '#/definitions/Chain'}} | /definitions/Chain | spec.json#/definitions/Chain -> spec.json#/definitions/Chain
      """)
  void eachLoopIsOneErrorAtItsFirstDefinition(String name, String definitions, String pointer, String loop) {
    NormalizeResult r = normalize(definitions);
    List<Diagnostic> refused = Fixtures.withCode(r, "TYPE_CYCLE");
    assertEquals(1, refused.size(), r.diagnostics()::toString);
    Diagnostic d = refused.get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals("spec.json", d.file());
    assertEquals(pointer, d.pointer());
    assertTrue(d.message().contains("(" + loop + ")"), d.message());
    assertEquals(List.of(d), Fixtures.errors(r), "no other error, no INTERNAL_ERROR");
  }

  @Test
  void theMessageNamesTheDefinitionAndWhatToDo() {
    Diagnostic d = Fixtures.withCode(normalize("'Chain': {'type': 'array', 'items': {'$ref': '#/definitions/Chain'}}"),
        "TYPE_CYCLE").get(0);
    assertEquals("'Chain' is an array or map of itself with no object in between (spec.json#/definitions/Chain -> "
        + "spec.json#/definitions/Chain), which no Java type can hold; give its items or values an object schema", d.message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      a list property of itself   | 'Node': {'type': 'object', 'properties': {'children': {'type': 'array', 'items': {'$ref': '#/definitions/Node'}}}} | 1
      a property of a list alias  | 'Node': {'type': 'object', 'properties': {'children': {'$ref': '#/definitions/Nodes'}}}, 'Nodes': {'type': 'array', 'items': {'$ref': '#/definitions/Node'}} | 1
      a list of lists of models   | 'Node': {'type': 'object', 'properties': {'children': {'$ref': '#/definitions/Grid'}}}, 'Grid': {'type': 'array', 'items': {'$ref': '#/definitions/Nodes'}}, 'Nodes': {'type': 'array', 'items': {'$ref': '#/definitions/Node'}} | 2
      """)
  void aModelHoldingItselfThroughAPropertyIsOrdinary(String name, String definitions, int listDepth) {
    NormalizeResult r = normalize(definitions);
    Fixtures.assertNoErrors(r);
    ObjectType node = Fixtures.object(Fixtures.only(r), "Node");
    TypeRef expected = new TypeRef.Named("Node");
    for (int i = 0; i < listDepth; i++) {
      expected = new TypeRef.ArrayOf(expected);
    }
    assertEquals(expected, Fixtures.property(node, "children").type());
  }
}
