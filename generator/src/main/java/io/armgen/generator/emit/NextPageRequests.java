package io.armgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code x-ms-pageable operationName}: the next pages of a list come from another operation of
 * the same group, called with the page's next link as its {@code nextLink} parameter and the
 * list's own values for the parameters they share (by wire name, or the same parameter group).
 * The result is a {@code Function<String, ArmRequest>} lambda over that operation's request method.
 */
final class NextPageRequests {
  /**
   * The lambda's parts: its parameter, the request method it calls and the arguments before the
   * options.
   */
  record NextRequest(String link, String method, List<String> args) {
    /** The lambda, passing {@code options} (an expression) as the call's options. */
    CodeBlock lambda(String options) {
      List<String> all = new ArrayList<>(args);
      all.add(options);
      return CodeBlock.of("$L -> $L($L)", link, method, String.join(", ", all));
    }
  }

  private final Service service;
  private final Collection<SharedOperationsAdapter.Planned> planned;

  NextPageRequests(Service service, Collection<SharedOperationsAdapter.Planned> planned) {
    this.service = service;
    this.planned = planned;
  }

  /**
   * The lambda for {@code list}, or empty when its next links are URLs, or (with a note) when the
   * named operation is not in this group or needs a value the list does not have.
   */
  Optional<NextRequest> of(SharedOperationsAdapter.Planned list, EmitNotes notes) {
    Operation operation = list.plan().operation();
    Optional<String> nextId = operation.paging().flatMap(Operation.Paging::nextOperationId);
    if (nextId.isEmpty()) {
      return Optional.empty();
    }
    Optional<SharedOperationsAdapter.Planned> next = planned.stream()
        .filter(p -> p.plan().operation().operationId().equalsIgnoreCase(nextId.get())).findFirst();
    if (next.isEmpty()) {
      notes.note(ModelLocations.of(service, operation), "operation " + operation.operationId()
          + " is left out: its next pages come from " + nextId.get() + ", which is not an operation of its group");
      return Optional.empty();
    }
    String link = freeName(list.plan());
    List<String> args = new ArrayList<>();
    for (OperationPlan.MethodParam p : next.get().plan().all()) {
      if (p.parameter().wireName().equals("nextLink")) {
        args.add(link);
        continue;
      }
      Optional<OperationPlan.MethodParam> same = list.plan().all().stream()
          .filter(q -> q.parameter().wireName().equals(p.parameter().wireName()) && q.type().equals(p.type())).findFirst();
      if (same.isPresent()) {
        args.add(same.get().name());
      } else if (!p.parameter().required()) {
        args.add("null");
      } else {
        notes.note(ModelLocations.of(service, operation), "operation " + operation.operationId()
            + " is left out: its next pages come from " + nextId.get()
            + ", whose parameter " + p.parameter().wireName() + " it does not have");
        return Optional.empty();
      }
    }
    if (next.get().plan().conditional()) {
      args.add("null");
    }
    return Optional.of(new NextRequest(link, next.get().name() + "Request", args));
  }

  /** A lambda parameter name no parameter of the list's methods has. */
  private static String freeName(OperationPlan plan) {
    String candidate = "nextLink";
    for (int n = 2; isTaken(plan, candidate); n++) {
      candidate = "nextLink" + n;
    }
    return candidate;
  }

  private static boolean isTaken(OperationPlan plan, String name) {
    return name.equals(plan.optionsName()) || plan.all().stream().anyMatch(p -> p.name().equals(name));
  }
}
