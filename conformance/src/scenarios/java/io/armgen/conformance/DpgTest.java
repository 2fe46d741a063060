package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.dpg.v1_0_0.DPGClient;
import io.armgen.conformance.dpg.v1_0_0.models.Input;
import io.armgen.conformance.dpg.v1_0_0.models.Product;
import io.armgen.conformance.dpg.v1_0_0_3.ParamsClient;
import io.armgen.conformance.dpg.v1_0_0_3.models.PostInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code dpg-customization.json}, {@code dpg-initial.json} and {@code dpg-update1.json}: the
 * operations of a spec and its next version (new optional parameters, a new operation). The
 * server's dpg routes have no coverage names; their answers are asserted.
 */
@ExtendWith(TestServerExtension.class)
class DpgTest {
  @Test
  void modelsPagesAndALongRunningOperation(TestServer server) {
    DPGClient client = ConformanceClients.configure(DPGClient.builder(), server).build();
    assertEquals("raw", client.getModel("raw").received().toString());
    assertEquals("model", client.postModel("model", new Input().withHello("world!")).received().toString());
    assertEquals(2, client.getPages("raw").stream().map(Product::received).count());
    assertEquals("Succeeded", client.lro("raw").provisioningState());
  }

  @Test
  void aVersionWithNewParametersAndOperations(TestServer server) {
    var initial = ConformanceClients.configure(io.armgen.conformance.dpg.v1_0_0_2.ParamsClient.builder(), server).build();
    initial.headNoParams();
    initial.getRequired("param");
    ParamsClient update = ConformanceClients.configure(ParamsClient.builder(), server).build();
    update.headNoParams("new");
    update.getRequired("param", "new");
    update.putRequiredOptional("requiredParam", "optionalParam", "new");
    update.postParameters(new PostInput().withUrl("http://example.org/myimage.jpeg"));
    update.deleteParameters();
    update.getOptional();
    update.getNewOperation();
  }
}
