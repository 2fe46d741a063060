package io.armgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/**
 * {@code resumeOp(String resumeToken)} of a long-running operation: continues it, in this process
 * or another, from its poller's resume token. For a long-running list the poller's result is again
 * the whole list, its later pages following the next links.
 */
final class ResumeMethod {
  private ResumeMethod() {}

  /**
   * @param name the method's name ({@code resumeCreateOrUpdate})
   * @param pollerType what {@code beginOp} returns
   */
  static MethodSpec write(OperationPlan plan, String name, TypeName pollerType) {
    String description = "Continues a {@code " + DocText.javadoc(plan.operation().operationId())
        + "} operation started earlier, in this process or another, from its poller's resume token.\n\n"
        + "<p>The token holds the operation's URLs and state, no secret: this client's credential authenticates the "
        + "polls" + (plan.kind() == OperationPlan.Kind.LONG_RUNNING_LIST ? " and the requests for the later pages" : "")
        + ".\n\n";
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(pollerType)
        .addJavadoc("$L", description)
        .addJavadoc("@param resumeToken the value of {@code resumeToken()} of the operation's poller\n")
        .addJavadoc("@return a poller for the operation\n")
        .addJavadoc("@throws $T when the token is not a resume token of this runtime\n", IllegalArgumentException.class)
        .addParameter(String.class, "resumeToken")
        .addStatement("return $L", call(plan))
        .build();
  }

  /** The runtime's resume; of a long-running list with the page's item and next-link names. */
  private static CodeBlock call(OperationPlan plan) {
    if (plan.kind() == OperationPlan.Kind.LONG_RUNNING_LIST) {
      return CodeBlock.of("this.core.resumeLongRunningList(resumeToken, $L, $L, $L)",
          DocText.literal(plan.operation().paging().orElseThrow().itemName()), OperationMethods.nextLinkName(plan),
          plan.reader());
    }
    return CodeBlock.of("this.core.resumeLongRunning(resumeToken, $L)", plan.reader());
  }
}
