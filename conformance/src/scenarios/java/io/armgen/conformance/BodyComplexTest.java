package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static io.armgen.conformance.Times.utc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.ArrayClient;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.BasicClient;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.DictionaryClient;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.InheritanceClient;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.PolymorphicrecursiveClient;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.PolymorphismClient;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.PrimitiveClient;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.ReadonlypropertyClient;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.ArrayWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.Basic;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.BooleanWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.ByteWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.CMYKColors;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.DateWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.DatetimeWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.Datetimerfc1123Wrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.DictionaryWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.Dog;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.DotFish;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.DotFishMarket;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.DotSalmon;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.DoubleWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.DurationWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.Fish;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.FloatWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.GoblinSharkColor;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.Goblinshark;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.IntWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.LongWrapper;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.ReadonlyObj;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.Salmon;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.Sawshark;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.Shark;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.Siamese;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.SmartSalmon;
import io.armgen.conformance.autorestcomplextestservice.v2016_02_29.models.StringWrapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-complex.json}: models with every primitive format, arrays and maps as properties,
 * inheritance, polymorphism by discriminator (also with a dot in its name, and in models that
 * compose polymorphic ones), recursive polymorphism, free-form keys on a subtype and read-only
 * properties (routes: {@code legacy/routes/complex.js}; the server compares request bodies for
 * equality).
 */
@ExtendWith(TestServerExtension.class)
class BodyComplexTest {
  private static final byte[] PICTURE = {(byte) 255, (byte) 255, (byte) 255, (byte) 255, (byte) 254};

  private static BasicClient basic;
  private static PrimitiveClient primitive;
  private static ArrayClient array;
  private static DictionaryClient dictionary;
  private static InheritanceClient inheritance;
  private static PolymorphismClient polymorphism;
  private static PolymorphicrecursiveClient recursive;
  private static ReadonlypropertyClient readonly;

  @BeforeAll
  static void connect(TestServer server) {
    basic = ConformanceClients.configure(BasicClient.builder(), server).build();
    primitive = ConformanceClients.configure(PrimitiveClient.builder(), server).build();
    array = ConformanceClients.configure(ArrayClient.builder(), server).build();
    dictionary = ConformanceClients.configure(DictionaryClient.builder(), server).build();
    inheritance = ConformanceClients.configure(InheritanceClient.builder(), server).build();
    polymorphism = ConformanceClients.configure(PolymorphismClient.builder(), server).build();
    recursive = ConformanceClients.configure(PolymorphicrecursiveClient.builder(), server).build();
    readonly = ConformanceClients.configure(ReadonlypropertyClient.builder(), server).build();
  }

  @Test
  void basicModels() {
    assertEquals(new Basic().withId(2).withName("abc").withColor(CMYKColors.YELLOW), basic.getValid());
    basic.putValid(new Basic().withId(2).withName("abc").withColor(CMYKColors.MAGENTA));
    assertEquals(new Basic(), basic.getEmpty());
    assertEquals(new Basic(), basic.getNull());
    assertNull(basic.getNotProvided());
    // {"id": "a"}: id is an integer
    assertReadError(basic::getInvalid);
  }

  @Test
  void integersAndLongs() {
    IntWrapper ints = primitive.getInt();
    assertEquals(-1, ints.field1());
    assertEquals(2, ints.field2());
    primitive.putInt(new IntWrapper().withField1(-1).withField2(2));
    LongWrapper longs = primitive.getLong();
    assertEquals(1099511627775L, longs.field1());
    assertEquals(-999511627788L, longs.field2());
    primitive.putLong(new LongWrapper().withField1(1099511627775L).withField2(-999511627788L));
  }

  @Test
  void floatsAndDoubles() {
    FloatWrapper floats = primitive.getFloat();
    assertEquals(1.05f, floats.field1());
    assertEquals(-0.003f, floats.field2());
    primitive.putFloat(new FloatWrapper().withField1(1.05f).withField2(-0.003f));
    DoubleWrapper doubles = primitive.getDouble();
    assertEquals(3e-100, doubles.field1());
    assertEquals(-5e-57, doubles.field56ZerosAfterTheDotAndNegativeZeroBeforeDotAndThisIsALongFieldNameOnPurpose());
    primitive.putDouble(new DoubleWrapper().withField1(3e-100)
        .withField56ZerosAfterTheDotAndNegativeZeroBeforeDotAndThisIsALongFieldNameOnPurpose(-5e-57));
  }

  @Test
  void booleansAndStrings() {
    BooleanWrapper booleans = primitive.getBool();
    assertEquals(true, booleans.fieldTrue());
    assertEquals(false, booleans.fieldFalse());
    primitive.putBool(new BooleanWrapper().withFieldTrue(true).withFieldFalse(false));
    StringWrapper strings = primitive.getString();
    assertEquals("goodrequest", strings.field());
    assertEquals("", strings.empty());
    assertNull(strings.nullValue());
    primitive.putString(new StringWrapper().withField("goodrequest").withEmpty(""));
  }

  @Test
  void datesAndDateTimes() {
    DateWrapper dates = primitive.getDate();
    assertEquals(LocalDate.of(1, 1, 1), dates.field());
    assertEquals(LocalDate.of(2016, 2, 29), dates.leap());
    primitive.putDate(new DateWrapper().withField(LocalDate.of(1, 1, 1)).withLeap(LocalDate.of(2016, 2, 29)));
    DatetimeWrapper dateTimes = primitive.getDateTime();
    assertEquals(utc(1, 1, 1, 0, 0, 0), dateTimes.field());
    assertEquals(utc(2015, 5, 18, 18, 38, 0), dateTimes.now());
    primitive.putDateTime(new DatetimeWrapper().withField(utc(1, 1, 1, 0, 0, 0)).withNow(utc(2015, 5, 18, 18, 38, 0)));
    Datetimerfc1123Wrapper rfc1123 = primitive.getDateTimeRfc1123();
    assertEquals(utc(1, 1, 1, 0, 0, 0), rfc1123.field());
    assertEquals(utc(2015, 5, 18, 11, 38, 0), rfc1123.now());
    primitive.putDateTimeRfc1123(new Datetimerfc1123Wrapper().withField(utc(1, 1, 1, 0, 0, 0))
        .withNow(utc(2015, 5, 18, 11, 38, 0)));
  }

  @Test
  void durationsAndBytes() {
    Duration duration = Duration.ofDays(123).plusHours(22).plusMinutes(14).plusMillis(12_011);
    assertEquals(duration, primitive.getDuration().field());
    primitive.putDuration(new DurationWrapper().withField(duration));
    byte[] bytes = {(byte) 255, (byte) 254, (byte) 253, (byte) 252, 0, (byte) 250, (byte) 249, (byte) 248,
        (byte) 247, (byte) 246};
    assertArrayEquals(bytes, primitive.getByte().field());
    primitive.putByte(new ByteWrapper().withField(bytes));
  }

  @Test
  void arrayProperties() {
    List<String> valid = Arrays.asList("1, 2, 3, 4", "", null, "&S#$(*Y", "The quick brown fox jumps over the lazy dog");
    assertEquals(valid, array.getValid().array());
    array.putValid(new ArrayWrapper().withArray(valid));
    assertEquals(List.of(), array.getEmpty().array());
    array.putEmpty(new ArrayWrapper().withArray(List.of()));
    assertNull(array.getNotProvided().array());
  }

  @Test
  void mapProperties() {
    Map<String, String> valid = Maps.of("txt", "notepad", "bmp", "mspaint", "xls", "excel", "exe", "", "", null);
    assertEquals(valid, dictionary.getValid().defaultProgram());
    dictionary.putValid(new DictionaryWrapper().withDefaultProgram(valid));
    assertEquals(Map.of(), dictionary.getEmpty().defaultProgram());
    dictionary.putEmpty(new DictionaryWrapper().withDefaultProgram(Map.of()));
    assertNull(dictionary.getNull().defaultProgram());
    assertNull(dictionary.getNotProvided().defaultProgram());
  }

  private static Siamese siamese() {
    return new Siamese().withBreed("persian").withColor("green").withId(2).withName("Siameeee").withHates(List.of(
        new Dog().withFood("tomato").withId(1).withName("Potato"),
        new Dog().withFood("french fries").withId(-1).withName("Tomato")));
  }

  @Test
  void inheritance() {
    assertEquals(siamese(), inheritance.getValid());
    inheritance.putValid(siamese());
  }

  /** The three siblings of the polymorphism scenarios: a shark, a sawshark and a goblin shark. */
  private static List<Fish> siblings() {
    return List.of(
        new Shark().withAge(6).withBirthday(utc(2012, 1, 5, 1, 0, 0)).withLength(20f).withSpecies("predator"),
        new Sawshark().withAge(105).withBirthday(utc(1900, 1, 5, 1, 0, 0)).withLength(10f).withPicture(PICTURE)
            .withSpecies("dangerous"),
        new Goblinshark().withAge(1).withBirthday(utc(2015, 8, 8, 0, 0, 0)).withLength(30f).withSpecies("scary")
            .withJawsize(5).withColor(GoblinSharkColor.fromString("pinkish-gray")));
  }

  private static Salmon salmon() {
    return new Salmon().withLocation("alaska").withIswild(true).withSpecies("king").withLength(1f).withSiblings(siblings());
  }

  @Test
  void polymorphism() {
    Fish fish = polymorphism.getValid();
    Salmon read = assertInstanceOf(Salmon.class, fish);
    assertEquals("salmon", read.fishtype());
    assertInstanceOf(Shark.class, read.siblings().get(0));
    assertInstanceOf(Sawshark.class, read.siblings().get(1));
    Goblinshark goblin = assertInstanceOf(Goblinshark.class, read.siblings().get(2));
    assertEquals("goblin", goblin.fishtype());
    assertEquals("pinkish-gray", goblin.color().toString());
    assertEquals(salmon(), read);
    polymorphism.putValid(salmon());
  }

  private static SmartSalmon smartSalmon() {
    SmartSalmon smart = new SmartSalmon().withLocation("alaska").withIswild(true).withSpecies("king").withLength(1f)
        .withSiblings(siblings());
    return smart.withAdditionalProperties(Maps.of("additionalProperty1", 1, "additionalProperty2", false,
        "additionalProperty3", "hello", "additionalProperty4", Maps.of("a", 1, "b", 2),
        "additionalProperty5", List.of(1, 3)));
  }

  @Test
  void polymorphismWithFreeFormKeys() {
    SmartSalmon read = assertInstanceOf(SmartSalmon.class, polymorphism.getComplicated());
    assertEquals("smart_salmon", read.fishtype());
    assertEquals(smartSalmon(), read);
    polymorphism.putComplicated(smartSalmon());
  }

  @Test
  void polymorphismAnsweredWithoutDiscriminator() {
    Salmon back = polymorphism.putMissingDiscriminator(salmon());
    assertEquals(Salmon.class, back.getClass());
    assertEquals("alaska", back.location());
    assertEquals(3, back.siblings().size());
    assertInstanceOf(Goblinshark.class, back.siblings().get(2));
  }

  @Test
  void missingRequiredPropertiesAreRefusedBeforeSending() {
    Sawshark noBirthday = new Sawshark().withSpecies("snaggle toothed").withLength(18.5f).withAge(2)
        .withBirthday(utc(2013, 6, 1, 1, 0, 0)).withPicture(PICTURE).withSiblings(List.of(
            new Shark().withSpecies("predator").withBirthday(utc(2012, 1, 5, 1, 0, 0)).withLength(20f).withAge(6),
            new Sawshark().withSpecies("dangerous").withPicture(PICTURE).withLength(10f).withAge(105)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> polymorphism.putValidMissingRequired(noBirthday));
    assertTrue(e.getMessage().contains("birthday"), e.getMessage());
  }

  @Test
  void polymorphismWithADotInTheDiscriminator() {
    DotSalmon salmon = assertInstanceOf(DotSalmon.class, polymorphism.getDotSyntax());
    assertEquals(new DotSalmon().withLocation("sweden").withIswild(true).withSpecies("king"), salmon);
    assertEquals("DotSalmon", salmon.fishType());
  }

  private static DotSalmon dotSalmon(String location, boolean wild) {
    return new DotSalmon().withLocation(location).withIswild(wild).withSpecies("king");
  }

  @Test
  void modelsComposingPolymorphicOnes() {
    DotFishMarket market = polymorphism.getComposedWithDiscriminator();
    assertEquals(dotSalmon("sweden", false), market.sampleSalmon());
    assertEquals(List.of(dotSalmon("sweden", false), dotSalmon("atlantic", true)), market.salmons());
    assertEquals(dotSalmon("australia", false), market.sampleFish());
    assertEquals(List.of(dotSalmon("australia", false), dotSalmon("canada", true)), market.fishes());
  }

  @Test
  void modelsComposingPolymorphicOnesWithoutDiscriminators() {
    DotFishMarket market = polymorphism.getComposedWithoutDiscriminator();
    // declared DotSalmon: read as one (which knows its discriminator value); declared DotFish with no
    // discriminator: the base, which has no location
    assertEquals(dotSalmon("sweden", false), market.sampleSalmon());
    assertEquals(List.of(dotSalmon("sweden", false), dotSalmon("atlantic", true)), market.salmons());
    assertEquals(new DotFish().withSpecies("king"), market.sampleFish());
    assertEquals(List.of(new DotFish().withSpecies("king"), new DotFish().withSpecies("king")), market.fishes());
  }

  private static Fish bigFish() {
    Shark shark = new Shark().withAge(6).withBirthday(utc(2012, 1, 5, 1, 0, 0)).withSpecies("predator").withLength(20f);
    Sawshark sawshark = new Sawshark().withAge(105).withBirthday(utc(1900, 1, 5, 1, 0, 0)).withPicture(PICTURE)
        .withSpecies("dangerous").withLength(10f);
    Salmon inner = new Salmon().withLocation("atlantic").withIswild(true).withSpecies("coho").withLength(2f)
        .withSiblings(List.of(shark, sawshark));
    Shark outerShark = new Shark().withAge(6).withBirthday(utc(2012, 1, 5, 1, 0, 0)).withSpecies("predator").withLength(20f)
        .withSiblings(List.of(inner, new Sawshark().withAge(105).withBirthday(utc(1900, 1, 5, 1, 0, 0)).withPicture(PICTURE)
            .withSpecies("dangerous").withLength(10f).withSiblings(List.of())));
    return new Salmon().withLocation("alaska").withIswild(true).withSpecies("king").withLength(1f).withSiblings(List.of(
        outerShark, new Sawshark().withAge(105).withBirthday(utc(1900, 1, 5, 1, 0, 0)).withPicture(PICTURE)
            .withSpecies("dangerous").withLength(10f).withSiblings(List.of())));
  }

  @Test
  void recursivePolymorphism() {
    assertEquals(bigFish(), recursive.getValid());
    recursive.putValid(bigFish());
  }

  @Test
  void readOnlyProperties() {
    ReadonlyObj read = readonly.getValid();
    assertEquals("1234", read.id());
    assertEquals(2, read.size());
    // the server refuses a body with the read-only id
    readonly.putValid(read);
  }
}
