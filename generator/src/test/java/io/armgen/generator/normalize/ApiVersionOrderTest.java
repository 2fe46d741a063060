package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiVersionOrderTest {
  @Test
  void datesDecideAndAPreviewComesBeforeItsStableRelease() {
    List<String> versions = new ArrayList<>(List.of("2021-10-01-beta", "2021-06-01", "2022-01-01-preview",
        "2021-06-01-preview", "2020-01-01", "v1"));
    versions.sort(ApiVersionOrder.OLDEST_FIRST);
    assertEquals(List.of("v1", "2020-01-01", "2021-06-01-preview", "2021-06-01", "2021-10-01-beta",
        "2022-01-01-preview"), versions);
  }
}
