package io.armgen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void breakableCodeBreaksBetweenPartsAndEscapesHtmlAndPipes() {
    assertEquals("<code>properties.<wbr>private<wbr>Endpoint.<wbr>id</code>",
        Markdown.breakableCode("properties.privateEndpoint.id"));
    assertEquals("<code>Microsoft.<wbr>Network/<wbr>private<wbr>Endpoints</code>",
        Markdown.breakableCode("Microsoft.Network/privateEndpoints"));
    assertEquals("<code>List&lt;Map&lt;String, A&#124;B&gt;&gt;</code>", Markdown.breakableCode("List<Map<String, A|B>>"));
    assertEquals("<code>ID</code>", Markdown.breakableCode("ID"), "no break inside an all-caps word");
  }

  @Test
  void cellsAreOneLineWithPipesAndMarkupEscaped() {
    assertEquals("a \\| b c \\<b\\> \\*x\\*", Markdown.cell(" a | b\r\n  c <b> *x* "));
    assertEquals("", Markdown.cell(null));
  }

  @Test
  void fencesOutgrowBackticksInTheCode() {
    assertEquals("````java\nString s = \"```\";\n````\n", Markdown.codeBlock("java", "String s = \"```\";"));
    assertEquals("| a | b |\n|---|---|\n| 1 | 2 |\n", Markdown.table(List.of("a", "b"), List.of(List.of("1", "2"))));
  }
}
