package io.armgen.generator.model;

import java.util.List;
import java.util.Optional;

/**
 * One HTTP operation of an operation group.
 *
 * @param operationId as in the spec ({@code PrivateEndpointConnections_Get})
 * @param javaName method name ({@code get}, {@code createOrUpdate}, {@code listByResource})
 * @param path the path template ({@code /subscriptions/{subscriptionId}/...})
 * @param parameters all parameters in spec order, the body (if any) included as
 *     {@link Parameter.Location#BODY}
 * @param responses every declared 2xx and 3xx response, and a HEAD's declared 404 without body
 * @param errorType the {@code default} response's schema, if any
 * @param longRunning present when {@code x-ms-long-running-operation: true}
 * @param paging present when {@code x-ms-pageable} is present
 * @param media the media types of the request body (or form) and the response
 */
public record Operation(
    String operationId,
    String javaName,
    String httpMethod,
    String path,
    String description,
    List<Parameter> parameters,
    List<Response> responses,
    Optional<TypeRef> errorType,
    Optional<LongRunning> longRunning,
    Optional<Paging> paging,
    List<Example> examples,
    SourceLocation origin,
    OperationMedia media) {

  public Operation {
    parameters = List.copyOf(parameters);
    responses = List.copyOf(responses);
    examples = List.copyOf(examples);
  }

  /** An operation that sends and receives JSON only (the shape before media types were modelled). */
  public Operation(String operationId, String javaName, String httpMethod, String path, String description,
      List<Parameter> parameters, List<Response> responses, Optional<TypeRef> errorType,
      Optional<LongRunning> longRunning, Optional<Paging> paging, List<Example> examples, SourceLocation origin) {
    this(operationId, javaName, httpMethod, path, description, parameters, responses, errorType, longRunning, paging,
        examples, origin, OperationMedia.json(parameters.stream().anyMatch(p -> p.in() == Parameter.Location.BODY)));
  }

  /** A declared response; {@code body} empty when it has no schema. */
  public record Response(int status, Optional<TypeRef> body, List<Header> headers) {
    public Response {
      headers = List.copyOf(headers);
    }
  }

  /**
   * A header a response declares.
   *
   * @param name as declared ({@code Location}, {@code x-ms-request-id})
   * @param javaName its accessor's name, unique among the operation's headers
   * @param type its value's type; a {@link TypeRef.MapOf} of strings when {@code collectionPrefix}
   *     is set
   * @param collectionPrefix {@code x-ms-header-collection-prefix}: every header whose name starts
   *     with it, keyed by the rest of the name; null for one header
   */
  public record Header(String name, String javaName, TypeRef type, String collectionPrefix, String description) {}

  /** {@code x-ms-long-running-operation(-options)}. */
  public record LongRunning(FinalStateVia finalStateVia) {}

  /** {@code final-state-via}, DEFAULT when the spec says nothing. */
  public enum FinalStateVia { DEFAULT, AZURE_ASYNC_OPERATION, LOCATION, ORIGINAL_URI }

  /**
   * {@code x-ms-pageable}.
   *
   * @param itemName the array property of the page ({@code value} by default)
   * @param nextLinkName empty when the service returns a single page ({@code nextLinkName: null})
   * @param pageType the page schema (e.g. {@code PrivateEndpointConnectionListResult})
   * @param itemType the element type of {@code itemName}
   * @param nextOperationId {@code operationName}: the operation that fetches the next pages, given
   *     the next link (the link is then no URL but its parameter); empty when next links are URLs
   */
  public record Paging(String itemName, Optional<String> nextLinkName, TypeRef pageType, TypeRef itemType,
      Optional<String> nextOperationId) {
    /** Paging whose next links are URLs. */
    public Paging(String itemName, Optional<String> nextLinkName, TypeRef pageType, TypeRef itemType) {
      this(itemName, nextLinkName, pageType, itemType, Optional.empty());
    }
  }

  /**
   * One {@code x-ms-examples} entry, its file read and kept as raw JSON text.
   *
   * @param file the example file, relative to the spec's folder as written in the {@code $ref}
   * @param origin the entry in the operation's {@code x-ms-examples} (its {@code $ref}, for an
   *     example in a file of its own), for diagnostics; null when unknown
   */
  public record Example(String title, String file, String json, SourceLocation origin) {}

  /** The body parameter, if any. */
  public Optional<Parameter> body() {
    return parameters.stream().filter(p -> p.in() == Parameter.Location.BODY).findFirst();
  }
}
