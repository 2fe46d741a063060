package io.armgen.generator.emit;

import io.armgen.generator.emit.OperationMethods.Variant;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.TypeRef;
import java.util.Locale;
import java.util.Optional;

/**
 * The Javadoc of an operation's public methods: the spec's description, what the method does
 * (waits, returns a poller, pages lazily, returns the response), each parameter and the result.
 */
final class OperationDocs {
  private final OperationPlan plan;

  OperationDocs(OperationPlan plan) {
    this.plan = plan;
  }

  String summary(Variant variant) {
    String description = DocText.javadoc(plan.operation().description());
    if (description.isEmpty()) {
      description = "Calls {@code " + DocText.javadoc(plan.operation().operationId()) + "}.";
    }
    String how;
    switch (variant) {
      case BEGIN:
        how = "Starts the long-running operation and returns a poller without waiting for it.";
        break;
      case ASYNC:
        how = plan.kind() == OperationPlan.Kind.PLAIN
            ? "Holds no thread while it waits: the future completes when the call does."
            : "Holds no thread while it waits: the future completes when the long-running operation ends.";
        break;
      case PAGED_ASYNC:
        how = "Pages are fetched without blocking, one when the previous one has been handled.";
        break;
      case PAGED:
        how = "Pages are fetched lazily as the items are iterated.";
        break;
      case WITH_RESPONSE:
        how = "Returns the status, the headers" + (plan.headersType() != null ? " (the declared ones typed)" : "")
            + " and the value.";
        break;
      default:
        how = plan.kind() == OperationPlan.Kind.PLAIN ? "" : "Waits until the long-running operation ends.";
    }
    String text = description + "\n";
    if (!how.isEmpty()) {
      text += "\n<p>" + how + "\n";
    }
    String media = RequestContentCode.describe(plan.operation(), plan.variant());
    if (!media.isEmpty()) {
      text += "\n<p>" + media + "\n";
    }
    Optional<Parameter> body = plan.operation().body();
    if (body.isPresent() && body.get().constantValue() != null) {
      boolean quoted = body.get().type().equals(TypeRef.of(TypeRef.PrimitiveKind.STRING));
      String value = quoted ? "\"" + body.get().constantValue() + "\"" : body.get().constantValue();
      text += "\n<p>Sends the body {@code " + DocText.javadoc(value) + "}, the only value the service accepts.\n";
    }
    String via = plan.operation().operationId();
    return text + "\n<p>Operation {@code " + DocText.javadoc(via) + "}: {@code "
        + plan.operation().httpMethod().toUpperCase(Locale.ROOT) + " " + DocText.javadoc(plan.operation().path())
        + "}.\n\n";
  }

  static String paramDoc(OperationPlan.MethodParam p) {
    String text = DocText.javadoc(p.parameter().description());
    if (text.isEmpty()) {
      text = "the {@code " + DocText.javadoc(p.parameter().wireName()) + "} parameter";
    }
    String fallback = p.parameter().details().clientDefault();
    if (fallback != null) {
      return text + " (optional; null sends {@code " + DocText.javadoc(fallback) + "})";
    }
    return p.parameter().required() ? text : text + " (optional; null to leave it out)";
  }

  String returnDoc(Variant variant) {
    switch (variant) {
      case BEGIN:
        return "a poller for the operation";
      case ASYNC:
        return plan.returnsNothing() ? "a future that completes when the call ends" : "a future of the result";
      case PAGED:
        return "the items of every page";
      case PAGED_ASYNC:
        return "the pages, fetched when asked for";
      case WITH_RESPONSE:
        return "the response";
      default:
        if (OperationPlanner.isExistenceCheck(plan.operation())) {
          return "true when the service answers 2xx, false when it answers 404";
        }
        if (plan.kind() == OperationPlan.Kind.LONG_RUNNING_LIST) {
          return "the items of every page of the final result";
        }
        return plan.kind() == OperationPlan.Kind.LONG_RUNNING ? "the final result" : "the response body";
    }
  }
}
