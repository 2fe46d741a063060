package io.armgen.generator.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns spec names into valid ASCII Java identifiers. Rules: words split at non-alphanumerics and
 * case changes; accents are dropped, other non-ASCII letters removed; a leading digit gets a
 * {@code v}/{@code V} prefix; a Java keyword gets {@code Value} (members) or {@code Model} (types)
 * appended; a name left empty becomes {@code value}/{@code Value}/{@code VALUE} ({@code EMPTY}
 * for the empty enum value).
 */
final class JavaNames {
  private JavaNames() {}

  static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_");

  /**
   * Accessor names that would clash with methods every generated model inherits
   * ({@code Object}, {@code JsonModel}).
   */
  static final Set<String> INHERITED_METHODS = Set.of(
      "getClass", "hashCode", "equals", "toString", "clone", "finalize", "notify", "notifyAll",
      "wait", "validate", "toJson", "toJsonString", "fromJson", "readField", "writeFields", "readObject");

  /**
   * java.lang types that generated code names without an import: a model of the same name would
   * shadow them, so such models get {@code Model} appended.
   */
  static final Set<String> JAVA_LANG_TYPES = Set.of(
      "String", "Object", "Integer", "Long", "Boolean", "Double", "Float", "Short", "Byte", "Character",
      "Number", "Void", "Class", "Enum", "Record", "Override", "Deprecated", "SuppressWarnings",
      "FunctionalInterface", "SafeVarargs", "Exception", "RuntimeException", "Error", "Throwable",
      "Iterable", "Comparable", "CharSequence", "Math", "StrictMath", "System", "Thread", "Runtime",
      "Process", "StringBuilder", "Cloneable", "AutoCloseable", "Module", "Package", "ClassLoader",
      "IllegalArgumentException", "IllegalStateException", "UnsupportedOperationException",
      "Runnable", "ThreadLocal", "Appendable", "Readable");

  /** {@code private_endpoint-connection} -> {@code PrivateEndpointConnection}. */
  static String typeName(String raw) {
    String name = pascal(raw);
    if (name.isEmpty()) {
      return "Value";
    }
    if (Character.isDigit(name.charAt(0))) {
      name = "V" + name;
    }
    return KEYWORDS.contains(name) || JAVA_LANG_TYPES.contains(name) ? name + "Model" : name;
  }

  /** {@code Private-Endpoint} -> {@code privateEndpoint}; {@code class} -> {@code classValue}. */
  static String memberName(String raw) {
    List<String> words = words(raw);
    if (words.isEmpty()) {
      return "value";
    }
    StringBuilder sb = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.size(); i++) {
      sb.append(capitalize(words.get(i)));
    }
    String name = sb.toString();
    if (Character.isDigit(name.charAt(0))) {
      name = "v" + capitalize(name);
    }
    return KEYWORDS.contains(name) || INHERITED_METHODS.contains(name) ? name + "Value" : name;
  }

  /** {@code Standard_LRS} -> {@code STANDARD_LRS}, {@code 1.0} -> {@code V1_0}, "" -> {@code EMPTY}. */
  static String constantName(String raw) {
    if (raw.isEmpty()) {
      return "EMPTY";
    }
    List<String> words = words(raw);
    if (words.isEmpty()) {
      return "VALUE";
    }
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    return Character.isDigit(name.charAt(0)) ? "V" + name : name;
  }

  /** Words joined with their first letter upper-cased; the rest of each word kept as written. */
  static String pascal(String raw) {
    StringBuilder sb = new StringBuilder();
    for (String w : words(raw)) {
      sb.append(capitalize(w));
    }
    return sb.toString();
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * Splits at every character that is not an ASCII letter or digit, and inside a run of letters
   * where a lower-case letter is followed by an upper-case one ({@code fooBar}) or an acronym ends
   * ({@code HTTPServer} -> HTTP, Server).
   */
  static List<String> words(String raw) {
    String ascii = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFD);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      boolean alnum = c < 128 && Character.isLetterOrDigit(c);
      if (!alnum) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && Character.isUpperCase(c)) {
        char prev = word.charAt(word.length() - 1);
        // an acronym ends before a capitalised word (HTTPServer), not before a unit suffix (IPv4)
        boolean nextLower = i + 2 < ascii.length() && Character.isLowerCase(ascii.charAt(i + 1))
            && Character.isLowerCase(ascii.charAt(i + 2));
        if (Character.isLowerCase(prev) || Character.isUpperCase(prev) && nextLower) {
          flush(word, words);
        }
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
