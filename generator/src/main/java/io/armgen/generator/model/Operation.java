package io.armgen.generator.model;

import java.util.List;
import java.util.Optional;

/**
 * One HTTP operation of an operation group.
 *
 * @param operationId as in the spec ({@code PrivateEndpointConnections_Get})
 * @param javaName method name ({@code get}, {@code createOrUpdate}, {@code listByResource})
 * @param httpMethod the HTTP method, upper case ({@code GET}, {@code PUT}, ...)
 * @param path the path template ({@code /subscriptions/{subscriptionId}/...})
 * @param description the spec's description (or summary), or null
 * @param parameters all parameters in spec order, the body (if any) included as
 *     {@link Parameter.Location#BODY}
 * @param responses every declared 2xx and 3xx response, and a HEAD's declared 404 without body
 * @param errorType the {@code default} response's schema, if any
 * @param longRunning present when {@code x-ms-long-running-operation: true}
 * @param paging present when {@code x-ms-pageable} is present
 * @param examples the {@code x-ms-examples} entries, in spec order
 * @param origin where the operation is declared
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

  /**
   * Copies the lists.
   *
   * @param operationId as in the spec ({@code PrivateEndpointConnections_Get})
   * @param javaName method name
   * @param httpMethod the HTTP method, upper case
   * @param path the path template
   * @param description the spec's description (or summary), or null
   * @param parameters all parameters in spec order, the body included
   * @param responses every declared 2xx and 3xx response
   * @param errorType the {@code default} response's schema, if any
   * @param longRunning present when {@code x-ms-long-running-operation: true}
   * @param paging present when {@code x-ms-pageable} is present
   * @param examples the {@code x-ms-examples} entries, in spec order
   * @param origin where the operation is declared
   * @param media the media types of the request body (or form) and the response
   */
  public Operation {
    parameters = List.copyOf(parameters);
    responses = List.copyOf(responses);
    examples = List.copyOf(examples);
  }

  /**
   * An operation that sends and receives JSON only (the shape before media types were modelled).
   *
   * @param operationId as in the spec ({@code PrivateEndpointConnections_Get})
   * @param javaName method name
   * @param httpMethod the HTTP method, upper case
   * @param path the path template
   * @param description the spec's description (or summary), or null
   * @param parameters all parameters in spec order, the body included
   * @param responses every declared 2xx and 3xx response
   * @param errorType the {@code default} response's schema, if any
   * @param longRunning present when {@code x-ms-long-running-operation: true}
   * @param paging present when {@code x-ms-pageable} is present
   * @param examples the {@code x-ms-examples} entries, in spec order
   * @param origin where the operation is declared
   */
  public Operation(String operationId, String javaName, String httpMethod, String path, String description,
      List<Parameter> parameters, List<Response> responses, Optional<TypeRef> errorType,
      Optional<LongRunning> longRunning, Optional<Paging> paging, List<Example> examples, SourceLocation origin) {
    this(operationId, javaName, httpMethod, path, description, parameters, responses, errorType, longRunning, paging,
        examples, origin, OperationMedia.json(parameters.stream().anyMatch(p -> p.in() == Parameter.Location.BODY)));
  }

  /**
   * A declared response.
   *
   * @param status the status code
   * @param body the body's type; empty when the response has no schema
   * @param headers the headers it declares, in spec order
   */
  public record Response(int status, Optional<TypeRef> body, List<Header> headers) {
    /**
     * Copies the headers.
     *
     * @param status the status code
     * @param body the body's type; empty when the response has no schema
     * @param headers the headers it declares, in spec order
     */
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
   * @param description the spec's description, or null
   */
  public record Header(String name, String javaName, TypeRef type, String collectionPrefix, String description) {}

  /**
   * {@code x-ms-long-running-operation(-options)}.
   *
   * @param finalStateVia where the final result is read from
   */
  public record LongRunning(FinalStateVia finalStateVia) {}

  /** {@code final-state-via}, DEFAULT when the spec says nothing. */
  public enum FinalStateVia {
    /** The spec says nothing: ARM's rules for the HTTP method apply. */
    DEFAULT,
    /** {@code azure-async-operation}: the final body of the {@code Azure-AsyncOperation} URL. */
    AZURE_ASYNC_OPERATION,
    /** {@code location}: a GET of the {@code Location} URL. */
    LOCATION,
    /** {@code original-uri}: a GET of the request's own URL. */
    ORIGINAL_URI
  }

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
    /**
     * Paging whose next links are URLs.
     *
     * @param itemName the array property of the page
     * @param nextLinkName the next-link property; empty for a single page
     * @param pageType the page schema
     * @param itemType the element type of {@code itemName}
     */
    public Paging(String itemName, Optional<String> nextLinkName, TypeRef pageType, TypeRef itemType) {
      this(itemName, nextLinkName, pageType, itemType, Optional.empty());
    }
  }

  /**
   * One {@code x-ms-examples} entry, its file read and kept as raw JSON text.
   *
   * @param title the entry's key, e.g. {@code "Get a private endpoint connection"}
   * @param file the example file, relative to the spec's folder as written in the {@code $ref}
   * @param json the file's text
   * @param origin the entry in the operation's {@code x-ms-examples} (its {@code $ref}, for an
   *     example in a file of its own), for diagnostics; null when unknown
   */
  public record Example(String title, String file, String json, SourceLocation origin) {}

  /**
   * The body parameter.
   *
   * @return the {@link Parameter.Location#BODY} parameter; empty when the operation sends no body
   */
  public Optional<Parameter> body() {
    return parameters.stream().filter(p -> p.in() == Parameter.Location.BODY).findFirst();
  }
}
