package io.armgen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of a small two-resource spec written for the test: links, escaping, schema rows. */
class DocsGeneratorTest {
  private static final String ACCOUNT = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
      + "/providers/Microsoft.Sample/accounts/{accountName}";
  private static final String PARAMS = "{'name': 'subscriptionId', 'in': 'path', 'required': true, 'type': 'string'},"
      + "{'name': 'resourceGroupName', 'in': 'path', 'required': true, 'type': 'string'},"
      + "{'name': 'accountName', 'in': 'path', 'required': true, 'type': 'string'},"
      + "{'name': 'api-version', 'in': 'query', 'required': true, 'type': 'string'}";

  @TempDir
  Path repo;

  private Map<String, String> pages() throws IOException {
    return pages("specs/sample", null);
  }

  /** The pages of the test spec written to {@code folder} (below the repository), with this spec URL. */
  private Map<String, String> pages(String folder, String specUrl) throws IOException {
    String link = ACCOUNT + "/links/{linkName}";
    String spec = """
        {'swagger': '2.0', 'info': {'title': 'Sample | Client', 'version': '2024-01-01'},
         'paths': {
          '%s': {'get': {'operationId': 'Accounts_Get', 'parameters': [%s],
              'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Account'}}}}},
          '%s': {'get': {'operationId': 'Links_Get', 'parameters': [%s,
                {'name': 'linkName', 'in': 'path', 'required': true, 'type': 'string'}],
              'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Link'}}}}}},
         'definitions': {
          'Account': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {
              'id': {'type': 'string', 'readOnly': true},
              'kind': {'type': 'string', 'enum': ['A|B', 'C'], 'x-ms-enum': {'name': 'Kind', 'modelAsString': true}}}},
          'Link': {'type': 'object', 'x-ms-azure-resource': true, 'properties': {
              'id': {'type': 'string', 'readOnly': true},
              'peer': {'type': 'string', 'format': 'arm-id', 'description': 'The peer | other account.\\nSecond line.',
                       'x-ms-arm-id-details': {'allowedResources': [{'type': 'Microsoft.Sample/accounts'}]}},
              'items': {'type': 'array', 'items': {'$ref': '#/definitions/Item'}}},
              'required': ['peer']},
          'Item': {'type': 'object', 'properties': {'size': {'type': 'integer', 'format': 'int64'}}}}}
        """.formatted(ACCOUNT, PARAMS, link, PARAMS).replace('\'', '"');
    Path specs = Files.createDirectories(repo.resolve(folder));
    Files.writeString(specs.resolve("sample.json"), spec);
    GeneratorResult result = new Generator().check(GeneratorOptions.of(List.of(specs.resolve("sample.json"))));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    List<SampleEmitter.Sample> samples = new SampleEmitter().emit(result.model(), (at, note) -> { });
    return new DocsGenerator().pages(result.model(), samples, repo, specUrl).stream()
        // <wbr> only marks where a browser may wrap; MarkdownTest checks where they go
        .collect(Collectors.toMap(GeneratedFile::relativePath, f -> f.content().replace("<wbr>", "")));
  }

  @Test
  void dependenciesLinkToGeneratedPagesElseToAzuresReference() throws IOException {
    String link = pages().get("Sample/Link.md");
    assertTrue(link.contains("| [ResourceGroup](https://learn.microsoft.com/azure/templates/microsoft.resources/resourcegroups)"
        + " | <code>Microsoft.Resources/resourceGroups</code> | parent |"), link);
    assertTrue(link.contains("| [Account](../Sample/Account.md) | <code>Microsoft.Sample/accounts</code> | parent |"), link);
    assertTrue(link.contains("| [Account](../Sample/Account.md) | <code>Microsoft.Sample/accounts</code> | reference | "
        + "<code>peer</code>, typed: <code>Link.peerResourceId()</code> | can change |"), link);
  }

  @Test
  void cellsEscapePipesAndLineBreaks() throws IOException {
    Map<String, String> pages = pages();
    String link = pages.get("Sample/Link.md");
    assertTrue(link.contains("| <code>peer</code> | <code>peer()</code> | <code>String</code> | yes |  |  "
        + "| The peer \\| other account. Second line. |"), link);
    assertTrue(pages.get("Sample/Account.md").contains("| `A\\|B`, `C` |"), pages.get("Sample/Account.md"));
    assertTrue(link.contains("| <code>items</code> | <code>items()</code> | <code>List&lt;Item&gt;</code> |"), link);
    assertTrue(link.contains("| <code>items[].size</code> | <code>items().get(i).size()</code> | <code>Long</code> |"), link);
  }

  @Test
  void indexLinksEveryPageAndNamesTheSpecWithoutALocalPath() throws IOException {
    Map<String, String> pages = pages();
    assertEquals(List.of("Sample/Account.md", "Sample/Link.md", "index.md"), pages.keySet().stream().sorted().toList());
    String index = pages.get("index.md");
    assertTrue(index.contains("[Account](Sample/Account.md)"), index);
    assertTrue(index.contains("[Link](Sample/Link.md)"), index);
    assertTrue(index.contains("from `specs/sample/sample.json`."), "named, not linked: " + index);
    assertFalse(String.join("", pages.values()).contains("](../specs"), "no link to a path of this machine");
    assertFalse(String.join("", pages.values()).contains(repo.toString()), "no absolute path in pages");
  }

  @Test
  void theSpecIsLinkedByItsPublicUrl() throws IOException {
    Map<String, String> given = pages("specs/sample", "https://example.org/repo/blob/v1/");
    assertTrue(given.get("index.md").contains("[specs/sample/sample.json](https://example.org/repo/blob/v1/specs/sample/sample.json)"),
        given.get("index.md"));
    String azure = "specification/sample/resource-manager/Microsoft.Sample/stable/2024-01-01";
    Map<String, String> upstream = pages("clone/" + azure, null);
    assertTrue(upstream.get("Sample/Link.md").contains("[" + azure + "/sample.json](https://github.com/Azure/"
        + "azure-rest-api-specs/blob/main/" + azure + "/sample.json)"), "an Azure specs checkout links to GitHub");
  }
}
