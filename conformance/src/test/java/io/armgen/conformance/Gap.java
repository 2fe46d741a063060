package io.armgen.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test that passes by asserting a known non-conformance: what the client does today where
 * the scenario wants otherwise (a runtime policy or a gap). It is kept, so that a change of that
 * behaviour is noticed, but it is not a pass: JUnit tags it {@code gap} (so a run can list or
 * leave out these tests), and {@link GapTagsTest} holds that each scenario it names is a
 * {@code gap} or {@code policy} row of the table in {@code conformance/README.md}, which the
 * counts of passed scenarios leave out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Tag("gap")
public @interface Gap {
  /** The server's names of the scenarios this test exercises without passing them. */
  String[] value();
}
