package io.armgen.generator.normalize;

import io.armgen.generator.model.SourceLocation;
import java.util.List;

/**
 * Which operations to generate: by operationId and by tag, each an include and an exclude list of
 * patterns ({@code *} and {@code ?} wildcards, case-insensitive). An operation is generated when
 * no include list is given or it matches an entry of either include list, and it matches no
 * exclude entry. An entry that matches no operation of the run is an error ({@code
 * FILTER_UNMATCHED}): a misspelt filter must not silently generate more, or less, than meant.
 *
 * @param includeOperations operationIds to generate
 * @param excludeOperations operationIds to leave out
 * @param includeTags tags whose operations to generate
 * @param excludeTags tags whose operations to leave out
 */
public record OperationFilter(List<Rule> includeOperations, List<Rule> excludeOperations, List<Rule> includeTags,
    List<Rule> excludeTags) {

  /** Every operation. */
  public static final OperationFilter NONE = new OperationFilter(List.of(), List.of(), List.of(), List.of());

  /**
   * One entry of a filter list, with where it was written so that an entry that matches nothing
   * can be reported there.
   *
   * @param pattern an operationId or tag, with optional {@code *} and {@code ?} wildcards
   * @param setting the option as the user spelt it ({@code includeOperations}, {@code --include-operation})
   * @param at the entry in the settings file, or a file such as {@code <command line>} with no pointer
   */
  public record Rule(String pattern, String setting, SourceLocation at) {}

  /**
   * Copies the lists.
   *
   * @param includeOperations operationIds to generate
   * @param excludeOperations operationIds to leave out
   * @param includeTags tags whose operations to generate
   * @param excludeTags tags whose operations to leave out
   * @throws NullPointerException if a list is null
   */
  public OperationFilter {
    includeOperations = List.copyOf(includeOperations);
    excludeOperations = List.copyOf(excludeOperations);
    includeTags = List.copyOf(includeTags);
    excludeTags = List.copyOf(excludeTags);
  }

  /**
   * Whether the filter leaves every operation in.
   *
   * @return true when all four lists are empty
   */
  public boolean isEmpty() {
    return includeOperations.isEmpty() && excludeOperations.isEmpty() && includeTags.isEmpty() && excludeTags.isEmpty();
  }
}
