package dev.parley.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.google.common.base.Joiner;
import com.google.common.collect.Multimap;
import dev.parley.io.InputParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Jackson throws while reading into an {@link InputParseException} that a user can act
 * on: the place in the file, the path to the value, what was found and what was expected.
 */
final class JsonErrors {
  /** The message of an Immutables builder that was not given every required attribute. */
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");

  /** Jackson's own mention of a place, which the exception's line and column already give. */
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\s*\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");

  private JsonErrors() {}

  /**
   * Describes {@code e}, thrown while reading {@code text} from {@code source}.
   *
   * @param factory makes the parser used to find, in {@code text}, the element a whole-record check
   *     speaks of
   */
  static InputParseException translate(
      String source, String text, JsonProcessingException e, JsonFactory factory) {
    if (e instanceof JsonMappingException && e.getCause() instanceof StreamReadException cause) {
      return translate(source, text, cause, factory);
    }
    JsonLocation location = e.getLocation();
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Trailing token")) {
      return at(source, location, "unexpected content after the end of the JSON value", e);
    }
    if (e instanceof InvalidValueException invalid) {
      return invalidValue(source, text, invalid, factory);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known =
          unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      JsonLocation value =
          unknown.getProcessor() instanceof JsonParser parser
              ? parser.currentTokenLocation()
              : location;
      return at(
          source,
          fieldNameBefore(text, value, true),
          String.format(
              "unknown field \"%s\" in %s%s; expected one of %s",
              unknown.getPropertyName(),
              typeName(unknown.getReferringClass()),
              where(pathOfParent(unknown)),
              Joiner.on(", ").join(known)),
          e);
    }
    if (e instanceof InvalidNullException invalidNull) {
      Class<?> target = invalidNull.getTargetType();
      return at(
          source,
          location,
          String.format(
              "null is not allowed%s%s",
              where(path(invalidNull)),
              target == null || target == Object.class ? "" : "; expected " + expected(target)),
          e);
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return mismatch(source, mismatch, e);
    }
    if (e instanceof JsonMappingException mapping) {
      return at(source, location, clean(mapping.getOriginalMessage()) + where(path(mapping)), e);
    }
    String message = clean(e.getOriginalMessage());
    if (message.startsWith("Duplicate field")) {
      return at(
          source,
          fieldNameBefore(text, location, false),
          "duplicate field " + message.substring(16).trim(),
          e);
    }
    return at(source, location, "malformed JSON: " + message, e);
  }

  private static InputParseException invalidValue(
      String source, String text, InvalidValueException e, JsonFactory factory) {
    String path = path(e);
    String type = typeName(e.valueType());
    Matcher missing = MISSING.matcher(e.problem());
    if (missing.matches()) {
      List<String> fields =
          Arrays.stream(missing.group(2).split(", ", -1)).map(f -> '"' + f + '"').toList();
      String noun = fields.size() == 1 ? "field " : "fields ";
      return at(
          source,
          e.getLocation(),
          "missing required " + noun + Joiner.on(", ").join(fields) + " in " + type + where(path),
          e);
    }
    JsonLocation location = e.getLocation();
    if (path.isEmpty()) {
      location = ElementLocator.index(factory, text).locate(e.problem()).orElse(location);
    }
    return at(source, location, "invalid " + type + where(path) + ": " + e.problem(), e);
  }

  private static InputParseException mismatch(
      String source, MismatchedInputException e, Throwable cause) {
    Class<?> target = e.getTargetType();
    String path = where(path(e));
    JsonToken found = foundToken(e);
    if (target.isEnum()) {
      String allowed = Joiner.on(", ").join(target.getEnumConstants());
      if (e instanceof InvalidFormatException format && format.getValue() instanceof String) {
        return at(
            source,
            e.getLocation(),
            String.format(
                "unknown %s \"%s\"%s; expected one of %s",
                target.getSimpleName(), format.getValue(), path, allowed),
            cause);
      }
      return at(
          source,
          e.getLocation(),
          String.format("found %s%s; expected one of %s", describe(found, e), path, allowed),
          cause);
    }
    if (Temporal.class.isAssignableFrom(target)
        && e instanceof InvalidFormatException format
        && format.getValue() instanceof String) {
      return at(
          source,
          e.getLocation(),
          String.format(
              "invalid date \"%s\"%s; expected %s", format.getValue(), path, expected(target)),
          cause);
    }
    return at(
        source,
        e.getLocation(),
        String.format("found %s%s; expected %s", describe(found, e), path, expected(target)),
        cause);
  }

  /**
   * Where the field name starts whose closing quote stands just before {@code after} (or, when
   * {@code valueFollows}, just before the colon before {@code after}); Jackson reports unknown and
   * duplicate fields past their names. Falls back to {@code after}.
   */
  private static JsonLocation fieldNameBefore(
      String text, JsonLocation after, boolean valueFollows) {
    long offset = after.getCharOffset();
    if (offset <= 0 || offset > text.length()) {
      return after;
    }
    int i = (int) offset - 1;
    if (valueFollows) {
      i = skipSpaceBack(text, i);
      if (i < 0 || text.charAt(i) != ':') {
        return after;
      }
      i--;
    }
    i = skipSpaceBack(text, i);
    if (i < 0 || text.charAt(i) != '"') {
      return after;
    }
    for (i = i - 1; i >= 0; i--) {
      if (text.charAt(i) == '"' && !escaped(text, i)) {
        return locationOf(text, i);
      }
    }
    return after;
  }

  private static int skipSpaceBack(String text, int from) {
    int i = from;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  private static boolean escaped(String text, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static JsonLocation locationOf(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new JsonLocation(ContentReference.unknown(), -1, offset, line, offset - lineStart + 1);
  }

  private static JsonToken foundToken(JsonMappingException e) {
    if (e.getProcessor() instanceof JsonParser parser) {
      return parser.currentToken();
    }
    return null;
  }

  /** What was found, in words. */
  private static String describe(JsonToken token, JsonMappingException e) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
      case END_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a number with a fraction";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "something else (" + clean(e.getOriginalMessage()) + ")";
    }
  }

  /** What a value of {@code type} looks like in JSON. */
  static String expected(Class<?> type) {
    if (type == String.class || type == char.class || type == Character.class) {
      return "a string";
    }
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class
        || type == byte.class
        || type == Byte.class
        || type == BigInteger.class
        || type == OptionalInt.class
        || type == OptionalLong.class) {
      return "an integer";
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class
        || type == BigDecimal.class
        || type == OptionalDouble.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of " + Joiner.on(", ").join(type.getEnumConstants());
    }
    if (type == LocalDate.class) {
      return "a date written yyyy-mm-dd, such as \"2021-12-17\"";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO date or time as a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || Multimap.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "an object (" + typeName(type) + ")";
  }

  /**
   * The name a user knows a value type by: {@code Party} for {@code ImmutableParty} and for its
   * nested {@code Json} and {@code Builder} classes.
   */
  static String typeName(Class<?> type) {
    Class<?> named = type;
    if (named.getEnclosingClass() != null
        && (named.getSimpleName().equals("Json") || named.getSimpleName().equals("Builder"))) {
      named = named.getEnclosingClass();
    }
    String simple = named.getSimpleName();
    if (simple.startsWith("Immutable")) {
      String abstractName = simple.substring("Immutable".length());
      for (Class<?> supertype : named.getInterfaces()) {
        if (supertype.getSimpleName().equals(abstractName)) {
          return abstractName;
        }
      }
      if (named.getSuperclass() != null
          && named.getSuperclass().getSimpleName().equals(abstractName)) {
        return abstractName;
      }
    }
    return simple;
  }

  /** The path from the top of the document, such as {@code communications[2].stances[0].kind}. */
  static String path(JsonMappingException e) {
    return path(e.getPath());
  }

  private static String pathOfParent(JsonMappingException e) {
    List<JsonMappingException.Reference> references = e.getPath();
    return references.isEmpty() ? "" : path(references.subList(0, references.size() - 1));
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String where(String path) {
    return path.isEmpty() ? "" : " at " + path;
  }

  private static String clean(String message) {
    if (message == null) {
      return "unreadable input";
    }
    String cleaned = JACKSON_LOCATION.matcher(message).replaceAll(" (line $1, column $2)");
    int newline = cleaned.indexOf('\n');
    return (newline < 0 ? cleaned : cleaned.substring(0, newline)).trim();
  }

  private static InputParseException at(
      String source, JsonLocation location, String problem, Throwable cause) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = line == 0 ? 0 : Math.max(0, location.getColumnNr());
    return new InputParseException(source, line, column, problem, cause);
  }
}
