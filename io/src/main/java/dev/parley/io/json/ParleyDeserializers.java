package dev.parley.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Adjusts Jackson's deserializers to parley's format.
 *
 * <ul>
 *   <li>Every object deserializer is wrapped so that a value type refusing an object (its builder
 *       or its {@code @Value.Check} throws) is reported at the line and column where the object
 *       starts, rather than where Jackson happened to be when it finished reading it.
 *   <li>A date must be a string: the arrays and numbers Jackson also takes for a date are refused.
 * </ul>
 */
final class ParleyDeserializers extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
    if (deserializer instanceof BeanDeserializerBase) {
      return new Locating(deserializer);
    }
    if (description.getBeanClass() == LocalDate.class) {
      return new TextOnly(deserializer, LocalDate.class);
    }
    return deserializer;
  }

  /** Accepts only a string (or null, which the null rules handle) for its type. */
  private static final class TextOnly extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    private final Class<?> type;

    TextOnly(JsonDeserializer<?> delegate, Class<?> type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new TextOnly(newDelegatee, type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.handleUnexpectedToken(type, p);
      }
      return super.deserialize(p, ctxt);
    }
  }

  /** Remembers where an object starts and rethrows a refusal as {@link InvalidValueException}. */
  private static final class Locating extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Locating(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Locating(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation start = p.currentTokenLocation();
      try {
        return super.deserialize(p, ctxt);
      } catch (ValueInstantiationException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String problem = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        throw new InvalidValueException(p, start, e.getType().getRawClass(), problem, cause);
      }
    }
  }
}
