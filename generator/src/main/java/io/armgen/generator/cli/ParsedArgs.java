package io.armgen.generator.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subcommand's arguments, parsed against its options. Accepts {@code --name value},
 * {@code --name=value}, {@code -o value}, flags ({@code --strict}, or {@code --strict=false} to
 * override a settings file), and {@code --} to end the options; everything else is a positional
 * argument. Hand-written rather than a CLI library because the library's
 * reflective start-up was a third of a small run's wall time (see BENCHMARKS.md).
 */
final class ParsedArgs {
  private final Map<String, List<String>> values;
  private final Map<String, String> defaults;
  private final List<String> positionals;

  private ParsedArgs(Map<String, List<String>> values, Map<String, String> defaults, List<String> positionals) {
    this.values = values;
    this.defaults = defaults;
    this.positionals = positionals;
  }

  /** Parses {@code args} for a command with these options. */
  static ParsedArgs parse(List<CliOption> options, List<String> args) throws UsageException {
    Map<String, CliOption> byName = new HashMap<>();
    for (CliOption option : options) {
      for (String name : option.names()) {
        byName.put(name, option);
      }
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        positionals.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        positionals.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      boolean inlineValue = eq > 0 && arg.startsWith("--");
      String name = inlineValue ? arg.substring(0, eq) : arg;
      CliOption option = byName.get(name);
      if (option == null) {
        throw new UsageException("Unknown option: '" + name + "'");
      }
      List<String> seen = values.computeIfAbsent(option.key(), k -> new ArrayList<>());
      if (!seen.isEmpty() && !option.repeatable()) {
        throw new UsageException("option '" + option.key() + "' should be specified only once");
      }
      if (option.isFlag()) {
        String value = inlineValue ? arg.substring(eq + 1) : "true";
        if (!value.equals("true") && !value.equals("false")) {
          throw new UsageException("option '" + name + "' takes no value, or =true or =false");
        }
        seen.add(value);
      } else if (inlineValue) {
        seen.add(arg.substring(eq + 1));
      } else if (i + 1 < args.size()) {
        seen.add(args.get(++i));
      } else {
        throw new UsageException("Missing required parameter for option '" + name + "' (" + option.label() + ")");
      }
    }
    Map<String, String> defaults = new HashMap<>();
    for (CliOption option : options) {
      if (option.defaultValue() != null) {
        defaults.put(option.key(), option.defaultValue());
      }
    }
    return new ParsedArgs(values, defaults, positionals);
  }

  /** Whether a flag was given (and not as {@code =false}). */
  boolean flag(String key) {
    return Boolean.TRUE.equals(flagValue(key));
  }

  /** A flag's value: null when not given, else true or false ({@code --flag=false}). */
  Boolean flagValue(String key) {
    List<String> v = values.get(key);
    return v == null ? null : Boolean.valueOf(v.get(v.size() - 1));
  }

  /** Whether the option was given on the command line (rather than left at its default). */
  boolean given(String key) {
    return values.containsKey(key);
  }

  /** An option's value (its default when absent), or null. */
  String value(String key) {
    List<String> v = values.get(key);
    return v == null ? defaults.get(key) : v.get(v.size() - 1);
  }

  /** Every value of a repeatable option, in order. */
  List<String> values(String key) {
    return values.getOrDefault(key, List.of());
  }

  /** The arguments that are not options. */
  List<String> positionals() {
    return positionals;
  }
}
