package dev.parley.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --name value} pairs of a benchmark program's command line, checked against the names
 * the program takes.
 *
 * <p>An unknown name, a name without its value, a name given twice and a value that is not a number
 * where one is wanted are each an {@link IllegalArgumentException} that says which.
 */
final class Flags {
  private final ImmutableMap<String, String> values;
  private final @Nullable String usage;

  private Flags(ImmutableMap<String, String> values, @Nullable String usage) {
    this.values = values;
    this.usage = usage;
  }

  /** Reads {@code args} as pairs whose names are among {@code names} (each with its "--"). */
  static Flags parse(String[] args, String... names) {
    return new Flags(pairs(args, names), null);
  }

  /**
   * Reads {@code args} as {@link #parse} does, but on a misuse, now or when a value is asked for,
   * prints what is wrong and {@code usage} and exits with status 2.
   */
  static Flags parseOrExit(String usage, String[] args, String... names) {
    try {
      return new Flags(pairs(args, names), usage);
    } catch (IllegalArgumentException e) {
      throw exit(usage, e.getMessage());
    }
  }

  private static ImmutableMap<String, String> pairs(String[] args, String... names) {
    ImmutableSet<String> known = ImmutableSet.copyOf(names);
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      checkArgument(
          known.contains(name),
          "unknown argument %s: expected one of %s",
          name,
          String.join(", ", known));
      checkArgument(i + 1 < args.length, "%s needs a value", name);
      checkArgument(values.put(name, args[i + 1]) == null, "%s is given twice", name);
    }
    return ImmutableMap.copyOf(values);
  }

  /** The value of {@code name}, if it was given. */
  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The path given for {@code name}, if one was. */
  Optional<Path> path(String name) {
    return value(name).map(Paths::get);
  }

  /** The path given for {@code name}; an error names the flag when there is none. */
  Path requiredPath(String name) {
    return path(name).orElseThrow(() -> misuse(name + " DIR is required"));
  }

  /** The whole number given for {@code name}, or {@code otherwise} when none was. */
  long number(String name, long otherwise) {
    String value = values.get(name);
    if (value == null) {
      return otherwise;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw misuse(name + " " + value + ": not a whole number");
    }
  }

  private IllegalArgumentException misuse(String message) {
    if (usage == null) {
      return new IllegalArgumentException(message);
    }
    throw exit(usage, message);
  }

  private static IllegalStateException exit(String usage, @Nullable String message) {
    System.err.println(message);
    System.err.println("usage: " + usage);
    System.exit(2);
    return new IllegalStateException("not reached: the program has exited");
  }
}
