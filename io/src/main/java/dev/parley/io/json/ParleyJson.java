package dev.parley.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.io.CharStreams;
import dev.parley.io.InputParseException;
import dev.parley.record.NegotiationRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Writes parley values as JSON and reads them back: a {@link NegotiationRecord}, any part of one,
 * and any other value type that follows the project's conventions (Immutables with
 * {@code @JsonSerialize}/{@code @JsonDeserialize}), such as articles, statements and analysis
 * results. No type needs code of its own here.
 *
 * <p>The format, described in {@code docs/json.md}:
 *
 * <ul>
 *   <li>UTF-8 text, indented by two spaces, one field or array element per line, ending with a
 *       newline; fields in the order the value type declares them, map entries sorted by key. The
 *       same value is always written the same way.
 *   <li>Dates are strings {@code yyyy-mm-dd}.
 *   <li>An absent optional, an empty list or set and an empty map are left out; reading puts them
 *       back, so reading what was written gives back an equal value. Strings are written even when
 *       empty.
 *   <li>Reading is strict: an unknown field, a duplicate field, {@code null} (except for an
 *       optional field, where it means absent), a value of the wrong type (no number where a string
 *       is expected, no string where a number is), an enum constant by number, a date that is not
 *       {@code yyyy-mm-dd} and anything after the value are all errors.
 * </ul>
 *
 * <p>Every problem with the input is reported as an {@link InputParseException} naming the source,
 * the line and column, the path to the value (such as {@code communications[2].stances[0].kind})
 * and what was expected; a failed whole-record check is placed at the element whose id its message
 * names first. Failing to read or write a file is an {@link UncheckedIOException}.
 *
 * <p>An instance is immutable and safe to share between threads.
 */
public final class ParleyJson {
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  private ParleyJson(ObjectMapper mapper) {
    this.mapper = mapper;
    this.writer = mapper.writer(prettyPrinter());
  }

  /** Creates a reader and writer configured for parley's JSON format. */
  public static ParleyJson create() {
    return new ParleyJson(configuredMapper());
  }

  private static ObjectMapper configuredMapper() {
    SimpleModule parley = new SimpleModule("parley");
    parley.setDeserializerModifier(new ParleyDeserializers());
    // A set is read in the order written, so that writing it again gives the same text.
    parley.addAbstractTypeMapping(Set.class, LinkedHashSet.class);
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new GuavaModule())
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(parley)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.CUSTOM, JsonInclude.Include.ALWAYS, OmitEmpty.class, null))
            .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
            .build();
    for (Class<?> optional :
        new Class<?>[] {
          Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class
        }) {
      mapper
          .configOverride(optional)
          .setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SET, Nulls.FAIL));
    }
    for (CoercionInputShape scalar :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
    }
    mapper
        .configOverride(java.time.LocalDate.class)
        .setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false));
    return mapper;
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Writes {@code value} as JSON text ending with a newline.
   *
   * @throws IllegalArgumentException if the value is not of a type Jackson can write
   */
  public String write(Object value) {
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  /** Writes {@code value} as JSON text ending with a newline to {@code out}, leaving it open. */
  public void write(Object value, Writer out) {
    checkNotNull(out, "out");
    String text;
    try {
      text = writer.writeValueAsString(checkNotNull(value, "value"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
    }
    try {
      out.write(text);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code value} as UTF-8 JSON text to {@code file}, replacing what was there. */
  public void write(Object value, Path file) {
    String text = write(value);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Reads a value of {@code type} from {@code in}, which is read to the end but not closed.
   *
   * @param source the name of the input, as a user would recognise it, for error messages
   * @throws InputParseException if the text is not JSON for a valid value of {@code type}
   * @throws UncheckedIOException if {@code in} cannot be read
   */
  public <T> T read(String source, Reader in, Class<T> type) {
    checkNotNull(source, "source");
    checkNotNull(type, "type");
    String text;
    try {
      text = CharStreams.toString(checkNotNull(in, "in"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return parse(source, text, type);
  }

  /**
   * Reads a value of {@code type} from the UTF-8 file {@code file}.
   *
   * @throws InputParseException if the file is not UTF-8 JSON for a valid value of {@code type}
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Path file, Class<T> type) {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw InputParseException.wholeFile(source, "not UTF-8 text");
    }
    return parse(source, text, type);
  }

  /**
   * Reads a negotiation record from the UTF-8 file {@code file}; see {@link #read(Path, Class)}.
   */
  public NegotiationRecord readRecord(Path file) {
    return read(file, NegotiationRecord.class);
  }

  /** Reads a negotiation record from {@code in}; see {@link #read(String, Reader, Class)}. */
  public NegotiationRecord readRecord(String source, Reader in) {
    return read(source, in, NegotiationRecord.class);
  }

  /**
   * A copy of the configured mapper, for callers who need more than this class offers (a generic
   * type, a tree, a streaming parser). Changing the copy does not change this instance. Errors from
   * the copy are Jackson's own.
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  private <T> T parse(String source, String text, Class<T> type) {
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (json.isBlank()) {
      throw InputParseException.wholeFile(
          source, "empty input; expected " + JsonErrors.expected(type));
    }
    T value;
    try {
      value = mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw JsonErrors.translate(source, json, e, mapper.getFactory());
    }
    if (value == null) {
      JsonLocation start = firstTokenLocation(json);
      throw new InputParseException(
          source,
          Math.max(0, start.getLineNr()),
          Math.max(0, start.getColumnNr()),
          "found null; expected " + JsonErrors.expected(type));
    }
    return value;
  }

  private JsonLocation firstTokenLocation(String json) {
    try (JsonParser p = mapper.getFactory().createParser(json)) {
      p.nextToken();
      return p.currentTokenLocation();
    } catch (IOException e) {
      return JsonLocation.NA;
    }
  }
}
