package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.generator.model.Service;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceNamingTest {
  private static String spec(String namespace, String version) {
    return "{'swagger': '2.0', 'info': {'title': 'X', 'version': '" + version + "'}, 'paths': {"
        + "'/subscriptions/{s}/providers/" + namespace + "/things': {},"
        + "'/subscriptions/{s}/resourceGroups/{rg}/providers/" + namespace + "/things/{n}': {},"
        + "'/providers/Microsoft.Other/operations': {}}}";
  }

  private static List<ServiceNaming.Naming> twoRegistries(String version, String otherVersion, Reporter reporter) {
    TestLoad load = TestLoad.inline("a.json", spec("Microsoft.ContainerRegistry", version));
    TestLoad other = TestLoad.inline("b.json", spec("Microsoft.ContainerRegistry", otherVersion));
    return ServiceNaming.name(List.of(load.entries().get(0), other.entries().get(0)), "com.example", reporter);
  }

  @Test
  void namespaceNameAndPackage() {
    assertEquals(Optional.of("Microsoft.ContainerRegistry"), ServiceNaming.namespace(TestLoad.parse(spec("Microsoft.ContainerRegistry", "1").replace('\'', '"'))));
    assertEquals("ContainerRegistry", ServiceNaming.nameOf("Microsoft.ContainerRegistry"));
    assertEquals("ComputeAdmin", ServiceNaming.nameOf("Microsoft.Compute.Admin"));
    assertEquals("v2021_09_01", ServiceNaming.versionSegment("2021-09-01"));
  }

  @Test
  void everyPackageCarriesItsApiVersionSoAddingAVersionMovesNothing() {
    TestLoad load = TestLoad.inline("a.json", spec("Microsoft.ContainerRegistry", "2021-09-01"));
    List<ServiceNaming.Naming> alone = ServiceNaming.name(List.of(load.entries().get(0)), "com.example", new Reporter());
    assertEquals("com.example.containerregistry.v2021_09_01", alone.get(0).javaPackage());
  }

  @Test
  void sameServiceAndVersionTwiceIsNumberedAndWarned() {
    Reporter reporter = new Reporter();
    List<ServiceNaming.Naming> names = twoRegistries("2021-09-01", "2021-09-01", reporter);
    assertEquals("com.example.containerregistry.v2021_09_01", names.get(0).javaPackage());
    assertEquals("com.example.containerregistry.v2021_09_01_2", names.get(1).javaPackage());
    assertEquals(List.of("PACKAGE_COLLISION"), reporter.all().stream().map(d -> d.code()).toList());
    assertEquals("/info/version", reporter.all().get(0).pointer());
  }

  @Test
  void sameServiceTwiceGetsVersionedPackages() {
    Reporter reporter = new Reporter();
    List<ServiceNaming.Naming> names = twoRegistries("2021-09-01", "2023-01-01", reporter);
    assertEquals("com.example.containerregistry.v2021_09_01", names.get(0).javaPackage());
    assertEquals("com.example.containerregistry.v2023_01_01", names.get(1).javaPackage());
  }

  @Test
  void prefixOptionAndFallbackName() {
    NormalizeResult r = new Normalizer().normalize(
        TestLoad.inline("spec.json", "{'swagger': '2.0', 'info': {'title': 'WidgetManagementClient', 'version': '1'}, 'paths': {}}"),
        new NormalizeOptions("org.acme.gen"));
    Service s = r.model().services().get(0);
    assertEquals("Widget", s.name());
    assertEquals("org.acme.gen.widget.v1", s.javaPackage());
    assertEquals(1, Fixtures.withCode(r, "SERVICE_NAMESPACE_MISSING").size());
    assertEquals("io.armgen.generated", new NormalizeOptions(null).packagePrefix());
    assertThrows(IllegalArgumentException.class, () -> new NormalizeOptions("Not.A/Package"));
  }

  @Test
  void threeEntriesOfOneServiceAndVersionAreNumberedInOrder() {
    List<ServiceNaming.Naming> names = ServiceNaming.name(List.of(
        TestLoad.inline("a.json", spec("Microsoft.ContainerRegistry", "1")).entries().get(0),
        TestLoad.inline("b.json", spec("Microsoft.ContainerRegistry", "1")).entries().get(0),
        TestLoad.inline("c.json", spec("Microsoft.ContainerRegistry", "1")).entries().get(0)), "com.example", new Reporter());
    assertEquals(List.of("com.example.containerregistry.v1", "com.example.containerregistry.v1_2", "com.example.containerregistry.v1_3"),
        names.stream().map(ServiceNaming.Naming::javaPackage).toList());
  }

  @Test
  void theNamespaceMostPathsUseWinsAndATieGoesToTheFirst() {
    String tie = "{'paths': {'/providers/Microsoft.First/a': {}, '/providers/Microsoft.Second/b': {}}}";
    assertEquals(Optional.of("Microsoft.First"), ServiceNaming.namespace(TestLoad.parse(tie.replace('\'', '"'))));
    String more = "{'paths': {'/providers/Microsoft.First/a': {}, '/providers/Microsoft.Second/b': {}, '/providers/Microsoft.Second/c': {}}}";
    assertEquals(Optional.of("Microsoft.Second"), ServiceNaming.namespace(TestLoad.parse(more.replace('\'', '"'))));
  }

  @Test
  void withoutNamespaceOrUsableTitleTheFileNamesTheService() {
    NormalizeResult r = new Normalizer().normalize(
        TestLoad.inline("storage-accounts.json", "{'swagger': '2.0', 'info': {'title': 'ManagementClient', 'version': '1'}, 'paths': {}}"),
        new NormalizeOptions("org.acme.gen"));
    assertEquals("StorageAccounts", r.model().services().get(0).name());
  }
}
