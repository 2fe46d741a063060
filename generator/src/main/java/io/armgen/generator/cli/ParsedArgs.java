package io.armgen.generator.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subcommand's arguments, parsed against its options. Accepts {@code --name value},
 * {@code --name=value}, {@code -o value}, flags, and {@code --} to end the options; everything
 * else is a positional argument. Hand-written rather than a CLI library because the library's
 * reflective start-up was a third of a small run's wall time (see BENCHMARKS.md).
 */
final class ParsedArgs {
  private final Map<String, List<String>> values;
  private final List<String> positionals;

  private ParsedArgs(Map<String, List<String>> values, List<String> positionals) {
    this.values = values;
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
        if (inlineValue) {
          throw new UsageException("option '" + name + "' takes no value");
        }
        seen.add("true");
      } else if (inlineValue) {
        seen.add(arg.substring(eq + 1));
      } else if (i + 1 < args.size()) {
        seen.add(args.get(++i));
      } else {
        throw new UsageException("Missing required parameter for option '" + name + "' (" + option.label() + ")");
      }
    }
    for (CliOption option : options) {
      if (option.defaultValue() != null) {
        values.putIfAbsent(option.key(), List.of(option.defaultValue()));
      }
    }
    return new ParsedArgs(values, positionals);
  }

  /** Whether a flag was given. */
  boolean flag(String key) {
    return values.containsKey(key);
  }

  /** An option's value (its default when absent), or null. */
  String value(String key) {
    List<String> v = values.get(key);
    return v == null ? null : v.get(v.size() - 1);
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
