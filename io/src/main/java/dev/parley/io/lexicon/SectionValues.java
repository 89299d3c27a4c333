package dev.parley.io.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.parley.io.InputParseException;
import dev.parley.io.lexicon.LexiconText.Element;
import dev.parley.io.lexicon.LexiconText.Field;
import dev.parley.io.lexicon.LexiconText.Section;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Typed access to the values of one checked section, with errors at the value's position. */
final class SectionValues {
  /** Deeper nesting of groups in a pattern is refused, to bound the work of compiling it. */
  static final int MAX_PATTERN_NESTING = 64;

  final String source;
  final Section section;

  SectionValues(String source, Section section) {
    this.source = source;
    this.section = section;
  }

  String id() {
    return section.id;
  }

  String single(String key) {
    return section.fields.get(key).value;
  }

  Optional<String> optional(String key) {
    Field f = section.fields.get(key);
    return f == null ? Optional.empty() : Optional.of(f.value);
  }

  List<Element> list(String key) {
    Field f = section.fields.get(key);
    return f == null ? List.of() : LexiconText.list(source, f);
  }

  ImmutableList<String> texts(String key) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Element e : list(key)) {
      b.add(e.text);
    }
    return b.build();
  }

  <E extends Enum<E>> E enumValue(
      String key, String what, Class<E> type, Function<String, Optional<E>> parse) {
    Field f = section.fields.get(key);
    return parse
        .apply(f.value)
        .orElseThrow(
            () ->
                error(
                    f.line,
                    f.valueColumn,
                    "unknown " + what + " '" + f.value + "'; expected one of: " + all(type)));
  }

  private static <E extends Enum<E>> String all(Class<E> type) {
    return type == Plover.class ? String.join(", ", ploverWords()) : Words.all(type);
  }

  private static List<String> ploverWords() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Plover p : Plover.values()) {
      b.add(p.word());
    }
    return b.build();
  }

  LocalDate date(String key) {
    Field f = section.fields.get(key);
    if (f.value.length() != 10) {
      throw error(
          f.line, f.valueColumn, "bad date '" + f.value + "'; expected an ISO date yyyy-MM-dd");
    }
    try {
      return LocalDate.parse(f.value);
    } catch (DateTimeParseException e) {
      throw error(
          f.line, f.valueColumn, "bad date '" + f.value + "'; expected an ISO date yyyy-MM-dd");
    }
  }

  /** Checks that a single reference names one of {@code known}. */
  String reference(String key, Set<String> known, String what) {
    Field f = section.fields.get(key);
    checkReference(f.value, f.line, f.valueColumn, known, what);
    return f.value;
  }

  /** Checks that every element of a list names one of {@code known}. */
  ImmutableList<String> references(String key, Set<String> known, String what) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Element e : list(key)) {
      checkReference(e.text, e.line, e.column, known, what);
      b.add(e.text);
    }
    return b.build();
  }

  private void checkReference(String ref, int line, int column, Set<String> known, String what) {
    if (!known.contains(ref)) {
      throw error(
          line,
          column,
          "unknown "
              + what
              + " '"
              + ref
              + "' in "
              + section.label()
              + "; expected the id of "
              + withArticle(what)
              + " defined in this file");
    }
  }

  /** The kind of a section with its indefinite article: "a party", "an item". */
  private static String withArticle(String what) {
    return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
  }

  /** Reads a {@code re2:} pattern, compiling it with RE2/J; returns the expression. */
  Optional<String> pattern() {
    Field f = section.fields.get("pattern");
    if (f == null) {
      return Optional.empty();
    }
    if (!f.value.startsWith("re2:")) {
      throw error(
          f.line, f.valueColumn, "expected 're2:' followed by a regular expression (RE2 syntax)");
    }
    String regex = f.value.substring(4).strip();
    int column = f.valueColumn + 4;
    if (regex.isEmpty()) {
      throw error(f.line, column, "empty regular expression after 're2:'");
    }
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      if (regex.charAt(i) == '(' && (i == 0 || regex.charAt(i - 1) != '\\')) {
        depth++;
        if (depth > MAX_PATTERN_NESTING) {
          throw error(
              f.line,
              column + i,
              "regular expression nests groups deeper than " + MAX_PATTERN_NESTING);
        }
      } else if (regex.charAt(i) == ')' && depth > 0) {
        depth--;
      }
    }
    try {
      if (Pattern.compile(regex).matcher("").matches()) {
        throw error(f.line, column, "regular expression matches the empty string; expected text");
      }
    } catch (PatternSyntaxException e) {
      throw error(f.line, column, "bad regular expression: " + e.getDescription());
    } catch (RuntimeException e) {
      if (e instanceof InputParseException) {
        throw e;
      }
      throw error(f.line, column, "bad regular expression: " + e);
    }
    return Optional.of(regex);
  }

  InputParseException error(int line, int column, String problem) {
    return new InputParseException(source, line, column, problem);
  }

  Field field(String key) {
    return section.fields.get(key);
  }
}
