package io.armgen.generator.normalize;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.normalize.OperationDraft.ParameterDraft;
import io.armgen.generator.normalize.OperationDraft.ResponseDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the drafts into the immutable model once every name is chosen. Objects and enums are
 * sorted by Java name; groups keep the order of their first operation, operations document order.
 */
final class ModelAssembler {
  private final SchemaTable table;

  ModelAssembler(SchemaTable table) {
    this.table = table;
  }

  TypeRef typeOf(DraftType type) {
    DraftType resolved = table.resolve(type);
    if (resolved instanceof DraftType.Prim p) {
      return TypeRef.of(p.kind());
    }
    if (resolved instanceof DraftType.Array a) {
      return new TypeRef.ArrayOf(typeOf(a.items()));
    }
    if (resolved instanceof DraftType.MapOf m) {
      return new TypeRef.MapOf(typeOf(m.values()));
    }
    if (resolved instanceof DraftType.Runtime r) {
      return new TypeRef.Runtime(r.className());
    }
    SchemaDraft draft = table.get(((DraftType.Ref) resolved).id()).orElse(null);
    String name = draft instanceof ObjectDraft o ? o.javaName : draft instanceof EnumDraft e ? e.javaName : null;
    // a reference to a type that is not generated cannot be expressed: treat it as free-form JSON
    return name == null ? TypeRef.of(TypeRef.PrimitiveKind.ANY) : new TypeRef.Named(name);
  }

  List<ObjectType> objects(Set<SchemaId> kept) {
    List<ObjectType> out = new ArrayList<>();
    for (ObjectDraft o : table.objects()) {
      if (kept.contains(o.id())) {
        out.add(object(o));
      }
    }
    out.sort(Comparator.comparing(ObjectType::name));
    return out;
  }

  private ObjectType object(ObjectDraft o) {
    List<Property> props = o.properties.stream()
        .map(p -> new Property(p.wirePath, p.javaName, typeOf(p.type), p.required, p.readOnly, p.secret, p.description,
            p.origin, p.constant, p.clientDefault))
        .toList();
    List<String> subtypes = o.subtypes.stream()
        .map(id -> table.get(id).orElse(null))
        .filter(d -> d instanceof ObjectDraft sub && sub.javaName != null)
        .map(d -> ((ObjectDraft) d).javaName)
        .sorted()
        .toList();
    return new ObjectType(o.javaName, o.definitionName, o.description,
        Optional.ofNullable(o.parent).map(this::typeOf), props,
        Optional.ofNullable(o.additionalProperties).map(this::typeOf),
        Optional.ofNullable(o.discriminator), Optional.ofNullable(o.discriminatorValue), subtypes, o.armResource, o.origin);
  }

  List<EnumType> enums(Set<SchemaId> kept) {
    List<EnumType> out = new ArrayList<>();
    for (EnumDraft e : table.enums()) {
      if (kept.contains(e.id())) {
        List<EnumType.EnumValue> values = new ArrayList<>();
        for (int i = 0; i < e.values.size(); i++) {
          EnumDraft.Value v = e.values.get(i);
          values.add(new EnumType.EnumValue(v.value(), e.constantNames.get(i), v.description()));
        }
        out.add(new EnumType(e.javaName, e.description, e.expandable, e.valueType, values, e.origin));
      }
    }
    out.sort(Comparator.comparing(EnumType::name));
    return out;
  }

  List<OperationGroup> groups(List<OperationDraft> operations) {
    Map<String, List<Operation>> byGroup = new LinkedHashMap<>();
    for (OperationDraft d : operations) {
      byGroup.computeIfAbsent(d.group, g -> new ArrayList<>()).add(operation(d));
    }
    List<OperationGroup> out = new ArrayList<>();
    byGroup.forEach((name, ops) -> out.add(new OperationGroup(name, "", ops)));
    return out;
  }

  private Operation operation(OperationDraft d) {
    List<Parameter> params = new ArrayList<>();
    for (ParameterDraft p : d.parameters) {
      params.add(new Parameter(p.wireName(), p.javaName(), p.in(), typeOf(p.type()), p.required(), p.client(),
          p.constantValue(), p.skipUrlEncoding(), p.description(), p.details()));
    }
    List<Operation.Response> responses = new ArrayList<>();
    for (ResponseDraft r : d.responses) {
      List<Operation.Header> headers = r.headers().stream()
          .map(h -> new Operation.Header(h.name(), h.javaName(), typeOf(h.type()), h.collectionPrefix(), h.description())).toList();
      responses.add(new Operation.Response(r.status(), r.body().map(this::typeOf), headers));
    }
    Optional<Operation.Paging> paging = Optional.ofNullable(d.paging)
        .map(p -> new Operation.Paging(p.itemName(), p.nextLinkName(), typeOf(p.pageType()), typeOf(p.itemType()),
            p.nextOperationId()));
    return new Operation(d.operationId, d.javaName, d.httpMethod, d.path, d.description, params, responses,
        Optional.ofNullable(d.errorType).map(this::typeOf), Optional.ofNullable(d.longRunning), paging, d.examples, d.origin,
        d.media);
  }
}
