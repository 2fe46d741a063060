package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits one value class per ARM resource type, {@code <javaPackage>.models.<Name>Id}: build an id
 * from its parts ({@code of}), take one apart ({@code parse}), print it ({@code toString}) and
 * compare ids the way ARM does (case-insensitively).
 *
 * <p>Instances are immutable once constructed; class names are assigned for the whole service up
 * front so that they are the same whatever order resources are written in.
 */
final class ResourceIdWriter {
  private static final ClassName RESOURCE_IDS = ClassName.get("io.armgen.runtime.arm", "ResourceIds");
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  private static final ClassName LOCALE = ClassName.get(Locale.class);
  private static final TypeName STRING = ClassName.get(String.class);

  private final Service service;
  private final Map<ResourceType, String> classNames;

  /** Prepares names for every resource of {@code service}. */
  public ResourceIdWriter(Service service) {
    this.service = service;
    this.classNames = assignClassNames(service);
  }

  /**
   * The simple class name for {@code resource}: {@code <Name>Id}, or {@code <Name>ResourceId} when
   * a model or enum of the service already has that name (then numbered if still taken).
   */
  public String className(ResourceType resource) {
    String name = classNames.get(resource);
    if (name == null) {
      throw new IllegalArgumentException("resource " + resource.name() + " is not part of service " + service.name());
    }
    return name;
  }

  /**
   * The id class for {@code resource}; empty (with a note) when its template cannot be handled,
   * i.e. when the template's variables are not exactly the resource's segments, each a whole path
   * segment.
   */
  public Optional<JavaFile> write(ResourceType resource, EmitNotes notes) {
    Optional<String> problem = templateProblem(resource);
    if (problem.isPresent()) {
      notes.note(ModelLocations.of(service, resource), service.name() + ": no id class for resource " + resource.name() + ": " + problem.get());
      return Optional.empty();
    }
    ClassName self = ClassName.get(TypeNames.modelsPackage(service), className(resource));
    List<String> fields = new ArrayList<>();
    resource.segments().forEach(s -> fields.add(s.javaName()));

    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The id of a $L resource ($L), of the form\n{@code $L}.\n\n", resource.name(),
            DocText.javadoc(resource.type()), DocText.javadoc(resource.idTemplate()))
        .addJavadoc("<p>Constant segments are matched case-insensitively and two ids are equal when their\n"
            + "values differ only in case, as Azure Resource Manager treats them.\n")
        .addField(FieldSpec.builder(STRING, "TEMPLATE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The id template; variables are in braces.\n")
            .initializer("$L", DocText.literal(resource.idTemplate()))
            .build());
    for (ResourceType.Segment segment : resource.segments()) {
      type.addField(STRING, segment.javaName(), Modifier.PRIVATE, Modifier.FINAL);
    }
    type.addMethod(constructor(resource))
        .addMethod(of(resource, self))
        .addMethod(parse(resource, self));
    for (ResourceType.Segment segment : resource.segments()) {
      type.addMethod(MethodSpec.methodBuilder(segment.javaName())
          .addModifiers(Modifier.PUBLIC)
          .returns(STRING)
          .addJavadoc("The {@code $L} part of the id (after {@code $L}).\n\n@return that part\n",
              DocText.javadoc(segment.variable()), DocText.javadoc(segment.key()))
          .addStatement("return $L", segment.javaName())
          .build());
    }
    type.addMethod(toStringMethod(fields))
        .addMethod(equalsMethod(self, fields))
        .addMethod(hashCodeMethod(fields));
    return Optional.of(JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build());
  }

  private static MethodSpec constructor(ResourceType resource) {
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    for (ResourceType.Segment segment : resource.segments()) {
      ctor.addParameter(STRING, segment.javaName());
      ctor.addStatement("this.$L = $L", segment.javaName(), segment.javaName());
    }
    return ctor.build();
  }

  private static MethodSpec of(ResourceType resource, ClassName self) {
    MethodSpec.Builder of = MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addJavadoc("The id made of these parts.\n\n");
    for (ResourceType.Segment segment : resource.segments()) {
      of.addParameter(ParameterSpec.builder(STRING, segment.javaName()).build());
      of.addJavadoc("@param $L the {@code $L} part\n", segment.javaName(), DocText.javadoc(segment.variable()));
    }
    String args = argumentList(resource);
    of.addJavadoc("@return the id\n")
        .addJavadoc("@throws IllegalArgumentException when a part is null, empty or contains '/'\n")
        // formatting once validates every part with the same rules toString relies on
        .addStatement("$T.format(TEMPLATE, $L)", RESOURCE_IDS, args)
        .addStatement("return new $T($L)", self, args);
    return of.build();
  }

  private static MethodSpec parse(ResourceType resource, ClassName self) {
    CodeBlock.Builder values = CodeBlock.builder();
    for (int i = 0; i < resource.segments().size(); i++) {
      values.add(i == 0 ? "" : ", ").add("values.get($L)", DocText.literal(resource.segments().get(i).variable()));
    }
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(STRING, "id")
        .addJavadoc("Reads an id of this resource type; constant segments may differ in case.\n\n")
        .addJavadoc("@param id a resource id such as {@code $L}\n", DocText.javadoc(resource.idTemplate()))
        .addJavadoc("@return its parts\n")
        .addJavadoc("@throws IllegalArgumentException when {@code id} is null or not of this form\n")
        .addStatement("$T<$T, $T> values", Map.class, String.class, String.class)
        .beginControlFlow("try")
        .addStatement("values = $T.match(TEMPLATE, id)", RESOURCE_IDS)
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addStatement("throw new $T($L + e.getMessage(), e)", IllegalArgumentException.class,
            DocText.literal("Not a " + resource.name() + " resource id: "))
        .endControlFlow()
        .addStatement("return new $T($L)", self, values.build())
        .build();
  }

  private static MethodSpec toStringMethod(List<String> fields) {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(STRING)
        .addJavadoc("The canonical id: the template's constant segments with these values.\n")
        .addStatement("return $T.format(TEMPLATE, $L)", RESOURCE_IDS, String.join(", ", fields))
        .build();
  }

  private static MethodSpec equalsMethod(ClassName self, List<String> fields) {
    CodeBlock.Builder same = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      same.add(i == 0 ? "" : "\n&& ").add("$L.equalsIgnoreCase(that.$L)", fields.get(i), fields.get(i));
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "other")
        .addJavadoc("Equal when every part is equal ignoring case.\n")
        .beginControlFlow("if (this == other)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!(other instanceof $T))", self)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T that = ($T) other", self, self)
        .addStatement("return $L", same.build())
        .build();
  }

  private static MethodSpec hashCodeMethod(List<String> fields) {
    CodeBlock.Builder lowered = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      lowered.add(i == 0 ? "" : ", ").add("$L.toLowerCase($T.ROOT)", fields.get(i), LOCALE);
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addJavadoc("Consistent with {@link #equals}: computed from the lower-cased parts.\n")
        .addStatement("return $T.hash($L)", OBJECTS, lowered.build())
        .build();
  }

  private static String argumentList(ResourceType resource) {
    List<String> names = new ArrayList<>();
    resource.segments().forEach(s -> names.add(s.javaName()));
    return String.join(", ", names);
  }

  /** Why the template cannot become an id class, if it cannot. */
  static Optional<String> templateProblem(ResourceType resource) {
    if (resource.segments().isEmpty()) {
      return Optional.of("the id template has no variables");
    }
    List<String> variables = new ArrayList<>();
    String template = resource.idTemplate();
    String trimmed = template.startsWith("/") ? template.substring(1) : template;
    for (String part : trimmed.split("/", -1)) {
      int open = part.indexOf('{');
      if (open < 0) {
        continue;
      }
      if (open != 0 || !part.endsWith("}") || part.indexOf('{', 1) >= 0) {
        return Optional.of("template segment '" + part + "' mixes a variable with text");
      }
      variables.add(part.substring(1, part.length() - 1));
    }
    List<String> declared = new ArrayList<>();
    Set<String> javaNames = new HashSet<>();
    for (ResourceType.Segment segment : resource.segments()) {
      declared.add(segment.variable());
      if (!javaNames.add(segment.javaName())) {
        return Optional.of("two segments are both named " + segment.javaName());
      }
    }
    if (!variables.equals(declared)) {
      return Optional.of("template variables " + variables + " differ from the segments " + declared);
    }
    return Optional.empty();
  }

  private static Map<ResourceType, String> assignClassNames(Service service) {
    Set<String> taken = new HashSet<>();
    for (ObjectType object : service.objects()) {
      taken.add(object.name().toLowerCase(Locale.ROOT));
    }
    service.enums().forEach(e -> taken.add(e.name().toLowerCase(Locale.ROOT)));
    Map<ResourceType, String> names = new LinkedHashMap<>();
    for (ResourceType resource : service.resources()) {
      if (names.containsKey(resource)) {
        continue;
      }
      // compared lower-cased: two class names differing only in case clash on case-insensitive file systems
      String name = resource.name() + "Id";
      if (taken.contains(name.toLowerCase(Locale.ROOT))) {
        name = resource.name() + "ResourceId";
      }
      String base = name;
      for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + n;
      }
      taken.add(name.toLowerCase(Locale.ROOT));
      names.put(resource, name);
    }
    return names;
  }
}
