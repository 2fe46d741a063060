package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.autoresturlmutlicollectionformattestservice.v1_0_0.QueriesClient;
import io.armgen.conformance.autoresturltestservice.v1_0_0.PathItemsClient;
import io.armgen.conformance.autoresturltestservice.v1_0_0.PathsClient;
import io.armgen.conformance.autoresturltestservice.v1_0_0.models.UriColor;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code url.json} and {@code url-multi-collectionFormat.json}: every scalar type, bytes, dates,
 * enums and arrays (each {@code collectionFormat}, null elements) in paths and queries. The server
 * answers 400 to any value it did not expect, so a call that returns is a value sent as the
 * server wanted it; required path values that are null are refused before sending.
 */
@ExtendWith(TestServerExtension.class)
class UrlTest {
  /** The server's multi-byte text (with CJK compatibility ideographs, which normalising would change). */
  private static final String UNICODE = "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29";
  private static final String URL_ENCODED = "begin!*'();:@ &=+$,/?#[]end";
  private static final List<String> ARRAY = Arrays.asList("ArrayQuery1", URL_ENCODED, null, "");

  private static PathsClient paths;
  private static io.armgen.conformance.autoresturltestservice.v1_0_0.QueriesClient queries;
  private static PathItemsClient pathItems;
  private static QueriesClient multi;

  @BeforeAll
  static void connect(TestServer server) {
    paths = ConformanceClients.configure(PathsClient.builder(), server).build();
    queries = ConformanceClients.configure(io.armgen.conformance.autoresturltestservice.v1_0_0.QueriesClient.builder(), server).build();
    pathItems = ConformanceClients.configure(PathItemsClient.builder(), server).build();
    multi = ConformanceClients.configure(QueriesClient.builder(), server).build();
  }

  private static void refusedBeforeSending(Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains("required"), e.getMessage());
  }

  @Test
  void pathConstantsOfEveryScalarType() {
    paths.getBooleanTrue();
    paths.getBooleanFalse();
    paths.getIntOneMillion();
    paths.getIntNegativeOneMillion();
    paths.getTenBillion();
    paths.getNegativeTenBillion();
    paths.floatScientificPositive();
    paths.floatScientificNegative();
    paths.doubleDecimalPositive();
    paths.doubleDecimalNegative();
  }

  @Test
  void pathStrings() {
    paths.stringUnicode();
    paths.stringUrlEncoded();
    paths.stringUrlNonEncoded();
    paths.stringEmpty();
    paths.base64url("lorem".getBytes(StandardCharsets.UTF_8));
    refusedBeforeSending(() -> paths.stringNull(null));
  }

  @Test
  void pathEnumBytesDatesAndUnixTime() {
    paths.enumValid(UriColor.GREEN_COLOR);
    refusedBeforeSending(() -> paths.enumNull(null));
    paths.byteMultiByte(UNICODE.getBytes(StandardCharsets.UTF_8));
    paths.byteEmpty();
    refusedBeforeSending(() -> paths.byteNull(null));
    paths.dateValid();
    refusedBeforeSending(() -> paths.dateNull(null));
    paths.dateTimeValid();
    refusedBeforeSending(() -> paths.dateTimeNull(null));
    paths.unixTimeUrl(OffsetDateTime.of(2016, 4, 13, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void pathArrayIsCommaSeparatedWithNullAsEmpty() {
    paths.arrayCsvInPath(Arrays.asList("ArrayPath1", URL_ENCODED, null, ""));
  }

  @Test
  void queryConstantsAndNulls() {
    queries.getBooleanTrue();
    queries.getBooleanFalse();
    queries.getBooleanNull(null);
    queries.getIntOneMillion();
    queries.getIntNegativeOneMillion();
    queries.getIntNull(null);
    queries.getTenBillion();
    queries.getNegativeTenBillion();
    queries.getLongNull(null);
    queries.floatScientificPositive();
    queries.floatScientificNegative();
    queries.floatNull(null);
    queries.doubleDecimalPositive();
    queries.doubleDecimalNegative();
    queries.doubleNull(null);
  }

  @Test
  void queryStringsEnumsBytesAndDates() {
    queries.stringUnicode();
    queries.stringUrlEncoded();
    queries.stringEmpty();
    queries.stringNull(null);
    queries.enumValid(UriColor.GREEN_COLOR);
    queries.enumNull(null);
    queries.byteMultiByte(UNICODE.getBytes(StandardCharsets.UTF_8));
    queries.byteEmpty();
    queries.byteNull(null);
    queries.dateValid();
    queries.dateNull(null);
    queries.dateTimeValid();
    queries.dateTimeNull(null);
  }

  @Test
  void queryArraysInEveryCollectionFormat() {
    queries.arrayStringCsvValid(ARRAY);
    queries.arrayStringCsvNull(null);
    queries.arrayStringCsvEmpty(List.of());
    queries.arrayStringNoCollectionFormatEmpty(List.of("hello", "nihao", "bonjour"));
    queries.arrayStringSsvValid(ARRAY);
    queries.arrayStringTsvValid(ARRAY);
    queries.arrayStringPipesValid(ARRAY);
  }

  @Test
  void queryArrayMultiRepeatsTheParameter() {
    multi.arrayStringMultiValid(ARRAY);
    multi.arrayStringMultiNull(null);
    multi.arrayStringMultiEmpty(List.of());
  }

  @Test
  void pathItemParametersFromEveryLevel() {
    pathItems.getAllWithValues("pathItemStringPath", "globalStringPath", "localStringPath",
        "pathItemStringQuery", "globalStringQuery", "localStringQuery");
    pathItems.getGlobalQueryNull("pathItemStringPath", "globalStringPath", "localStringPath",
        "pathItemStringQuery", null, "localStringQuery");
    pathItems.getGlobalAndLocalQueryNull("pathItemStringPath", "globalStringPath", "localStringPath",
        "pathItemStringQuery", null, null);
    pathItems.getLocalPathItemQueryNull("pathItemStringPath", "globalStringPath", "localStringPath",
        null, "globalStringQuery", null);
  }
}
