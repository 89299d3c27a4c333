package dev.parley.io.lexicon;

import dev.parley.io.InputParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The syntax shared by every lexicon file: comments, blank lines, section headers {@code [kind id]}
 * and {@code key = value} lines. It knows nothing of which kinds and keys exist; a {@link Schema}
 * does.
 */
final class LexiconText {
  private LexiconText() {}

  /** A section header and the fields under it, with their positions. */
  static final class Section {
    final String kind;
    final String id;
    final int line;
    final int kindColumn;
    final int idColumn;
    final Map<String, Field> fields = new LinkedHashMap<>();

    Section(String kind, String id, int line, int kindColumn, int idColumn) {
      this.kind = kind;
      this.id = id;
      this.line = line;
      this.kindColumn = kindColumn;
      this.idColumn = idColumn;
    }

    String label() {
      return id == null ? "[" + kind + "]" : "[" + kind + " " + id + "]";
    }
  }

  /** One {@code key = value} line. */
  static final class Field {
    final String key;
    final String value;
    final int line;
    final int keyColumn;
    final int valueColumn;

    Field(String key, String value, int line, int keyColumn, int valueColumn) {
      this.key = key;
      this.value = value;
      this.line = line;
      this.keyColumn = keyColumn;
      this.valueColumn = valueColumn;
    }
  }

  /** One element of a {@code |}-separated list value, with its column. */
  static final class Element {
    final String text;
    final int line;
    final int column;

    Element(String text, int line, int column) {
      this.text = text;
      this.line = line;
      this.column = column;
    }
  }

  /** Reads all of {@code reader}; an I/O failure is reported as an {@link UncheckedIOException}. */
  static String readAll(Reader reader) {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
        b.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  /** Parses the sections of {@code text}, reporting syntax errors against {@code source}. */
  static List<Section> parse(String source, String text) {
    List<Section> sections = new ArrayList<>();
    Section current = null;
    int lineNo = 0;
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    while (pos <= text.length()) {
      int eol = pos;
      while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      String line = text.substring(pos, eol);
      lineNo++;
      if (eol < text.length()
          && text.charAt(eol) == '\r'
          && eol + 1 < text.length()
          && text.charAt(eol + 1) == '\n') {
        eol++;
      }
      pos = eol + 1;
      if (eol >= text.length() && line.isEmpty()) {
        break;
      }
      Section s = parseLine(source, line, lineNo, current);
      if (s != null) {
        sections.add(s);
        current = s;
      }
    }
    return sections;
  }

  private static Section parseLine(String source, String line, int lineNo, Section current) {
    int p = skipSpace(line, 0);
    if (p == line.length() || line.charAt(p) == '#') {
      return null;
    }
    if (line.charAt(p) == '[') {
      return header(source, line, lineNo, p);
    }
    int eq = line.indexOf('=', p);
    if (eq < 0) {
      throw new InputParseException(
          source,
          lineNo,
          p + 1,
          "expected 'key = value', a section header '[kind id]', a '#' comment or a blank line");
    }
    String key = line.substring(p, eq).strip();
    if (key.isEmpty()) {
      throw new InputParseException(source, lineNo, p + 1, "missing key before '='");
    }
    if (!isKey(key)) {
      throw new InputParseException(
          source,
          lineNo,
          p + 1,
          "bad key '" + key + "'; expected lower-case letters, digits and '-'");
    }
    if (current == null) {
      throw new InputParseException(
          source,
          lineNo,
          p + 1,
          "key '" + key + "' outside any section; expected a section header '[kind id]' first");
    }
    Field previous = current.fields.get(key);
    if (previous != null) {
      throw new InputParseException(
          source,
          lineNo,
          p + 1,
          "duplicate key '"
              + key
              + "' in "
              + current.label()
              + "; first given at line "
              + previous.line);
    }
    int v = skipSpace(line, eq + 1);
    String value = line.substring(v).strip();
    if (value.isEmpty()) {
      throw new InputParseException(
          source, lineNo, eq + 2, "empty value for '" + key + "'; expected a value after '='");
    }
    current.fields.put(key, new Field(key, value, lineNo, p + 1, v + 1));
    return null;
  }

  private static Section header(String source, String line, int lineNo, int p) {
    int close = line.indexOf(']', p);
    if (close < 0) {
      throw new InputParseException(
          source, lineNo, line.length() + 1, "expected ']' to close the section header");
    }
    int after = skipSpace(line, close + 1);
    if (after < line.length() && line.charAt(after) != '#') {
      throw new InputParseException(
          source, lineNo, after + 1, "unexpected text after ']'; expected the end of the line");
    }
    int k = skipSpace(line, p + 1);
    int kEnd = skipWord(line, k, close);
    if (kEnd == k) {
      throw new InputParseException(
          source, lineNo, k + 1, "empty section header; expected '[kind id]' or '[kind]'");
    }
    int i = skipSpace(line, kEnd);
    if (i > close) {
      i = close;
    }
    int iEnd = skipWord(line, i, close);
    int rest = skipSpace(line, iEnd);
    if (rest < close) {
      throw new InputParseException(
          source, lineNo, rest + 1, "unexpected text in section header; expected '[kind id]'");
    }
    String kind = line.substring(k, kEnd);
    String id = iEnd > i ? line.substring(i, iEnd) : null;
    return new Section(kind, id, lineNo, k + 1, id == null ? 0 : i + 1);
  }

  /** Splits a list value on {@code |}, trimming elements; an empty element is an error. */
  static List<Element> list(String source, Field f) {
    List<Element> out = new ArrayList<>();
    int start = 0;
    String v = f.value;
    while (true) {
      int bar = v.indexOf('|', start);
      int end = bar < 0 ? v.length() : bar;
      int s = skipSpace(v, start);
      String text = v.substring(Math.min(s, end), end).strip();
      if (text.isEmpty()) {
        throw new InputParseException(
            source,
            f.line,
            f.valueColumn + Math.min(s, end),
            "empty element in the list of '" + f.key + "'; expected text between '|'");
      }
      out.add(new Element(text, f.line, f.valueColumn + s));
      if (bar < 0) {
        return out;
      }
      start = bar + 1;
    }
  }

  private static boolean isKey(String key) {
    if (key.charAt(0) < 'a' || key.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int skipWord(String s, int i, int limit) {
    while (i < limit && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
      i++;
    }
    return i;
  }
}
