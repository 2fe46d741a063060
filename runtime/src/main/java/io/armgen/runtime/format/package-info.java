/**
 * The text forms of values on the wire that neither {@code toString()} nor a JDK formatter
 * gives as services expect them: ISO 8601 durations with days, RFC 1123 date-times, Unix time.
 * Used by generated code for paths, queries, headers and JSON alike, so that one value has one
 * text form wherever it travels.
 */
package io.armgen.runtime.format;
