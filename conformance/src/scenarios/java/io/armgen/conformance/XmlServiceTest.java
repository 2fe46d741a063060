package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.XmlClient;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.AccessPolicy;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.AppleBarrel;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.Banana;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.Blob;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.BlobType;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.ComplexTypeNoMeta;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.ComplexTypeWithMeta;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.Container;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.JSONInput;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.LeaseStatusType;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.ListBlobsResponse;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.ListContainersResponse;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.Logging;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.Metrics;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.ModelWithByteProperty;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.ModelWithUrlProperty;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.ObjectWithXMsTextProperty;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.PublicAccessType;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.RetentionPolicy;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.RootWithRefAndMeta;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.RootWithRefAndNoMeta;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.SignedIdentifier;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.Slide;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.Slideshow;
import io.armgen.conformance.autorestswaggerbatxmlservice.v1_0_0.models.StorageServiceProperties;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code xml-service.json}: models read from and written as XML with the Swagger {@code xml}
 * names, attributes, wrapped and unwrapped lists, lists at the root, empty elements, dictionaries
 * and {@code x-ms-text}; plus the two operations of that spec that consume or produce JSON. The
 * expected documents are those of {@code legacy/routes/xml.js} and {@code dist/test-routes/xml-service.js};
 * a PUT passes only when the server parses the same document it expects.
 */
@ExtendWith(TestServerExtension.class)
class XmlServiceTest {
  private static final WireRecorder WIRE = new WireRecorder();
  private static XmlClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(XmlClient.builder(), server).addPolicy(WIRE).build();
  }

  private static Slideshow simpleSlideshow() {
    return new Slideshow().withTitle("Sample Slide Show").withDate("Date of publication").withAuthor("Yours Truly")
        .withSlides(List.of(
            new Slide().withType("all").withTitle("Wake up to WonderWidgets!"),
            new Slide().withType("all").withTitle("Overview")
                .withItems(List.of("Why WonderWidgets are great", "", "Who buys WonderWidgets"))));
  }

  private static List<Banana> bananas(int count) {
    OffsetDateTime expiration = OffsetDateTime.parse("2018-02-28T00:40:00.123Z");
    List<Banana> all = List.of(
        new Banana().withName("Cavendish").withFlavor("Sweet").withExpiration(expiration),
        new Banana().withName("Plantain").withFlavor("Savory").withExpiration(expiration));
    return all.subList(0, count);
  }

  private static Banana emptyChildBanana() {
    return new Banana().withName("Unknown Banana").withFlavor("")
        .withExpiration(OffsetDateTime.parse("2012-02-24T00:53:52.789Z"));
  }

  private static StorageServiceProperties serviceProperties() {
    RetentionPolicy week = new RetentionPolicy().withEnabled(true).withDays(7);
    return new StorageServiceProperties()
        .withLogging(new Logging().withVersion("1.0").withDelete(true).withRead(false).withWrite(true)
            .withRetentionPolicy(week))
        .withHourMetrics(new Metrics().withVersion("1.0").withEnabled(true).withIncludeAPIs(false)
            .withRetentionPolicy(week))
        .withMinuteMetrics(new Metrics().withVersion("1.0").withEnabled(true).withIncludeAPIs(true)
            .withRetentionPolicy(week));
  }

  private static List<SignedIdentifier> acls() {
    return List.of(new SignedIdentifier().withId("MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=")
        .withAccessPolicy(new AccessPolicy()
            .withStart(OffsetDateTime.parse("2009-09-28T08:49:37.123Z"))
            .withExpiry(OffsetDateTime.parse("2009-09-29T08:49:37.123Z"))
            .withPermission("rwd")));
  }

  @Test
  void getSimpleXml() {
    assertEquals(simpleSlideshow(), client.getSimple());
    assertEquals("application/xml", WIRE.last().accept());
  }

  @Test
  void putSimpleXml() {
    client.putSimple(simpleSlideshow());
    assertEquals("application/xml", WIRE.last().contentType());
  }

  @Test
  void getWrappedXmlList() {
    AppleBarrel barrel = client.getWrappedLists();
    assertEquals(List.of("Fuji", "Gala"), barrel.goodApples());
    assertEquals(List.of("Red Delicious"), barrel.badApples());
  }

  @Test
  void putWrappedXmlList() {
    client.putWrappedLists(new AppleBarrel().withGoodApples(List.of("Fuji", "Gala")).withBadApples(List.of("Red Delicious")));
  }

  @Test
  void getEmptyXmlList() {
    Slideshow empty = client.getEmptyList();
    assertEquals(new Slideshow(), empty, "no attributes and no slides: an unwrapped list that is absent reads as null");
  }

  @Test
  void putEmptyXmlList() {
    client.putEmptyList(new Slideshow().withSlides(List.of()));
  }

  @Test
  void getEmptyWrappedXmlList() {
    AppleBarrel barrel = client.getEmptyWrappedLists();
    assertEquals(List.of(), barrel.goodApples());
    assertEquals(List.of(), barrel.badApples());
  }

  @Test
  void putEmptyWrappedXmlList() {
    client.putEmptyWrappedLists(new AppleBarrel().withGoodApples(List.of()).withBadApples(List.of()));
  }

  @Test
  void getXmlListAtRoot() {
    assertEquals(bananas(2), client.getRootList());
  }

  @Test
  void putXmlListAtRoot() {
    client.putRootList(bananas(2));
  }

  @Test
  void getXmlListAtRootSingle() {
    assertEquals(bananas(1), client.getRootListSingleItem());
  }

  @Test
  void putXmlListAtRootSingle() {
    client.putRootListSingleItem(bananas(1));
  }

  @Test
  void getEmptyXmlListAtRoot() {
    assertEquals(List.of(), client.getEmptyRootList());
  }

  @Test
  void putEmptyXmlListAtRoot() {
    client.putEmptyRootList(List.of());
  }

  @Test
  void getXmlEmptyNode() {
    assertEquals(emptyChildBanana(), client.getEmptyChildElement());
  }

  @Test
  void putXmlEmptyNode() {
    client.putEmptyChildElement(emptyChildBanana());
  }

  @Test
  void getRootWithRefAndNoMetaXml() {
    RootWithRefAndNoMeta root = client.getComplexTypeRefNoMeta();
    assertEquals("myid", root.refToModel().id());
    assertEquals("else", root.something());
  }

  @Test
  void putRootWithRefAndNoMetaXml() {
    client.putComplexTypeRefNoMeta(new RootWithRefAndNoMeta().withRefToModel(new ComplexTypeNoMeta().withId("myid"))
        .withSomething("else"));
  }

  @Test
  void getRootWithRefAndMetaXml() {
    RootWithRefAndMeta root = client.getComplexTypeRefWithMeta();
    assertEquals("myid", root.refToModel().id());
    assertEquals("else", root.something());
  }

  @Test
  void putRootWithRefAndMetaXml() {
    client.putComplexTypeRefWithMeta(new RootWithRefAndMeta().withRefToModel(new ComplexTypeWithMeta().withId("myid"))
        .withSomething("else"));
  }

  @Test
  void jsonInputInXmlSwagger() {
    client.jsonInput(new JSONInput().withId(42));
    assertEquals("application/json", WIRE.last().contentType());
    assertEquals("{\"id\":42}", WIRE.last().bodyText());
  }

  @Test
  void jsonOutputInXmlSwagger() {
    assertEquals(42, client.jsonOutput().id());
  }

  @Test
  void getWithXMsText() {
    ObjectWithXMsTextProperty data = client.getXMsText();
    assertEquals("english", data.language());
    assertEquals("I am text", data.content());
  }

  @Test
  void storageListContainersXml() {
    ListContainersResponse list = client.listContainers();
    assertEquals("https://myaccount.blob.core.windows.net/", list.serviceEndpoint());
    assertEquals(3, list.maxResults());
    assertNull(list.prefix(), "the document has no Prefix");
    assertEquals("video", list.nextMarker());
    assertEquals(List.of("audio", "images", "textfiles"), list.containers().stream().map(Container::name).toList());
    Container audio = list.containers().get(0);
    // Last-Modified is date-time-rfc1123: "Wed, 26 Oct 2016 20:39:39 GMT" on the wire
    assertEquals(OffsetDateTime.parse("2016-10-26T20:39:39Z"), audio.properties().lastModified());
    assertEquals("0x8CACB9BD7C6B1B2", audio.properties().etag());
    assertEquals(PublicAccessType.CONTAINER, audio.properties().publicAccess());
    assertNull(list.containers().get(1).properties().publicAccess());
  }

  @Test
  void storageGetServicePropertiesXml() {
    assertEquals(serviceProperties(), client.getServiceProperties());
  }

  @Test
  void storagePutServicePropertiesXml() {
    client.putServiceProperties(serviceProperties());
  }

  @Test
  void storageGetContainerAclXml() {
    assertEquals(acls(), client.getAcls());
  }

  @Test
  void storagePutContainerAclXml() {
    client.putAcls(acls());
  }

  @Test
  void storageListBlobsXml() {
    ListBlobsResponse list = client.listBlobs();
    assertEquals("https://myaccount.blob.core.windows.net/mycontainer", list.containerName());
    assertEquals("", list.nextMarker(), "<NextMarker /> is the empty string");
    List<Blob> blobs = list.blobs().blob();
    assertEquals(List.of("blob1.txt", "blob2.txt", "blob2.txt", "blob2.txt", "blob3.txt"),
        blobs.stream().map(Blob::name).toList());
    Blob first = blobs.get(0);
    assertEquals(OffsetDateTime.parse("2009-09-09T09:20:02Z"), first.properties().lastModified());
    assertEquals(100L, first.properties().contentLength());
    assertEquals("text/html", first.properties().contentType());
    assertEquals("", first.properties().contentEncoding());
    assertEquals("en-US", first.properties().contentLanguage());
    assertEquals(BlobType.BLOCK_BLOB, first.properties().blobType());
    assertEquals(LeaseStatusType.UNLOCKED, first.properties().leaseStatus());
    assertEquals(Map.of("Color", "blue", "BlobNumber", "01", "SomeMetadataName", "SomeMetadataValue"), first.metadata());
    Blob second = blobs.get(1);
    assertEquals("2009-09-09T09:20:03.0427659Z", second.snapshot());
    assertEquals("nasdf$@#$$", second.metadata().get("x-ms-invalid-name"));
    assertEquals(3, blobs.get(4).properties().blobSequenceNumber());
    assertNull(list.blobs().blobPrefix());
  }

  @Test
  void xmlGetBytes() {
    assertArrayEquals("Hello world".getBytes(StandardCharsets.US_ASCII), client.getBytes().bytes());
  }

  @Test
  void xmlPutBytes() {
    client.putBinary(new ModelWithByteProperty().withBytes("Hello world".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ModelWithByteProperty><Bytes>SGVsbG8gd29ybGQ=</Bytes>"
        + "</ModelWithByteProperty>", WIRE.last().bodyText());
  }

  @Test
  void xmlGetUrl() {
    assertEquals("https://myaccount.blob.core.windows.net/", client.getUri().url());
  }

  @Test
  void xmlPutUrl() {
    client.putUri(new ModelWithUrlProperty().withUrl("https://myaccount.blob.core.windows.net/"));
  }
}
