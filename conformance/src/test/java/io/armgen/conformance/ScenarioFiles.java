package io.armgen.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * package: any quoted literal there that is a report key ({@code coverage["Name"]},
 * {@code app.get("/url", "Name", ...)}, {@code track("azure", "Name")}). Names the server builds
 * at run time ({@code `Http${name}${code}${method}`}) are matched by prefix. Some route files serve
 * several Swagger files, told apart by a name rule; a few Swagger files share another file's
 * routes and scenarios (the quirks variants, {@code head-exceptions.json}) or have routes without
 * coverage names (multiapi, dpg), and have no names of their own.
 *
 * <p>One entry per Swagger file, sorted by file name; every report name belongs to exactly one
 * file ({@link ConformanceTableTest} checks it after the run).
 */
final class ScenarioFiles {
  private static final Pattern LITERAL = Pattern.compile("[\"'`](\\w+)[\"'`]");
  private static final List<String> HEAD_SCENARIOS = List.of("HttpSuccess200Head", "HttpSuccess204Head", "HttpSuccess404Head");
  private static final Predicate<String> ALL = name -> true;

  /**
   * The route sources of one Swagger file and which of their names are its.
   *
   * @param routeFiles route sources, relative to the package
   * @param belongs which of the names found there (or matched by prefix) are this file's
   * @param prefixes names built at run time that start with one of these are this file's too
   * @param named names given explicitly
   */
  record Source(String swagger, List<String> routeFiles, Predicate<String> belongs, List<String> prefixes,
      List<String> named) {
    Source only(Predicate<String> rule) {
      return new Source(swagger, routeFiles, rule, prefixes, named);
    }

    Source prefixes(String... more) {
      return new Source(swagger, routeFiles, belongs, List.of(more), named);
    }

    Source named(String... names) {
      return new Source(swagger, routeFiles, belongs, prefixes, List.of(names));
    }
  }

  private static Source source(String swagger, String... routeFiles) {
    return new Source(swagger, List.of(routeFiles), ALL, List.of(), List.of());
  }

  private static Predicate<String> startsWith(String prefix) {
    return name -> name.startsWith(prefix);
  }

  private static final String LEGACY = "legacy/routes/";
  private static final String DIST = "dist/test-routes/";
  private static final String REQUIRED_OPTIONAL = DIST + "required-optional-params/";

  static final List<Source> SOURCES = List.of(
      source("additionalProperties.json", DIST + "additional-properties.js"),
      source("any-type.json", DIST + "any-type.js"),
      source("azure-parameter-grouping.json", LEGACY + "azureParameterGrouping.js", DIST + "parameter-grouping.js"),
      source("azure-report.json"),
      source("azure-resource-x.json"),
      source("azure-resource.json"),
      source("azure-special-properties.json", LEGACY + "azureSpecials.js"),
      source("body-array.json", DIST + "array.js"),
      source("body-binary.json", DIST + "binary-files.js"),
      source("body-boolean.json", DIST + "bool.js"),
      source("body-boolean.quirks.json"),
      source("body-byte.json", DIST + "byte.js"),
      source("body-complex.json", LEGACY + "complex.js"),
      source("body-date.json", LEGACY + "date.js"),
      source("body-datetime-rfc1123.json", LEGACY + "datetime-rfc1123.js"),
      source("body-datetime.json", LEGACY + "datetime.js").prefixes("getDateTimeMax"),
      source("body-dictionary.json", LEGACY + "dictionary.js"),
      source("body-duration.json", LEGACY + "duration.js"),
      source("body-file.json", LEGACY + "files.js"),
      source("body-formdata-urlencoded.json", DIST + "formdata.js"),
      source("body-formdata.json", LEGACY + "formData.js"),
      source("body-integer.json", LEGACY + "int.js"),
      source("body-number.json", LEGACY + "number.js"),
      source("body-number.quirks.json"),
      source("body-string.json", DIST + "string.js"),
      source("body-string.quirks.json"),
      source("body-time.json", LEGACY + "time.js"),
      source("client-enum.json", DIST + "client-enum.js"),
      source("complex-model.json"),
      source("constants.json", DIST + "constants.js"),
      source("custom-baseUrl-more-options.json", LEGACY + "customUri.js").only("CustomBaseUriMoreOptions"::equals),
      source("custom-baseUrl-paging.json", LEGACY + "paging.js").only(startsWith("PagingCustomUrl")),
      source("custom-baseUrl.json", LEGACY + "customUri.js").only("CustomBaseUri"::equals),
      source("dpg-customization.json", DIST + "dpg/customization.js"),
      source("dpg-initial.json", DIST + "dpg/update.js"),
      source("dpg-update1.json", DIST + "dpg/update.js"),
      source("error-with-secrets.json", DIST + "error-with-secrets.js"),
      source("extensible-enums-swagger.json", LEGACY + "extensibleEnums.js"),
      source("head-exceptions.json"),
      source("head.json").named(HEAD_SCENARIOS.toArray(String[]::new)),
      source("header.json", LEGACY + "header.js"),
      source("httpInfrastructure.json", DIST + "http-responses.js")
          .prefixes("HttpSuccess", "HttpRedirect", "HttpClientFailure", "HttpServerFailure", "HttpRetry")
          .only(name -> !HEAD_SCENARIOS.contains(name)),
      source("httpInfrastructure.quirks.json"),
      source("incorrect-error-response.json", DIST + "incorrect-error-response.js"),
      source("lro-parameterized-endpoints.json", LEGACY + "lroParameterizedEndpoints.js",
          DIST + "lro/lro-parameterized-endpoints.js"),
      source("lro.json", LEGACY + "lros.js", DIST + "lro/lro-double-headers.js"),
      source("media_types.json", LEGACY + "mediatypes.js", DIST + "media-types.js"),
      source("merge-patch.json", DIST + "merge-patch-json.js"),
      source("model-flattening.json", LEGACY + "model-flatten.js"),
      source("multiapi-v0.json", LEGACY + "multiapi.js"),
      source("multiapi-v1-custom-base-url.json", LEGACY + "multiapiCustomBaseUrl.js"),
      source("multiapi-v1.json", LEGACY + "multiapi.js"),
      source("multiapi-v2-custom-base-url.json", LEGACY + "multiapiCustomBaseUrl.js"),
      source("multiapi-v2.json", LEGACY + "multiapi.js"),
      source("multiapi-v3.json", LEGACY + "multiapi.js"),
      source("multiple-inheritance.json", LEGACY + "multipleInheritance.js"),
      source("no-operations.json"),
      source("non-string-enum.json", LEGACY + "nonStringEnums.js"),
      source("object-type.json", LEGACY + "objectType.js"),
      source("paging.json", LEGACY + "paging.js", DIST + "paging.js").only(startsWith("PagingCustomUrl").negate()),
      source("parameter-flattening.json"),
      source("parameterized-endpoint.json", DIST + "parameterized-endpoint.js"),
      source("report.json", LEGACY + "report.js"),
      source("required-optional.json", REQUIRED_OPTIONAL + "binary-body-required-optional.js",
          REQUIRED_OPTIONAL + "body-required-optional.js", REQUIRED_OPTIONAL + "general-require-optional.js",
          REQUIRED_OPTIONAL + "header-required-optional.js", REQUIRED_OPTIONAL + "param-required-optional.js",
          REQUIRED_OPTIONAL + "query-required-optional.js").prefixes("Optional"),
      source("reserved-words.json", DIST + "reserved-words.js"),
      source("security-aad.json", DIST + "security.js").only("SecurityAad"::equals),
      source("security-key.json", DIST + "security.js").only("SecurityKey"::equals),
      source("storage.json"),
      source("subscriptionId-apiVersion.json", LEGACY + "azureUrl.js"),
      source("url-multi-collectionFormat.json", LEGACY + "queries.js").only(startsWith("UrlQueriesArrayMulti")),
      source("url.json", LEGACY + "queries.js", LEGACY + "pathitem.js", DIST + "paths.js")
          .prefixes("UrlPaths", "UrlQueries").only(startsWith("UrlQueriesArrayMulti").negate()),
      source("validation.json", LEGACY + "validation.js"),
      source("xml-service.json", LEGACY + "xml.js", DIST + "xml-service.js"),
      source("xms-error-responses.json", LEGACY + "errorStatusCodes.js"));

  private ScenarioFiles() {}

  /**
   * The report's scenario names per Swagger file, in the order above (every file, also those with
   * no names of their own); names the report does not hold are left out.
   */
  static Map<String, Set<String>> byFile(Path packageDir, Set<String> reported) throws IOException {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Source source : SOURCES) {
      Set<String> names = out.computeIfAbsent(source.swagger(), k -> new LinkedHashSet<>());
      List<String> candidates = new ArrayList<>();
      for (String file : source.routeFiles()) {
        String text = texts.computeIfAbsent(file, f -> read(packageDir.resolve(f)));
        Matcher m = LITERAL.matcher(text);
        while (m.find()) {
          candidates.add(m.group(1));
        }
      }
      for (String name : reported) {
        if (source.prefixes().stream().anyMatch(name::startsWith)) {
          candidates.add(name);
        }
      }
      candidates.addAll(source.named());
      candidates.stream().filter(reported::contains).filter(source.belongs()).forEach(names::add);
    }
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the route source " + file, e);
    }
  }
}
