package io.armgen.conformance;

import io.armgen.conformance.reservedwords.v1_0_0.ImportClient;
import io.armgen.conformance.reservedwords.v1_0_0.ReservedWordsClient;
import io.armgen.conformance.reservedwords.v1_0_0.models.MyEnum;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code reserved-words.json}: names that are Java keywords or clash with generated names (an
 * operation group {@code import}, parameters {@code url}, {@code json}, an enum value
 * {@code import}) still send what the spec says; a multi query array repeats the parameter;
 * bodies named {@code content}, {@code data} and {@code files} go as bytes, a URL-encoded form and a
 * multipart form.
 */
@ExtendWith(TestServerExtension.class)
class ReservedWordsTest {
  private static ReservedWordsClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(ReservedWordsClient.builder(), server).build();
  }

  @Test
  void anOperationGroupNamedImport(TestServer server) {
    ConformanceClients.configure(ImportClient.builder(), server).build().operationOne("foo");
  }

  @Test
  void aBodyNamedJson() {
    client.operationWithJsonParam(Map.of("hello", "world"));
  }

  @Test
  void aBinaryBodyNamedContent() {
    client.operationWithContentParam("hello, world".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void formFieldsNamedDataAndWorld() {
    client.operationWithDataParam("hello", "world");
  }

  @Test
  void aMultipartFileNamedFiles() {
    client.operationWithFilesParam(new ByteArrayInputStream("file content".getBytes(StandardCharsets.UTF_8)), "my.txt");
  }

  @Test
  void pathHeaderAndQueryNamedUrlAndParameters() {
    client.operationWithUrl("foo", "x-ms-header", List.of("one", "two"));
  }

  @Test
  void anEnumValueNamedImport() {
    client.reservedEnum(MyEnum.IMPORT);
  }
}
