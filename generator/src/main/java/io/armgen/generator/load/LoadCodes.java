package io.armgen.generator.load;

/**
 * The stable diagnostic codes the loader reports. Tools and tests match on these strings, so they
 * never change meaning once published.
 */
public final class LoadCodes {
  private LoadCodes() {}

  /**
   * An entry file, or a file a {@code $ref} names, does not exist. An error, except for a missing
   * {@code x-ms-examples} file, which is a warning (examples only feed documentation and tests).
   */
  public static final String FILE_NOT_FOUND = "FILE_NOT_FOUND";
  /** The file exists but could not be read (permissions, I/O error). */
  public static final String FILE_UNREADABLE = "FILE_UNREADABLE";
  /** The JSON is not well-formed; the diagnostic carries the parser's line:column. */
  public static final String JSON_SYNTAX = "JSON_SYNTAX";
  /** The YAML is not well-formed; the diagnostic carries the parser's line:column. */
  public static final String YAML_SYNTAX = "YAML_SYNTAX";
  /** An entry document lacks {@code "swagger": "2.0"}. */
  public static final String NOT_SWAGGER_2 = "NOT_SWAGGER_2";
  /**
   * A file a folder or glob search found that looks like a spec armgen cannot read (OpenAPI 3, a
   * {@code swagger} version other than 2.0) or a misspelled one ({@code "swager"}); a warning.
   */
  public static final String SPEC_NOT_READ = "SPEC_NOT_READ";
  /**
   * A file a folder or glob search found that is not an entry document (no operations, not a
   * Swagger document) and that no {@code $ref} of the run reached; information only.
   */
  public static final String SPEC_SKIPPED = "SPEC_SKIPPED";
  /** A {@code $ref} names a file that loaded but a JSON pointer that is absent from it. */
  public static final String REF_DANGLING = "REF_DANGLING";
  /** A chain of pure {@code {"$ref": ...}} aliases leads back to itself. */
  public static final String REF_CYCLE = "REF_CYCLE";
  /** A {@code $ref} to an http(s) URL: never fetched. */
  public static final String REF_REMOTE_URL = "REF_REMOTE_URL";
  /** A {@code $ref} leads outside the allowed roots; the file is not read. */
  public static final String REF_OUTSIDE_ROOT = "REF_OUTSIDE_ROOT";
  /** A {@code $ref} that is not a string, or whose pointer or URI syntax is invalid. */
  public static final String REF_MALFORMED = "REF_MALFORMED";
  /** The document nests deeper than {@link LoaderOptions#maxNestingDepth()}. */
  public static final String NESTING_TOO_DEEP = "NESTING_TOO_DEEP";
  /** An object repeats a key; the last value wins (as in every JSON library we know). */
  public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
}
