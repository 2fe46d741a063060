package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.TypeRef;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The unification rules, one by one. */
class TypeUnifierTest {
  private static final TypeRef STRING = TypeRef.of(TypeRef.PrimitiveKind.STRING);
  private final Map<String, EnumType> enums = new HashMap<>();
  private final Map<String, String> joinedObjects = new HashMap<>();

  private final TypeUnifier unifier = new TypeUnifier(new TypeUnifier.Types() {
    @Override
    public EnumType enumOf(String service, TypeRef type) {
      return type instanceof TypeRef.Named n ? enums.get(service + "." + n.name()) : null;
    }

    @Override
    public Optional<String> sharedObject(List<TypeUnifier.Slot> slots) {
      List<String> names = slots.stream().map(s -> joinedObjects.get(s.service() + "." + ((TypeRef.Named) s.type()).name())).distinct().toList();
      return names.size() == 1 && names.get(0) != null ? Optional.of(names.get(0)) : Optional.empty();
    }
  });

  private TypeRef enumIn(String service, String name, boolean open, String... values) {
    enums.put(service + "." + name, new EnumType(name, "", open, TypeRef.PrimitiveKind.STRING,
        Arrays.stream(values).map(v -> new EnumType.EnumValue(v, v.toUpperCase(), "")).toList(), null));
    return new TypeRef.Named(name);
  }

  private static TypeUnifier.Slot slot(String service, TypeRef type) {
    return new TypeUnifier.Slot(service, type);
  }

  @Test
  void equalPrimitivesStayAndStringsAndArmIdsAreBothStrings() {
    TypeUnifier.Unified u = assertInstanceOf(TypeUnifier.Unified.class, unifier.unify(List.of(
        slot("A", STRING), slot("B", TypeRef.of(TypeRef.PrimitiveKind.ARM_ID)))));
    assertEquals(STRING, u.type());
    assertTrue(u.enums().isEmpty());
  }

  @Test
  void differentPrimitivesAreAHardConflict() {
    TypeUnifier.Conflict c = assertInstanceOf(TypeUnifier.Conflict.class, unifier.unify(List.of(
        slot("A", STRING), slot("B", TypeRef.of(TypeRef.PrimitiveKind.INT32)))));
    assertTrue(c.hard());
    assertEquals("the types differ: string in A, int32 in B", c.reason());
  }

  @Test
  void closedAndOpenEnumsOverOverlappingValuesUnifyToTheUnion() {
    TypeUnifier.Unified u = assertInstanceOf(TypeUnifier.Unified.class, unifier.unify(List.of(
        slot("A", enumIn("A", "Status", false, "Approved", "Pending")),
        slot("B", enumIn("B", "ConnectionStatus", true, "pending", "Approved", "Disconnected")))));
    assertNull(u.type(), "the caller names the shared enum");
    assertEquals(List.of("Approved", "Pending", "Disconnected"), u.enums().orElseThrow().values());
    assertEquals(2, u.enums().orElseThrow().enumSlots().size());
  }

  @Test
  void anEnumAndAPlainStringUnifyToTheSharedEnumTheStringTakingPartByItsWireValue() {
    TypeUnifier.Unified u = assertInstanceOf(TypeUnifier.Unified.class, unifier.unify(List.of(
        slot("A", enumIn("A", "Status", true, "Approved")), slot("B", STRING))));
    assertNull(u.type(), "the caller names the shared enum");
    assertEquals(List.of("Approved"), u.enums().orElseThrow().values());
    assertEquals(1, u.enums().orElseThrow().stringSlots().size());
  }

  @Test
  void enumsWithoutACommonValueAndEnumsAgainstNumbersConflict() {
    assertTrue(((TypeUnifier.Conflict) unifier.unify(List.of(
        slot("A", enumIn("A", "Color", false, "Red")), slot("B", enumIn("B", "Color", false, "Blue"))))).hard());
    assertTrue(((TypeUnifier.Conflict) unifier.unify(List.of(
        slot("A", enumIn("A", "Color", false, "Red")), slot("B", TypeRef.of(TypeRef.PrimitiveKind.INT32))))).hard());
  }

  @Test
  void objectsUnifyOnlyWhenTheyJoinedOneSharedShape() {
    joinedObjects.put("A.Endpoint", "PrivateEndpoint");
    joinedObjects.put("B.EndpointProperty", "PrivateEndpoint");
    TypeUnifier.Unified u = assertInstanceOf(TypeUnifier.Unified.class, unifier.unify(List.of(
        slot("A", new TypeRef.Named("Endpoint")), slot("B", new TypeRef.Named("EndpointProperty")))));
    assertEquals(new TypeRef.Named("PrivateEndpoint"), u.type());
    TypeUnifier.Conflict c = assertInstanceOf(TypeUnifier.Conflict.class, unifier.unify(List.of(
        slot("A", new TypeRef.Named("Endpoint")), slot("C", new TypeRef.Named("Other")))));
    assertFalse(c.hard(), "a nested object that did not join only leaves the property out");
  }

  @Test
  void listsOfSharedObjectsUnifyAndListsOfEnumsAreLeftOut() {
    joinedObjects.put("A.Item", "Item");
    joinedObjects.put("B.Item", "Item");
    TypeUnifier.Unified u = assertInstanceOf(TypeUnifier.Unified.class, unifier.unify(List.of(
        slot("A", new TypeRef.ArrayOf(new TypeRef.Named("Item"))), slot("B", new TypeRef.ArrayOf(new TypeRef.Named("Item"))))));
    assertEquals(new TypeRef.ArrayOf(new TypeRef.Named("Item")), u.type());
    TypeUnifier.Conflict c = assertInstanceOf(TypeUnifier.Conflict.class, unifier.unify(List.of(
        slot("A", new TypeRef.ArrayOf(enumIn("A", "Kind", true, "x"))), slot("B", new TypeRef.ArrayOf(STRING)))));
    assertFalse(c.hard());
  }
}
