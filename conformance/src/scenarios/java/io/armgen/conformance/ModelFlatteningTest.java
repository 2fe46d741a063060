package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestresourceflatteningtestservice.v1_0_0_3.AutoRestResourceFlatteningTestServiceClient;
import io.armgen.conformance.autorestresourceflatteningtestservice.v1_0_0_3.models.FlattenParameterGroup;
import io.armgen.conformance.autorestresourceflatteningtestservice.v1_0_0_3.models.FlattenedProduct;
import io.armgen.conformance.autorestresourceflatteningtestservice.v1_0_0_3.models.Resource;
import io.armgen.conformance.autorestresourceflatteningtestservice.v1_0_0_3.models.ResourceCollection;
import io.armgen.conformance.autorestresourceflatteningtestservice.v1_0_0_3.models.SimpleProduct;
import io.armgen.conformance.autorestresourceflatteningtestservice.v1_0_0_3.models.SimpleProductPropertiesMaxProductCapacity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code model-flattening.json}: {@code x-ms-client-flatten} properties read from and written to
 * their nested wire places; the server compares request bodies for exact equality. The
 * wrapped-array operations have no scenario on the server and are not called.
 */
@ExtendWith(TestServerExtension.class)
class ModelFlatteningTest {
  private static AutoRestResourceFlatteningTestServiceClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(AutoRestResourceFlatteningTestServiceClient.builder(), server).build();
  }

  private static FlattenedProduct flat(String location, String pName) {
    FlattenedProduct p = new FlattenedProduct().withLocation(location);
    return pName == null ? p : p.withPName(pName).withPropertiesType("Flat");
  }

  private static Map<String, String> tags() {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("tag1", "value1");
    tags.put("tag2", "value3");
    return tags;
  }

  private static Map<String, FlattenedProduct> dictionary() {
    Map<String, FlattenedProduct> products = new LinkedHashMap<>();
    products.put("Resource1", flat("West US", "Product1").withTags(tags()));
    products.put("Resource2", flat("Building 44", "Product2"));
    return products;
  }

  private static SimpleProduct simpleProduct() {
    return new SimpleProduct().withProductId("123").withDescription("product description")
        .withMaxProductDisplayName("max name").withCapacity(SimpleProductPropertiesMaxProductCapacity.LARGE)
        .withOdataValue("http://foo");
  }

  private static void assertFirstProduct(FlattenedProduct product, String id) {
    assertEquals(id, product.id());
    assertEquals("Building 44", product.location());
    assertEquals("Product" + id, product.pName());
    assertEquals("Flat", product.propertiesType());
    assertEquals("Succeeded", product.provisioningState());
    assertEquals("OK", product.provisioningStateValues().toString());
    assertEquals(tags(), product.tags());
  }

  @Test
  void getArray() {
    List<FlattenedProduct> products = client.getArray();
    assertEquals(3, products.size());
    assertFirstProduct(products.get(0), "1");
    assertEquals("Resource2", products.get(1).name());
    assertNull(products.get(2).location());
  }

  @Test
  void putArray() {
    List<Resource> resources = List.of(flat("West US", null).withTags(tags()), flat("Building 44", null));
    client.putArray(resources);
  }

  @Test
  void getDictionary() {
    Map<String, FlattenedProduct> products = client.getDictionary();
    assertEquals(List.of("Product1", "Product2", "Product3"), List.copyOf(products.keySet()));
    assertFirstProduct(products.get("Product1"), "1");
  }

  @Test
  void putDictionary() {
    client.putDictionary(dictionary());
  }

  @Test
  void getResourceCollection() {
    ResourceCollection collection = client.getResourceCollection();
    assertEquals("7", collection.productresource().id());
    assertFirstProduct(collection.arrayofresources().get(0), "4");
    assertFirstProduct(collection.dictionaryofresources().get("Product1"), "1");
  }

  @Test
  void putResourceCollection() {
    ResourceCollection collection = new ResourceCollection()
        .withArrayofresources(List.of(flat("West US", "Product1").withTags(tags()), flat("East US", "Product2")))
        .withDictionaryofresources(dictionary())
        .withProductresource(flat("India", "Azure"));
    client.putResourceCollection(collection);
  }

  @Test
  void putSimpleProduct() {
    SimpleProduct back = client.putSimpleProduct(simpleProduct().withGenericValue("https://generic"));
    assertEquals("123", back.productId());
    assertEquals("https://generic", back.genericValue());
    assertEquals(SimpleProductPropertiesMaxProductCapacity.LARGE, back.capacity());
  }

  @Test
  void postFlattenedSimpleProduct() {
    SimpleProduct back = client.postFlattenedSimpleProduct(simpleProduct());
    assertEquals("max name", back.maxProductDisplayName());
    assertEquals("http://foo", back.odataValue());
  }

  @Test
  void putSimpleProductWithGrouping() {
    SimpleProduct back = client.putSimpleProductWithGrouping(
        new FlattenParameterGroup().withName("groupproduct").withSimpleBodyProduct(simpleProduct()));
    assertEquals("product description", back.description());
  }
}
