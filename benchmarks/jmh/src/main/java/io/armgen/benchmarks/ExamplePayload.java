package io.armgen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The response body both runtimes read in the runtime benchmarks: the 200 body of the bundled
 * container registry spec's PrivateEndpointConnectionGet example, compacted to bytes.
 */
final class ExamplePayload {
  static final Path EXAMPLE = Path.of("specs", "containerregistry", "2021-09-01", "examples",
      "PrivateEndpointConnectionGet.json");

  private ExamplePayload() {}

  static byte[] privateEndpointConnectionGet() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode body = mapper.readTree(RepoRoot.locate().resolve(EXAMPLE).toFile()).at("/responses/200/body");
    if (body.isMissingNode()) {
      throw new IllegalStateException("no responses/200/body in " + EXAMPLE);
    }
    return mapper.writeValueAsBytes(body);
  }
}
