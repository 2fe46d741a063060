package io.armgen.generator.normalize;

import io.armgen.generator.diagnostics.ClosestName;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies an {@link OperationFilter} across one normalisation run (every service), remembering
 * which entries matched, so that those that matched nothing can be reported at the end.
 */
final class OperationSelection {
  private final OperationFilter filter;
  private final Set<OperationFilter.Rule> matched = new HashSet<>();
  private final Set<String> operationIds = new LinkedHashSet<>();
  private final Set<String> tags = new LinkedHashSet<>();

  OperationSelection(OperationFilter filter) {
    this.filter = filter;
  }

  /** Whether the operation is generated; records the rules it matches. */
  boolean selects(String operationId, List<String> operationTags) {
    operationIds.add(operationId);
    tags.addAll(operationTags);
    boolean byId = anyMatch(filter.includeOperations(), List.of(operationId));
    boolean byTag = anyMatch(filter.includeTags(), operationTags);
    boolean excluded = anyMatch(filter.excludeOperations(), List.of(operationId))
        | anyMatch(filter.excludeTags(), operationTags);
    boolean included = filter.includeOperations().isEmpty() && filter.includeTags().isEmpty() || byId || byTag;
    return included && !excluded;
  }

  /** Every filter entry that matched no operation of the run, as an error at the place it was written. */
  void reportUnmatched(Reporter reporter) {
    report(reporter, filter.includeOperations(), "operationId", operationIds);
    report(reporter, filter.excludeOperations(), "operationId", operationIds);
    report(reporter, filter.includeTags(), "tag", tags);
    report(reporter, filter.excludeTags(), "tag", tags);
  }

  private void report(Reporter reporter, List<OperationFilter.Rule> rules, String what, Set<String> known) {
    for (OperationFilter.Rule rule : rules) {
      if (!matched.contains(rule)) {
        reporter.error("FILTER_UNMATCHED", rule.at(),
            rule.setting() + " '" + rule.pattern() + "' matches no " + what + " of the specs"
                + ClosestName.hint(rule.pattern(), known));
      }
    }
  }

  /** Evaluates every rule (not just the first match), so that each one's use is recorded. */
  private boolean anyMatch(List<OperationFilter.Rule> rules, List<String> values) {
    boolean any = false;
    for (OperationFilter.Rule rule : rules) {
      Pattern pattern = toRegex(rule.pattern());
      if (values.stream().anyMatch(v -> pattern.matcher(v).matches())) {
        matched.add(rule);
        any = true;
      }
    }
    return any;
  }

  private static Pattern toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
