package io.armgen.generator.normalize;

/** Building JSON pointers (RFC 6901) from keys and indexes. */
final class Pointers {
  private Pointers() {}

  /** {@code parent/token}, with '~' and '/' in the token escaped. */
  static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The unescaped last token, "" for the root pointer. */
  static String lastToken(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
  }

  /** True when the pointer names an entry of the document's top-level {@code section}. */
  static boolean isTopLevelEntry(String pointer, String section) {
    String prefix = "/" + section + "/";
    return pointer.startsWith(prefix) && pointer.indexOf('/', prefix.length()) < 0;
  }
}
