package io.armgen.runtime.arm;

import io.armgen.runtime.json.JsonModel;
import io.armgen.runtime.json.JsonWritable;
import io.armgen.runtime.media.JsonContent;
import io.armgen.runtime.media.RequestContent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One ARM call as generated code describes it: method, path template, parameters, body and the
 * success statuses. The client core turns it into an HTTP request against its endpoint; what the
 * request holds is read only by the core. Immutable once built.
 *
 * <pre>{@code
 * ArmRequest.builder("GET", "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}")
 *     .path("subscriptionId", subscriptionId)
 *     .path("resourceGroupName", resourceGroupName)
 *     .query("api-version", apiVersion)
 *     .expect(200)
 *     .build();
 * }</pre>
 */
public final class ArmRequest {
  private final String method;
  private final String pathTemplate;
  private final Map<String, String> pathValues;
  private final Map<String, String> rawPathValues;
  private final Map<String, List<String>> query;
  private final Set<String> rawQueryNames;
  private final Map<String, String> headers;
  private final String baseUrl;
  private final JsonModel body;
  private final JsonWritable jsonBody;
  private final RequestContent content;
  private final String accept;
  private final int[] expected;
  private final RequestOptions options;

  private ArmRequest(Builder b) {
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.pathValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathValues));
    this.rawPathValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.rawPathValues));
    this.query = Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
    this.rawQueryNames = Set.copyOf(b.rawQueryNames);
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.baseUrl = b.baseUrl;
    this.body = b.body;
    this.jsonBody = b.jsonBody;
    this.content = b.content;
    this.accept = b.accept;
    this.expected = b.expected.stream().mapToInt(Integer::intValue).toArray();
    this.options = b.options;
  }

  /**
   * Starts a request.
   *
   * @param method the HTTP method, upper case, such as {@code GET}
   * @param pathTemplate the path, variables in braces, as the spec's {@code paths} key
   * @return a builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String method, String pathTemplate) {
    return new Builder(method, pathTemplate);
  }

  String method() {
    return method;
  }

  String pathTemplate() {
    return pathTemplate;
  }

  /** Path variable values, not yet encoded. */
  Map<String, String> pathValues() {
    return pathValues;
  }

  /** Path variable values inserted as they are ({@code x-ms-skip-url-encoding}). */
  Map<String, String> rawPathValues() {
    return rawPathValues;
  }

  /** Query parameters in order, not yet encoded. */
  Map<String, List<String>> query() {
    return query;
  }

  /** Query parameters whose values are sent as they are ({@code x-ms-skip-url-encoding}). */
  Set<String> rawQueryNames() {
    return rawQueryNames;
  }

  Map<String, String> headers() {
    return headers;
  }

  /**
   * The scheme, host and base path this request goes to instead of the client's endpoint (a
   * service with {@code x-ms-parameterized-host}), or null for the endpoint.
   */
  String baseUrl() {
    return baseUrl;
  }

  /** The JSON body, or null. */
  JsonModel body() {
    return body;
  }

  /** A JSON body that is not a model (a string, number, array or map), or null; see {@link Builder#bodyJson}. */
  JsonWritable jsonBody() {
    return jsonBody;
  }

  /**
   * The body in its media type, or null for none: the content set with {@link Builder#content},
   * else the JSON body ({@link #body()} or {@link #jsonBody()}) as {@code application/json}.
   */
  RequestContent content() {
    if (content != null) {
      return content;
    }
    if (body != null) {
      return JsonContent.of(body, JsonContent.APPLICATION_JSON);
    }
    return jsonBody == null ? null : JsonContent.of(jsonBody, JsonContent.APPLICATION_JSON);
  }

  /** The {@code Accept} header: the media types the operation produces ({@code application/json} by default). */
  String accept() {
    return accept;
  }

  /** The caller's per-call options, or null when none were given. */
  RequestOptions options() {
    return options;
  }

  /** Success statuses; empty means any 2xx. */
  int[] expectedStatuses() {
    return expected.clone();
  }

  /**
   * The path with every variable substituted and percent-encoded (raw values as they are).
   *
   * @throws IllegalStateException when a variable in the template has no value
   */
  String expandPath() {
    StringBuilder out = new StringBuilder(pathTemplate.length() + 64);
    int i = 0;
    while (i < pathTemplate.length()) {
      int open = pathTemplate.indexOf('{', i);
      if (open < 0) {
        out.append(pathTemplate, i, pathTemplate.length());
        break;
      }
      int close = pathTemplate.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException("unclosed '{' in path template " + pathTemplate);
      }
      out.append(pathTemplate, i, open);
      String name = pathTemplate.substring(open + 1, close);
      if (rawPathValues.containsKey(name)) {
        out.append(rawPathValues.get(name));
      } else if (pathValues.containsKey(name)) {
        out.append(encodePathSegment(pathValues.get(name)));
      } else {
        throw new IllegalStateException("no value for path parameter '" + name + "'");
      }
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * RFC 3986 path-segment encoding: unreserved characters, sub-delims, {@code :} and {@code @}
   * stay, the rest is %XX (UTF-8, upper-case hex). {@code /} is encoded, so a value stays one segment.
   *
   * @param value the text
   * @return the encoded text
   */
  public static String encodePathSegment(String value) {
    return encode(value, "-._~!$&'()*+,;=:@");
  }

  /** Query component encoding (a space is %20; {@code +}, {@code &} and {@code =} are encoded). */
  static String encodeQueryComponent(String value) {
    return encode(value, "-._~!$'()*,;:@/?");
  }

  private static String encode(String value, String safe) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  /** Collects the parts of a request; values are checked as they are added. */
  public static final class Builder {
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, String> rawPathValues = new LinkedHashMap<>();
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Set<String> rawQueryNames = new HashSet<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String baseUrl;
    private final List<Integer> expected = new ArrayList<>();
    private JsonModel body;
    private JsonWritable jsonBody;
    private RequestContent content;
    private String accept = JsonContent.APPLICATION_JSON;
    private RequestOptions options;

    private Builder(String method, String pathTemplate) {
      this.method = Objects.requireNonNull(method, "method");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
    }

    /**
     * A required path variable, percent-encoded as one segment when the request is sent.
     *
     * @param name the parameter's name, as in the template
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when the value is null, empty, {@code .} or {@code ..}
     *     (which would address another resource once the URL is normalised), naming the parameter
     */
    public Builder path(String name, String value) {
      pathValues.put(name, requireSegment(name, value));
      return this;
    }

    /**
     * A path variable inserted without encoding ({@code x-ms-skip-url-encoding}); it may span
     * several segments.
     *
     * @param name the parameter's name, as in the template
     * @param value the value, already encoded as the URL needs it
     * @return this builder
     * @throws IllegalArgumentException as {@link #path}, and for a value with a {@code .} or
     *     {@code ..} segment
     */
    public Builder pathRaw(String name, String value) {
      requireSegment(name, value);
      for (String segment : value.split("/", -1)) {
        if (segment.equals(".") || segment.equals("..")) {
          throw new IllegalArgumentException("Parameter " + name + " cannot hold the path segment '" + segment + "'.");
        }
      }
      rawPathValues.put(name, value);
      return this;
    }

    /**
     * A query parameter, percent-encoded when sent. Adding a name again adds another pair.
     *
     * @param name the parameter's name
     * @param value the value, sent with {@code String.valueOf}; {@code null} leaves it out
     * @return this builder
     */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
      }
      return this;
    }

    /**
     * A query parameter sent as it is, without percent-encoding ({@code x-ms-skip-url-encoding});
     * every value of this name is then sent raw.
     *
     * @param name the parameter's name
     * @param value the value, already encoded; {@code null} leaves it out
     * @return this builder
     */
    public Builder queryRaw(String name, Object value) {
      if (value != null) {
        rawQueryNames.add(name);
        query(name, value);
      }
      return this;
    }

    /**
     * One {@code name=text} pair per element ({@code collectionFormat: multi}); a null or empty
     * list sends none, a null element the empty text.
     *
     * @param <T> the element type
     * @param name the parameter's name
     * @param values the elements, or null
     * @param text the text of one non-null element
     * @return this builder
     */
    public <T> Builder queryEach(String name, List<T> values, Function<? super T, String> text) {
      if (values != null) {
        for (T value : values) {
          query.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "" : text.apply(value));
        }
      }
      return this;
    }

    /**
     * One header per entry, named {@code prefix + key} ({@code x-ms-header-collection-prefix}); a
     * null map sends none.
     *
     * @param prefix the prefix, such as {@code x-ms-meta-}
     * @param values key to value; a null value sends no header for its key
     * @return this builder
     */
    public Builder headers(String prefix, Map<String, String> values) {
      if (values != null) {
        values.forEach((key, value) -> header(prefix + key, value));
      }
      return this;
    }

    /**
     * Sends the request to {@code baseUrl} (scheme, host and base path) instead of the client's
     * endpoint: the expanded {@code x-ms-parameterized-host}. An origin other than the endpoint's
     * gets the client's token only when the builder allows it ({@code allowedTokenOrigins}).
     *
     * @param baseUrl the URL without a trailing slash, or null for the endpoint
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * A header; a later value for the same name (as spelled) replaces an earlier one. Per-call
     * {@link RequestOptions} headers replace these.
     *
     * @param name the header name
     * @param value the value, sent with {@code String.valueOf}; {@code null} leaves it out
     * @return this builder
     */
    public Builder header(String name, Object value) {
      if (value != null) {
        headers.put(name, String.valueOf(value));
      }
      return this;
    }

    /**
     * {@code If-Match} and {@code If-None-Match} from {@code conditions}.
     *
     * @param conditions the conditions, or null for none
     * @return this builder
     */
    public Builder conditions(RequestConditions conditions) {
      if (conditions != null) {
        header("If-Match", conditions.getIfMatch());
        header("If-None-Match", conditions.getIfNoneMatch());
      }
      return this;
    }

    /**
     * The JSON body, as {@code application/json}; it is validated and written without read-only
     * properties when the request is sent. Replaces a body set before.
     *
     * @param body the model, or null for no body
     * @return this builder
     */
    public Builder body(JsonModel body) {
      this.body = body;
      this.jsonBody = null;
      this.content = null;
      return this;
    }

    /**
     * A JSON body that is not a model: a string, number, boolean, array or map, written as it is
     * ({@code null}: no body). Replaces a {@link #body(JsonModel)} set before, and the other way round.
     *
     * @param body the value, or null for no body
     * @return this builder
     */
    public Builder bodyJson(JsonWritable body) {
      this.jsonBody = body;
      this.body = null;
      this.content = null;
      return this;
    }

    /**
     * A body in any media type (see {@code io.armgen.runtime.media}: JSON under another media
     * type, text, binary, XML, forms); {@code null}: no body. Replaces a body set before.
     *
     * @param content the body, or null
     * @return this builder
     */
    public Builder content(RequestContent content) {
      this.content = content;
      this.body = null;
      this.jsonBody = null;
      return this;
    }

    /**
     * The {@code Accept} header: the media types the operation produces.
     *
     * @param mediaTypes e.g. {@code image/png, application/json}; the default is {@code application/json}
     * @return this builder
     * @throws NullPointerException if {@code mediaTypes} is null
     */
    public Builder accept(String mediaTypes) {
      this.accept = Objects.requireNonNull(mediaTypes, "mediaTypes");
      return this;
    }

    /**
     * The statuses that mean success; any other status raises {@link ManagementException}. Adds to
     * those given before; with none, any 2xx is a success.
     *
     * @param statuses HTTP statuses
     * @return this builder
     */
    public Builder expect(int... statuses) {
      for (int s : statuses) {
        expected.add(s);
      }
      return this;
    }

    /**
     * The caller's per-call options: headers, timeout, cancellation.
     *
     * @param options the options, or null for none
     * @return this builder
     */
    public Builder options(RequestOptions options) {
      this.options = options;
      return this;
    }

    /**
     * The request, with a copy of what was added so far.
     *
     * @return the request
     */
    public ArmRequest build() {
      return new ArmRequest(this);
    }

    private static String requireSegment(String name, String value) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException("Parameter " + name + " is required and cannot be null or empty.");
      }
      if (value.equals(".") || value.equals("..")) {
        throw new IllegalArgumentException("Parameter " + name + " cannot be '" + value
            + "': the URL would address another resource.");
      }
      return value;
    }
  }
}
