package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.http.HttpRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How parameter values reach the URL and headers: collection formats, repeated query pairs,
 * unencoded queries, header collections, a base URL of its own, path segments that would address
 * another resource, and the constraint checks generated code makes before sending.
 */
class RequestParametersTest {
  private static HttpRequest http(ArmRequest.Builder builder) {
    return RequestTranslator.toHttp("https://management.example", builder.build());
  }

  @Test
  void collectionFormatsJoinWithTheirSeparatorAndSendNullElementsEmpty() {
    List<String> values = Arrays.asList("a", null, "b c", "");
    assertEquals("a,,b c,", CollectionFormat.CSV.join(values, String::valueOf));
    assertEquals("a  b c ", CollectionFormat.SSV.join(values, String::valueOf));
    assertEquals("a\t\tb c\t", CollectionFormat.TSV.join(values, String::valueOf));
    assertEquals("a||b c|", CollectionFormat.PIPES.join(values, String::valueOf));
    assertEquals("", CollectionFormat.CSV.join(List.of(), String::valueOf));
    assertNull(CollectionFormat.CSV.join(null, String::valueOf));
    assertEquals("1|2", CollectionFormat.PIPES.join(List.of(1, 2), i -> Integer.toString(i)));
  }

  @Test
  void multiRepeatsTheQueryPairAndSkipEncodingSendsAsIs() {
    HttpRequest request = http(ArmRequest.builder("GET", "/x")
        .queryEach("q", Arrays.asList("a b", null, "c"), String::valueOf)
        .queryEach("none", null, String::valueOf)
        .queryRaw("raw", "v1&q2=v2")
        .query("plain", "v1&q2=v2"));
    assertEquals("q=a%20b&q=&q=c&raw=v1&q2=v2&plain=v1%26q2%3Dv2", request.uri().getRawQuery());
  }

  @Test
  void aFixedQueryInThePathTemplateIsKept() {
    HttpRequest request = http(ArmRequest.builder("GET", "/things?kind=a").query("api-version", "1"));
    assertEquals("/things", request.uri().getRawPath());
    assertEquals("kind=a&api-version=1", request.uri().getRawQuery());
  }

  @Test
  void aHeaderCollectionSendsOneHeaderPerEntry() {
    HttpRequest request = http(ArmRequest.builder("GET", "/x").headers("x-ms-meta-", Map.of("color", "blue")));
    assertEquals("blue", request.header("x-ms-meta-color"));
  }

  @Test
  void aBaseUrlReplacesTheEndpoint() {
    HttpRequest request = http(ArmRequest.builder("GET", "/x").baseUrl("http://account.host:1234/v1"));
    assertEquals("http://account.host:1234/v1/x", request.uri().toString());
  }

  @Test
  void dotSegmentsAreRefusedInPathValues() {
    for (String bad : List.of(".", "..")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ArmRequest.builder("PUT", "/c/{name}").path("name", bad));
      assertTrue(e.getMessage().startsWith("Parameter name cannot be '" + bad + "'"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> ArmRequest.builder("PUT", "/c/{name}").pathRaw("name", bad));
    }
    assertThrows(IllegalArgumentException.class, () -> ArmRequest.builder("PUT", "/c/{name}").pathRaw("name", "a/../b"));
    // a dot inside a name is a name
    assertEquals("/c/a..b", ArmRequest.builder("PUT", "/c/{name}").path("name", "a..b").build().expandPath());
  }

  @Test
  void constraintsNameTheParameterAndTheRule() {
    ParameterConstraints.length("name", null, 3, 10);
    ParameterConstraints.length("name", "abc", 3, 10);
    assertEquals("Parameter name has 2 characters; at least 3 are required",
        assertThrows(IllegalArgumentException.class, () -> ParameterConstraints.length("name", "ab", 3, -1)).getMessage());
    assertEquals("Parameter name has 4 characters; at most 3 are allowed",
        assertThrows(IllegalArgumentException.class, () -> ParameterConstraints.length("name", "abcd", -1, 3)).getMessage());
    // ECMA semantics: a match anywhere unless anchored
    ParameterConstraints.pattern("name", "--a--", Pattern.compile("[a-z]+"));
    assertThrows(IllegalArgumentException.class,
        () -> ParameterConstraints.pattern("name", "--a--", Pattern.compile("^[a-z]+$")));
    ParameterConstraints.number("id", 100, "100", "1000", "10");
    assertEquals("Parameter id is not a multiple of 10",
        assertThrows(IllegalArgumentException.class, () -> ParameterConstraints.number("id", 105, null, null, "10")).getMessage());
    assertEquals("Parameter id is less than the minimum 0.5",
        assertThrows(IllegalArgumentException.class, () -> ParameterConstraints.number("id", 0.25, "0.5", null, null)).getMessage());
  }

  @Test
  void responseHeadersAreReadByNameAndPrefix() {
    Map<String, List<String>> headers = Map.of("x-ms-meta-color", List.of("blue"), "x-ms-meta-size", List.of("2"),
        "etag", List.of("\"1\""));
    assertEquals("\"1\"", ResponseHeaders.first(headers, "ETag"));
    assertNull(ResponseHeaders.first(headers, "Location"));
    assertEquals(Map.of("color", "blue", "size", "2"), ResponseHeaders.withPrefix(headers, "x-ms-meta-"));
    assertEquals(Boolean.TRUE, ResponseHeaders.parseBoolean("TRUE"));
    assertThrows(IllegalArgumentException.class, () -> ResponseHeaders.parseBoolean("yes"));
  }
}
