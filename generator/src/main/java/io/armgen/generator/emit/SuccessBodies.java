package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.TypeRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies a plain call's 2xx responses declare. When they are not all of one type (200 an
 * {@code A}, 201 a {@code B}), each status is read with its own type and the call returns their
 * common base model, or {@code Object} when they have none: a body is never read as another
 * status's type.
 */
final class SuccessBodies {
  private final EmitContext context;
  private final Map<Integer, TypeRef> byStatus = new LinkedHashMap<>();

  SuccessBodies(EmitContext context, Operation operation) {
    this.context = context;
    operation.responses().stream()
        .filter(r -> r.status() >= 200 && r.status() < 300 && r.body().isPresent())
        .sorted((a, b) -> Integer.compare(a.status(), b.status()))
        .forEach(r -> byStatus.put(r.status(), r.body().get()));
  }

  /** True when the statuses carry bodies of different types. */
  boolean differ() {
    return byStatus.values().stream().distinct().count() > 1;
  }

  /** The call's return type when {@link #differ()}: the common base model, else {@code Object}. */
  TypeName commonType() {
    for (TypeRef candidate : byStatus.values()) {
      if (byStatus.values().stream().allMatch(t -> t.equals(candidate) || extendsType(t, candidate))) {
        return context.names().of(candidate);
      }
    }
    return ClassName.get(Object.class);
  }

  /** An {@code IntFunction} from a status to the reader of its body (null for a status without one). */
  CodeBlock readers() {
    CodeBlock.Builder b = CodeBlock.builder().add("status -> ");
    List<Map.Entry<Integer, TypeRef>> entries = List.copyOf(byStatus.entrySet());
    for (Map.Entry<Integer, TypeRef> e : entries) {
      b.add("status == $L ? $L :$W", e.getKey(), reader(e.getValue()));
    }
    return b.add("null").build();
  }

  private CodeBlock reader(TypeRef type) {
    CodeBlock read = JsonReaderCode.readFunction(type, context.names(), context.enumPredicate());
    // a bare method reference has no type of its own inside ?: ; the cast gives it one
    return CodeBlock.of("($T<$T>) $L", JsonReaderCode.JSON.peerClass("JsonReadFunction"),
        context.names().of(type).box(), read);
  }

  private boolean extendsType(TypeRef type, TypeRef base) {
    if (!(type instanceof TypeRef.Named named) || !(base instanceof TypeRef.Named baseName)) {
      return false;
    }
    Optional<ObjectType> object = context.object(named.name());
    return object.isPresent() && context.ancestors(object.get()).stream().anyMatch(o -> o.name().equals(baseName.name()));
  }
}
