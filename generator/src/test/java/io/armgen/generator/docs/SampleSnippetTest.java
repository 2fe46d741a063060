package io.armgen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.testing.RepoPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example on a page is the sample's client and call, short, and the same code as the full sample. */
class SampleSnippetTest {

  @Test
  void everyBundledSampleGivesAShortExampleOfItsOwnCode() {
    GeneratorResult result = new Generator().check(GeneratorOptions.of(List.of(RepoPaths.specs())));
    List<SampleEmitter.Sample> samples = new SampleEmitter().emit(result.model(), (at, note) -> { });
    assertEquals(16, samples.size());
    for (SampleEmitter.Sample sample : samples) {
      String source = sample.file().content();
      String snippet = SampleSnippet.of(source);
      List<String> lines = snippet.lines().toList();
      assertTrue(lines.size() <= SampleSnippet.MAX_LINES, snippet);
      assertTrue(lines.get(0).endsWith(" client = " + sample.group().name() + "Client.builder()"), snippet);
      String call = lines.stream().filter(l -> l.contains("client.")).findFirst().orElseThrow();
      assertTrue(call.startsWith("client.") || call.contains(" result = client."), snippet);
      assertFalse(snippet.contains("return ") || snippet.contains("run(") || snippet.contains("import "), snippet);
      for (String line : lines) {
        String code = line.strip().replaceFirst("^.* result = ", "");
        assertTrue(source.contains(code), "not in the full sample: " + code);
      }
    }
  }

  @Test
  void aLongCallKeepsToFifteenLinesAndSaysWhereTheRestIs() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      body.append("        .withPart").append(i).append("(").append(i).append(")\n");
    }
    String source = """
        public final class BigSample {
          public static void main(String[] args) {
            ThingsClient client = ThingsClient.builder()
                .build();
            System.out.println(run(client));
          }

          public static Thing run(ThingsClient client) {
            return client.put("rg", new Thing()
        %s        .withEnd());
          }
        }
        """.formatted(body);
    List<String> lines = SampleSnippet.of(source).lines().toList();
    assertEquals(SampleSnippet.MAX_LINES, lines.size());
    assertEquals("// the client is built as in the full sample", lines.get(0));
    assertEquals("Thing result = client.put(\"rg\", new Thing()", lines.get(1));
    assertEquals("// ... the full sample has the rest", lines.get(lines.size() - 1));
  }
}
