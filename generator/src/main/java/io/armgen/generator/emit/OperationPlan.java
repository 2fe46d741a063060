package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the client emitter decided about one operation before writing any method: its shape, the
 * Java parameters, the result type and reader, and the request-building code.
 *
 * @param kind plain call, long-running or pageable
 * @param required the required method parameters, in spec order
 * @param optional the optional method parameters, in spec order (null may be passed)
 * @param resultType the return type: the body type for a plain call ({@code null} when there is
 *     no body: the method is {@code void}), the final type for a long-running operation
 *     ({@code Void} when there is none), the item type for a pageable list (also one that a
 *     long-running operation returns)
 * @param reader a {@code JsonReadFunction} expression for the body (the item, when pageable), or
 *     {@code null} as code when there is no body
 * @param readsByStatus the statuses of a plain call carry bodies of different types: {@code reader}
 *     is an {@code IntFunction} from the status to its reader
 * @param conditional whether an overload with {@code RequestConditions} is offered (ETag resource,
 *     PUT/PATCH/DELETE)
 * @param conditionsName the name of that parameter, distinct from every other parameter
 * @param optionsName the name of the {@code RequestOptions} parameter, distinct likewise
 * @param request the request method's checks, path template and builder chain after
 *     {@code ArmRequest.builder(method, path)} (without {@code .conditions(...)},
 *     {@code .options(...)}, {@code .expect(...)} and {@code .build()})
 * @param expected the declared success statuses (2xx and 3xx)
 * @param headersType the generated class of the declared response headers of a plain call, or null
 * @param variant the media-type variant this plan is for (see {@link MediaVariant})
 * @param responseContent a {@code ResponseContent} expression reading a body that is not JSON,
 *     or null when the body is read as JSON with {@code reader}
 */
record OperationPlan(
    Operation operation,
    Kind kind,
    List<MethodParam> required,
    List<MethodParam> optional,
    TypeName resultType,
    CodeBlock reader,
    boolean readsByStatus,
    boolean conditional,
    String conditionsName,
    String optionsName,
    RequestCode.Result request,
    List<Integer> expected,
    ClassName headersType,
    MediaVariant variant,
    CodeBlock responseContent) {

  OperationPlan {
    required = List.copyOf(required);
    optional = List.copyOf(optional);
    expected = List.copyOf(expected);
  }

  /** The call pattern, which decides the set of generated methods. */
  enum Kind { PLAIN, LONG_RUNNING, PAGEABLE, LONG_RUNNING_LIST }

  /** One Java parameter of the generated methods. */
  record MethodParam(Parameter parameter, String name, TypeName type) {}

  /** Required then optional parameters: the order of the fullest overload. */
  List<MethodParam> all() {
    List<MethodParam> all = new ArrayList<>(required);
    all.addAll(optional);
    return all;
  }

  /** True when there is no result to return: a plain call without body or an LRO without one. */
  boolean returnsNothing() {
    return resultType == null || resultType.equals(TypeName.VOID.box());
  }
}
