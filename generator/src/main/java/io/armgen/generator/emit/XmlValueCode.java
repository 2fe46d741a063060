package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.armgen.generator.model.OperationMedia.XmlRoot;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.model.XmlName;
import io.armgen.generator.model.XmlObject;
import java.util.Optional;
import java.util.Set;

/**
 * Code for XML values: element names, scalar text forms (written as {@link ParameterText} writes a
 * parameter's, read with {@code XmlText}), and the root of a body,
 * a model or a list, for writing ({@code XmlContent.of(...)}) and reading ({@code XmlContent.reader(...)}).
 * Shared by the model writer and the client writer.
 */
final class XmlValueCode {
  static final ClassName READER = ClassName.get("io.armgen.runtime.xml", "XmlReader");
  static final ClassName WRITER = ClassName.get("io.armgen.runtime.xml", "XmlWriter");
  static final ClassName NAME = ClassName.get("io.armgen.runtime.xml", "XmlName");
  static final ClassName TEXT = ClassName.get("io.armgen.runtime.xml", "XmlText");
  /** Names the XML lambdas in a request method use; a method parameter must not take them. */
  static final Set<String> LAMBDA_NAMES = Set.of("w", "root", "element");

  private final EmitContext ctx;

  XmlValueCode(EmitContext ctx) {
    this.ctx = ctx;
  }

  /** {@code XmlName.of("local")}, with namespace and prefix when the name has them. */
  static CodeBlock name(XmlName name) {
    if (name.namespace() == null) {
      return CodeBlock.of("$T.of($L)", NAME, DocText.literal(name.local()));
    }
    return CodeBlock.of("$T.of($L, $L, $L)", NAME, DocText.literal(name.local()), DocText.literal(name.namespace()),
        DocText.literal(name.prefix()));
  }

  /** The argument naming an element or attribute: a plain string when there is no namespace. */
  static CodeBlock nameArgument(XmlName name) {
    return name.namespace() == null ? CodeBlock.of("$L", DocText.literal(name.local())) : name(name);
  }

  /** True for a type written as text: a primitive or an enum. */
  boolean isScalar(TypeRef type) {
    return type instanceof TypeRef.Primitive || type instanceof TypeRef.Named n && ctx.isEnum(n.name());
  }

  /** True when the scalar is a string read and written as it is (an empty element is {@code ""}). */
  private static boolean isText(TypeRef type) {
    return type instanceof TypeRef.Primitive p && switch (p.kind()) {
      case STRING, SECRET_STRING, ARM_ID -> true;
      default -> false;
    };
  }

  /** The text of {@code value} (non-null), a String expression: the same text form as a parameter's. */
  CodeBlock format(TypeRef type, CodeBlock value) {
    if (!isScalar(type) || type instanceof TypeRef.Primitive p && p.kind() == TypeRef.PrimitiveKind.ANY) {
      throw new IllegalArgumentException("a value of type " + type + " has no XML form");
    }
    return ParameterText.of(type, value, Parameter.CollectionFormat.CSV);
  }

  /** The text of a nullable {@code value}: null stays null (and writes nothing). */
  CodeBlock formatNullable(TypeRef type, CodeBlock value) {
    if (isText(type)) {
      return value;
    }
    return CodeBlock.of("$L == null ? null : $L", value, format(type, value));
  }

  /** A {@code Function<String, T>} reading the text form of a scalar that is not a plain string. */
  private CodeBlock parser(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return CodeBlock.of("$T::fromString", ctx.names().model(named.name()));
    }
    TypeRef.PrimitiveKind kind = ((TypeRef.Primitive) type).kind();
    String method;
    switch (kind) {
      case INT32 -> method = "parseInteger";
      case INT64 -> method = "parseLong";
      case FLOAT -> method = "parseFloat";
      case DOUBLE -> method = "parseDouble";
      case DECIMAL -> method = "parseDecimal";
      case BOOLEAN -> method = "parseBoolean";
      case DATE_TIME -> method = "parseDateTime";
      case DATE_TIME_RFC1123 -> method = "parseRfc1123";
      case UNIX_TIME -> method = "parseUnixTime";
      case DATE -> method = "parseDate";
      case DURATION -> method = "parseDuration";
      case UUID -> method = "parseUuid";
      case BYTES -> method = "parseBytes";
      case BASE64URL -> method = "parseBase64Url";
      default -> throw new IllegalArgumentException("a value of type " + kind + " has no XML form");
    }
    return CodeBlock.of("$T::$L", TEXT, method);
  }

  /** Reads the scalar element {@code reader} is on. */
  CodeBlock readElement(TypeRef type, String reader) {
    return isText(type) ? CodeBlock.of("$L.text()", reader) : CodeBlock.of("$L.value($L)", reader, parser(type));
  }

  /** Reads attribute {@code name} of the element {@code reader} is on. */
  CodeBlock readAttribute(TypeRef type, XmlName name, String reader) {
    return isText(type) ? CodeBlock.of("$L.attribute($L)", reader, DocText.literal(name.local()))
        : CodeBlock.of("$L.attribute($L, $L)", reader, DocText.literal(name.local()), parser(type));
  }

  /** Reads the element {@code reader} is on as {@code type}: a model or a scalar. */
  CodeBlock read(TypeRef type, String reader) {
    if (type instanceof TypeRef.Named named && ctx.isObject(named.name())) {
      return CodeBlock.of("$T.fromXml($L)", ctx.names().model(named.name()), reader);
    }
    return readElement(type, reader);
  }

  /** An {@code XmlReadFunction} reading one element of {@code type}: a model or a scalar. */
  CodeBlock readFunction(TypeRef type) {
    if (type instanceof TypeRef.Named named && ctx.isObject(named.name())) {
      return CodeBlock.of("$T::fromXml", ctx.names().model(named.name()));
    }
    if (isText(type)) {
      return CodeBlock.of("$T::text", READER);
    }
    return CodeBlock.of("element -> element.value($L)", parser(type));
  }

  /** Statements writing one element {@code name} holding {@code value} (non-null) of {@code type}. */
  CodeBlock writeElement(TypeRef type, XmlName name, CodeBlock value) {
    if (type instanceof TypeRef.Named named && ctx.isObject(named.name())) {
      return CodeBlock.builder().addStatement("$L.writeXml(w, $L)", value, name(name)).build();
    }
    return CodeBlock.builder().addStatement("w.element($L, $L)", nameArgument(name), format(type, value)).build();
  }

  /** The root element name of a model that travels as XML. */
  XmlName rootName(String model) {
    XmlObject xml = ctx.service().xml().get(model);
    if (xml == null) {
      throw new IllegalArgumentException("model " + model + " has no XML form");
    }
    return xml.root();
  }

  /** An {@code XmlWritable} lambda writing {@code value} (non-null) as the document root. */
  CodeBlock writeRoot(TypeRef type, Optional<XmlRoot> list, String value) {
    if (type instanceof TypeRef.ArrayOf array) {
      XmlRoot root = list.orElseThrow(() -> new IllegalArgumentException("an XML list body needs a root name"));
      TypeRef items = array.items();
      CodeBlock.Builder body = CodeBlock.builder()
          .add("w -> {\n").indent()
          .addStatement("w.startElement($L)", nameArgument(root.element()))
          .beginControlFlow("for ($T item : $L)", ctx.names().of(items), value)
          .beginControlFlow("if (item != null)")
          .add(writeElement(items, root.item(), CodeBlock.of("item")))
          .endControlFlow()
          .endControlFlow()
          .addStatement("w.endElement()")
          .unindent().add("}");
      return body.build();
    }
    if (type instanceof TypeRef.Named named && ctx.isObject(named.name())) {
      // validated like a JSON body before anything is sent
      return CodeBlock.builder()
          .add("w -> {\n").indent()
          .addStatement("$L.validate()", value)
          .addStatement("$L.writeXml(w, $L)", value, name(rootName(named.name())))
          .unindent().add("}")
          .build();
    }
    throw new IllegalArgumentException("an XML body must be a model or a list");
  }

  /** An {@code XmlReadFunction} reading the document root as {@code type}. */
  CodeBlock readRoot(TypeRef type, Optional<XmlRoot> list) {
    if (type instanceof TypeRef.ArrayOf array) {
      XmlRoot root = list.orElseThrow(() -> new IllegalArgumentException("an XML list body needs a root name"));
      return CodeBlock.of("root -> root.children($L, $L)", DocText.literal(root.item().local()),
          readFunction(array.items()));
    }
    if (type instanceof TypeRef.Named named && ctx.isObject(named.name())) {
      return readFunction(type);
    }
    throw new IllegalArgumentException("an XML body must be a model or a list");
  }
}
