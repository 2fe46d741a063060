package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.model.XmlObject;
import io.armgen.generator.model.XmlObject.XmlProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The XML methods of a model that travels as XML (see {@link XmlObject}): the static
 * {@code fromXml(XmlReader)} and {@code writeXml(XmlWriter, XmlName)}, streaming like their JSON
 * counterparts. Attributes first, then child elements in property order, or the element's text for
 * an {@code x-ms-text} property.
 */
final class ModelXmlMethods {
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);

  private final ModelShape shape;
  private final XmlObject xml;
  private final XmlValueCode values;

  ModelXmlMethods(ModelShape shape, XmlObject xml, EmitContext ctx) {
    this.shape = shape;
    this.xml = xml;
    this.values = new XmlValueCode(ctx);
  }

  List<MethodSpec> methods() {
    return List.of(fromXml(), writeXml());
  }

  private XmlProperty placement(Property p) {
    XmlProperty placed = xml.properties().get(p.wireName());
    if (placed == null) {
      throw new IllegalArgumentException("property " + shape.type.name() + "." + p.javaName() + " has no XML placement");
    }
    return placed;
  }

  private MethodSpec fromXml() {
    CodeBlock.Builder body = CodeBlock.builder().addStatement("$T model = new $T()", shape.className, shape.className);
    Property text = null;
    for (Property p : shape.properties) {
      XmlProperty placed = placement(p);
      if (placed.placement() == XmlObject.Placement.ATTRIBUTE) {
        body.addStatement("model.$L = $L", ModelShape.field(p), values.readAttribute(p.type(), placed.name(), "r"));
      } else if (placed.placement() == XmlObject.Placement.TEXT) {
        text = p;
      }
    }
    if (text != null) {
      body.addStatement("model.$L = $L", ModelShape.field(text), values.readElement(text.type(), "r"));
    } else {
      body.beginControlFlow("while (r.nextChild())").beginControlFlow("switch (r.name())");
      for (Property p : shape.properties) {
        XmlProperty placed = placement(p);
        if (placed.placement() != XmlObject.Placement.ATTRIBUTE) {
          String element = placed.placement() == XmlObject.Placement.UNWRAPPED_LIST
              ? placed.item().orElseThrow().local() : placed.name().local();
          body.add("case $L:\n", DocText.literal(element)).indent().add(readChild(p, placed)).addStatement("break").unindent();
        }
      }
      body.add("default:\n").indent().addStatement("r.skip()").unindent();
      body.endControlFlow().endControlFlow();
    }
    body.addStatement("return model");
    return MethodSpec.methodBuilder("fromXml")
        .addJavadoc("Reads one $L from the XML element the reader is on.\n\n", shape.type.name())
        .addJavadoc("@param r a reader on the element's start tag; left on its end tag\n")
        .addJavadoc("@return the model\n")
        .addJavadoc("@throws $T when the XML does not fit the model\n", IOException.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(shape.className)
        .addParameter(XmlValueCode.READER, "r")
        .addException(IOException.class)
        .addCode(body.build())
        .build();
  }

  private CodeBlock readChild(Property p, XmlProperty placed) {
    String field = ModelShape.field(p);
    switch (placed.placement()) {
      case UNWRAPPED_LIST: {
        TypeRef items = ((TypeRef.ArrayOf) p.type()).items();
        return CodeBlock.builder()
            .beginControlFlow("if (model.$L == null)", field)
            .addStatement("model.$L = new $T<>()", field, ARRAY_LIST)
            .endControlFlow()
            .addStatement("model.$L.add($L)", field, values.read(items, "r"))
            .build();
      }
      case WRAPPED_LIST: {
        TypeRef items = ((TypeRef.ArrayOf) p.type()).items();
        return CodeBlock.of("model.$L = r.children($L, $L);\n", field, DocText.literal(placed.item().orElseThrow().local()),
            values.readFunction(items));
      }
      case MAP:
        return CodeBlock.of("model.$L = r.entries($L);\n", field, values.readFunction(((TypeRef.MapOf) p.type()).values()));
      default:
        return CodeBlock.of("model.$L = $L;\n", field, values.read(p.type(), "r"));
    }
  }

  private MethodSpec writeXml() {
    CodeBlock.Builder body = CodeBlock.builder().addStatement("w.startElement(name)");
    for (Property p : shape.properties) {
      XmlProperty placed = placement(p);
      if (placed.placement() == XmlObject.Placement.ATTRIBUTE) {
        body.addStatement("w.attribute($L, $L)", XmlValueCode.nameArgument(placed.name()),
            values.formatNullable(p.type(), CodeBlock.of("this.$L", ModelShape.field(p))));
      }
    }
    for (Property p : shape.properties) {
      XmlProperty placed = placement(p);
      if (placed.placement() != XmlObject.Placement.ATTRIBUTE) {
        body.add(writeChild(p, placed));
      }
    }
    body.addStatement("w.endElement()");
    return MethodSpec.methodBuilder("writeXml")
        .addJavadoc("Writes this $L as one XML element.\n\n", shape.type.name())
        .addJavadoc("@param w the writer\n@param name the element's name\n")
        .addJavadoc("@throws $T when the writer fails\n", IOException.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(XmlValueCode.WRITER, "w")
        .addParameter(XmlValueCode.NAME, "name")
        .addException(IOException.class)
        .addCode(body.build())
        .build();
  }

  private CodeBlock writeChild(Property p, XmlProperty placed) {
    CodeBlock value = CodeBlock.of("this.$L", ModelShape.field(p));
    CodeBlock.Builder code = CodeBlock.builder();
    switch (placed.placement()) {
      case TEXT:
        return code.addStatement("w.text($L)", values.formatNullable(p.type(), value)).build();
      case UNWRAPPED_LIST:
      case WRAPPED_LIST: {
        TypeRef items = ((TypeRef.ArrayOf) p.type()).items();
        boolean wrapped = placed.placement() == XmlObject.Placement.WRAPPED_LIST;
        code.beginControlFlow("if ($L != null)", value);
        if (wrapped) {
          code.addStatement("w.startElement($L)", XmlValueCode.nameArgument(placed.name()));
        }
        code.beginControlFlow("for ($T item : $L)", shape.typeNames().of(items), value)
            .beginControlFlow("if (item != null)")
            .add(values.writeElement(items, placed.item().orElseThrow(), CodeBlock.of("item")))
            .endControlFlow()
            .endControlFlow();
        if (wrapped) {
          code.addStatement("w.endElement()");
        }
        return code.endControlFlow().build();
      }
      case MAP: {
        TypeRef valueType = ((TypeRef.MapOf) p.type()).values();
        TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class),
            shape.typeNames().of(valueType));
        return code.beginControlFlow("if ($L != null)", value)
            .addStatement("w.startElement($L)", XmlValueCode.nameArgument(placed.name()))
            .beginControlFlow("for ($T entry : $L.entrySet())", entry, value)
            .addStatement("w.element(entry.getKey(), $L)", values.formatNullable(valueType, CodeBlock.of("entry.getValue()")))
            .endControlFlow()
            .addStatement("w.endElement()")
            .endControlFlow()
            .build();
      }
      default:
        if (values.isScalar(p.type())) {
          return code.addStatement("w.element($L, $L)", XmlValueCode.nameArgument(placed.name()),
              values.formatNullable(p.type(), value)).build();
        }
        return code.beginControlFlow("if ($L != null)", value)
            .add(values.writeElement(p.type(), placed.name(), value))
            .endControlFlow()
            .build();
    }
  }
}
