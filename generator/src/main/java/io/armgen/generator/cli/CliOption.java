package io.armgen.generator.cli;

import java.util.List;

/**
 * One command-line option: its names, and for an option that takes a value, the value's label.
 *
 * @param names the spellings, e.g. {@code -o} and {@code --output}; the last one is the canonical name
 * @param label the value's placeholder in the help (e.g. {@code DIR}); null for a flag
 * @param description one line of help
 * @param defaultValue the value when the option is absent; null for none
 * @param repeatable whether the option may be given more than once (its values are collected)
 */
record CliOption(List<String> names, String label, String description, String defaultValue, boolean repeatable) {
  CliOption {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an option needs a name");
    }
  }

  /** A flag: present or not. */
  static CliOption flag(String description, String... names) {
    return new CliOption(List.of(names), null, description, null, false);
  }

  /** An option with a value, given at most once. */
  static CliOption value(String label, String defaultValue, String description, String... names) {
    return new CliOption(List.of(names), label, description, defaultValue, false);
  }

  /** An option with a value that may be given several times. */
  static CliOption repeatable(String label, String description, String... names) {
    return new CliOption(List.of(names), label, description, null, true);
  }

  boolean isFlag() {
    return label == null;
  }

  /** The long name, the key its values are found under. */
  String key() {
    return names.get(names.size() - 1);
  }
}
