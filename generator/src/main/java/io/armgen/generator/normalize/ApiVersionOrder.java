package io.armgen.generator.normalize;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders the api-versions of one service, oldest first: by the date an ARM api-version starts with
 * ({@code 2021-09-01}); on the same date a version with a suffix ({@code -preview}, {@code -beta})
 * comes before the one without, since a preview precedes its stable release. Versions that are not
 * dated come before dated ones; ties are broken by the text. Shared shapes take each service's
 * newest version as the one that decides what a concept shares.
 */
final class ApiVersionOrder {
  private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)");

  /** Oldest first. */
  static final Comparator<String> OLDEST_FIRST = Comparator.<String, Boolean>comparing(v -> DATED.matcher(v).matches())
      .thenComparing(ApiVersionOrder::date)
      .thenComparing(v -> suffix(v).isEmpty())
      .thenComparing(Comparator.naturalOrder());

  private ApiVersionOrder() {}

  /**
   * The variant of each service from its newest api-version in the group, in group order (a tie,
   * two entries of one service and version, goes to the first).
   */
  static List<ConceptVariant> newestOfEachService(List<ConceptVariant> group) {
    Map<String, ConceptVariant> newest = new LinkedHashMap<>();
    for (ConceptVariant v : group) {
      newest.merge(v.service().name(), v,
          (a, b) -> OLDEST_FIRST.compare(apiVersion(b), apiVersion(a)) > 0 ? b : a);
    }
    return group.stream().filter(v -> newest.get(v.service().name()) == v).toList();
  }

  /** The api-version of {@code v}'s service, "" when the spec has none. */
  static String apiVersion(ConceptVariant v) {
    return Objects.toString(v.service().apiVersion(), "");
  }

  private static String date(String version) {
    Matcher m = DATED.matcher(version);
    return m.matches() ? m.group(1) : "";
  }

  private static String suffix(String version) {
    Matcher m = DATED.matcher(version);
    return m.matches() ? m.group(2) : version;
  }
}
