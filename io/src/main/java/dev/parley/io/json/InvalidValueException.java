package dev.parley.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Signals that a JSON object was well-formed but the value type refused it: a required field was
 * missing or an invariant did not hold. It carries the location where the object starts, and the
 * path to it is added as the exception travels out through the enclosing objects.
 */
final class InvalidValueException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final Class<?> valueType;
  private final String problem;

  InvalidValueException(
      JsonParser parser, JsonLocation start, Class<?> valueType, String problem, Throwable cause) {
    super(parser, problem, cause);
    _location = start;
    this.valueType = valueType;
    this.problem = problem;
  }

  /** The class that refused the object, such as {@code ImmutableParty}. */
  Class<?> valueType() {
    return valueType;
  }

  /** What the value type said was wrong. */
  String problem() {
    return problem;
  }
}
