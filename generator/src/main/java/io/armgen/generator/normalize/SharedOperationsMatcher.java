package io.armgen.generator.normalize;

import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.ServiceLabels;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the operation groups that serve a shared resource alike: in each service, the group with
 * GET/DELETE (and PUT) on the resource's id and a GET on its collection under the parent. Such
 * groups get a common interface, {@code Common<Shape>Operations}, working on ARM ids: {@code list(parentId)},
 * {@code get(id)}, {@code delete(id)}, and, when the shape carries an approval state (a shared
 * member with writable {@code status} and {@code description}, as private endpoint connections do),
 * {@code approve(id, description)} and {@code reject(id, description)}.
 */
final class SharedOperationsMatcher {
  /** Method names of the shared interface that a typed operation must not already use. */
  private static final Set<String> ADAPTER_ONLY = Set.of("approve", "reject", "serviceName", "handlesParent");

  /** Shared methods taking one id; a typed method of the same name and arity would clash. */
  private static final Set<String> BY_ID = Set.of("list", "get", "delete");

  private final ServiceLabels labels;
  private final List<SharedShape> objects;
  private final CommonNames names;

  SharedOperationsMatcher(ServiceLabels labels, List<SharedShape> objects, CommonNames names) {
    this.labels = labels;
    this.objects = objects;
    this.names = names;
  }

  List<SharedShape> match() {
    List<SharedShape> result = new ArrayList<>();
    for (SharedShape shape : objects) {
      if (!shape.isShared() || shape.joined().stream().noneMatch(this::isResource)) {
        continue;
      }
      Optional<String> approval = approvalState(shape);
      List<SharedShape.Variant> joined = new ArrayList<>();
      List<SharedShape.Excluded> excluded = new ArrayList<>();
      for (SharedShape.Variant v : shape.joined()) {
        Service service = service(v.service());
        Map<String, String> bindings = new LinkedHashMap<>();
        Optional<String> problem = bind(service, v.typeName(), approval.isPresent(), bindings);
        if (problem.isPresent()) {
          excluded.add(new SharedShape.Excluded(v.service(), v.typeName(), problem.get()));
          continue;
        }
        approval.ifPresent(a -> bindings.put("approvalState", a));
        String group = bindings.remove("group");
        joined.add(new SharedShape.Variant(v.service(), group, bindings));
      }
      if (joined.isEmpty() && excluded.isEmpty()) {
        continue;
      }
      List<SharedShape.Member> members = new ArrayList<>();
      TypeRef type = new TypeRef.Named(shape.javaName());
      members.add(method("list", type, "Every " + shape.name() + " under a parent resource id."));
      members.add(method("get", type, "One " + shape.name() + " by its id."));
      if (approval.isPresent()) {
        members.add(method("approve", type, "Sets the status to Approved with a description, and waits for the update."));
        members.add(method("reject", type, "Sets the status to Rejected with a description, and waits for the update."));
      }
      members.add(method("delete", type, "Deletes one " + shape.name() + " by its id, and waits for the deletion."));
      String name = shape.name() + "Operations";
      result.add(new SharedShape(name, names.allocate(name), SharedShape.Kind.OPERATION_GROUP, shape.javaPackage(),
          "The operations on " + shape.name() + " that every joined service offers, by ARM resource id.",
          shape.name(), members, List.of(), joined, excluded));
    }
    return result;
  }

  private boolean isResource(SharedShape.Variant v) {
    return service(v.service()).resources().stream().anyMatch(r -> v.typeName().equals(r.modelType()));
  }

  private static SharedShape.Member method(String name, TypeRef type, String description) {
    return new SharedShape.Member(name, Optional.empty(), type, description);
  }

  /** The member holding the approval state, when the shape has one. */
  private Optional<String> approvalState(SharedShape shape) {
    for (SharedShape.Member m : shape.members()) {
      if (m.setter().isPresent() && m.type() instanceof TypeRef.Named n) {
        Optional<SharedShape> state = objects.stream().filter(o -> o.javaName().equals(n.name())).findFirst();
        if (state.isPresent() && writable(state.get(), "status") && writable(state.get(), "description")) {
          return Optional.of(m.javaName());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean writable(SharedShape shape, String member) {
    return shape.members().stream().anyMatch(m -> m.javaName().equals(member) && m.setter().isPresent());
  }

  /** Fills {@code bindings} (roles to operation names, and {@code group}); returns why it cannot. */
  private static Optional<String> bind(Service service, String typeName, boolean needsPut, Map<String, String> bindings) {
    for (ResourceType resource : service.resources()) {
      if (!typeName.equals(resource.modelType())) {
        continue;
      }
      String id = resource.idTemplate();
      String collection = id.substring(0, id.lastIndexOf('/'));
      for (OperationGroup group : service.groups()) {
        Optional<Operation> list = find(group, "GET", collection);
        Optional<Operation> get = find(group, "GET", id);
        Optional<Operation> put = find(group, "PUT", id);
        Optional<Operation> delete = find(group, "DELETE", id);
        if (list.isEmpty() || get.isEmpty() || delete.isEmpty() || needsPut && put.isEmpty()) {
          continue;
        }
        for (Operation op : group.operations()) {
          if (ADAPTER_ONLY.contains(op.javaName())) {
            return Optional.of("its operation " + op.operationId() + " takes the name " + op.javaName());
          }
          if (BY_ID.contains(op.javaName()) && methodArguments(op) <= 1) {
            return Optional.of("its operation " + op.operationId() + " is emitted as " + op.javaName()
                + " with one argument, which the shared " + op.javaName() + "(id) would clash with");
          }
        }
        for (Optional<Operation> op : List.of(list, get, put, delete)) {
          Optional<String> problem = op.flatMap(SharedOperationsMatcher::needsMoreThanAnId);
          if (problem.isPresent()) {
            return problem;
          }
        }
        bindings.put("group", group.name());
        bindings.put("list", list.get().javaName());
        bindings.put("get", get.get().javaName());
        put.ifPresent(p -> bindings.put("put", p.javaName()));
        bindings.put("delete", delete.get().javaName());
        return Optional.empty();
      }
    }
    return Optional.of("no operation group of " + service.name() + " lists, reads"
        + (needsPut ? ", updates" : "") + " and deletes " + typeName + " by its id");
  }

  /** The fewest arguments a generated method of {@code op} takes: its required parameters. */
  private static long methodArguments(Operation op) {
    return op.parameters().stream().filter(p -> p.required() && !p.client() && p.constantValue() == null).count();
  }

  /** Why the operation cannot be called with only what an id carries (and the body), if it cannot. */
  private static Optional<String> needsMoreThanAnId(Operation op) {
    for (Parameter p : op.parameters()) {
      if (p.required() && !p.client() && p.constantValue() == null
          && p.in() != Parameter.Location.PATH && p.in() != Parameter.Location.BODY) {
        return Optional.of("its operation " + op.operationId() + " requires " + p.wireName() + ", which an id does not carry");
      }
    }
    return Optional.empty();
  }

  private static Optional<Operation> find(OperationGroup group, String method, String path) {
    return group.operations().stream()
        .filter(o -> o.httpMethod().equalsIgnoreCase(method) && o.path().equals(path))
        .findFirst();
  }

  private Service service(String label) {
    return labels.service(label).orElseThrow();
  }
}
