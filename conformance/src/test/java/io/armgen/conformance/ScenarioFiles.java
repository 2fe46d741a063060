package io.armgen.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which coverage-report scenarios belong to which Swagger file. The server's reports are flat
 * ({@code {scenario: count}}), so the names are read from the route sources in the installed
 * package: the legacy routes declare {@code coverage["Name"]}, the newer ones
 * {@code app.get("/url", "Name", ...)}. Each Swagger file is served by known route files (some
 * shared, told apart by name); the HEAD scenarios' names are computed at run time by the server, so
 * they are listed by name.
 */
final class ScenarioFiles {
  private static final Pattern LEGACY = Pattern.compile("coverage\\[\"(\\w+)\"\\]");
  private static final Pattern ROUTE =
      Pattern.compile("app\\.(?:get|put|post|patch|delete|head|options)\\(\\s*\"[^\"]*\",\\s*\"(\\w+)\"");

  /** The route sources of one Swagger file, and which of their names are its. */
  private record Source(String swagger, List<String> routeFiles, Predicate<String> belongs, List<String> named) {}

  private static final Predicate<String> ALL = name -> true;
  private static final Predicate<String> CUSTOM_URL_PAGING = name -> name.startsWith("PagingCustomUrl");
  private static final Predicate<String> FORM_URLENCODED =
      name -> name.equals("UpdatePetWithForm") || name.equals("UrlEncodedDataWithPartialConstantBody");

  private static final List<Source> SOURCES = List.of(
      new Source("lro.json", List.of("legacy/routes/lros.js", "dist/test-routes/lro/lro-double-headers.js"), ALL, List.of()),
      new Source("paging.json", List.of("legacy/routes/paging.js", "dist/test-routes/paging.js"),
          CUSTOM_URL_PAGING.negate(), List.of()),
      new Source("custom-baseUrl-paging.json", List.of("legacy/routes/paging.js"), CUSTOM_URL_PAGING, List.of()),
      new Source("lro-parameterized-endpoints.json", List.of("legacy/routes/lroParameterizedEndpoints.js",
          "dist/test-routes/lro/lro-parameterized-endpoints.js"), ALL, List.of()),
      new Source("azure-special-properties.json", List.of("legacy/routes/azureSpecials.js"), ALL, List.of()),
      new Source("subscriptionId-apiVersion.json", List.of("legacy/routes/azureUrl.js"), ALL, List.of()),
      new Source("extensible-enums-swagger.json", List.of("legacy/routes/extensibleEnums.js"), ALL, List.of()),
      new Source("xms-error-responses.json", List.of("legacy/routes/errorStatusCodes.js"), ALL, List.of()),
      new Source("model-flattening.json", List.of("legacy/routes/model-flatten.js"), ALL, List.of()),
      new Source("head.json", List.of(), ALL, List.of("HttpSuccess200Head", "HttpSuccess204Head", "HttpSuccess404Head")),
      new Source("additionalProperties.json", List.of("dist/test-routes/additional-properties.js"), ALL, List.of()),
      new Source("any-type.json", List.of("dist/test-routes/any-type.js"), ALL, List.of()),
      new Source("body-array.json", List.of("dist/test-routes/array.js"), ALL, List.of()),
      new Source("body-boolean.json", List.of("dist/test-routes/bool.js"), ALL, List.of()),
      new Source("body-byte.json", List.of("dist/test-routes/byte.js"), ALL, List.of()),
      new Source("body-complex.json", List.of("legacy/routes/complex.js"), ALL, List.of()),
      new Source("body-date.json", List.of("legacy/routes/date.js"), ALL, List.of()),
      new Source("body-datetime-rfc1123.json", List.of("legacy/routes/datetime-rfc1123.js"), ALL, List.of()),
      new Source("body-datetime.json", List.of("legacy/routes/datetime.js"), ALL, List.of(
          "getDateTimeMaxLocalNegativeOffsetLowercase", "getDateTimeMaxLocalNegativeOffsetUppercase",
          "getDateTimeMaxLocalPositiveOffsetLowercase", "getDateTimeMaxLocalPositiveOffsetUppercase",
          "getDateTimeMaxUtcLowercase", "getDateTimeMaxUtcUppercase")),
      new Source("body-dictionary.json", List.of("legacy/routes/dictionary.js"), ALL, List.of()),
      new Source("body-duration.json", List.of("legacy/routes/duration.js"), ALL, List.of()),
      new Source("body-integer.json", List.of("legacy/routes/int.js"), ALL, List.of()),
      new Source("body-number.json", List.of("legacy/routes/number.js"), ALL, List.of()),
      new Source("body-string.json", List.of("dist/test-routes/string.js"), ALL, List.of()),
      new Source("body-time.json", List.of("legacy/routes/time.js"), ALL, List.of()),
      new Source("client-enum.json", List.of("dist/test-routes/client-enum.js"), ALL, List.of()),
      new Source("multiple-inheritance.json", List.of("legacy/routes/multipleInheritance.js"), ALL, List.of()),
      new Source("non-string-enum.json", List.of("legacy/routes/nonStringEnums.js"), ALL, List.of()),
      new Source("object-type.json", List.of("legacy/routes/objectType.js"), ALL, List.of()),
      new Source("required-optional.json", List.of(
          "dist/test-routes/required-optional-params/binary-body-required-optional.js",
          "dist/test-routes/required-optional-params/body-required-optional.js",
          "dist/test-routes/required-optional-params/general-require-optional.js",
          "dist/test-routes/required-optional-params/header-required-optional.js",
          "dist/test-routes/required-optional-params/query-required-optional.js"), ALL, List.of()),
      new Source("body-binary.json", List.of("dist/test-routes/binary-files.js"), ALL, List.of()),
      new Source("body-file.json", List.of("legacy/routes/files.js"), ALL, List.of()),
      new Source("body-formdata-urlencoded.json", List.of("dist/test-routes/formdata.js"), FORM_URLENCODED, List.of()),
      new Source("body-formdata.json", List.of("dist/test-routes/formdata.js", "legacy/routes/formData.js"),
          FORM_URLENCODED.negate(), List.of()),
      new Source("media_types.json", List.of("dist/test-routes/media-types.js", "legacy/routes/mediatypes.js"), ALL,
          List.of()),
      new Source("merge-patch.json", List.of("dist/test-routes/merge-patch-json.js"), ALL, List.of()),
      new Source("storage.json", List.of(), ALL, List.of()),
      new Source("xml-service.json", List.of("dist/test-routes/xml-service.js", "legacy/routes/xml.js"), ALL, List.of()));

  private ScenarioFiles() {}

  /**
   * The report's scenario names per Swagger file, in the order above; names the report does not
   * hold (routes outside both reports) are left out.
   */
  static Map<String, Set<String>> byFile(Path packageDir, Set<String> reported) throws IOException {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Source source : SOURCES) {
      Set<String> names = out.computeIfAbsent(source.swagger(), k -> new LinkedHashSet<>());
      for (String file : source.routeFiles()) {
        String text = Files.readString(packageDir.resolve(file), StandardCharsets.UTF_8);
        for (Pattern pattern : List.of(LEGACY, ROUTE)) {
          Matcher m = pattern.matcher(text);
          while (m.find()) {
            if (source.belongs().test(m.group(1)) && reported.contains(m.group(1))) {
              names.add(m.group(1));
            }
          }
        }
      }
      source.named().stream().filter(reported::contains).forEach(names::add);
    }
    return out;
  }
}
