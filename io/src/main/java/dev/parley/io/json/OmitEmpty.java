package dev.parley.io.json;

import com.google.common.collect.Multimap;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The property filter that leaves out of written JSON what reading puts back anyway: null, an empty
 * optional and an empty collection or map.
 *
 * <p>Strings are always written, even when empty, because an empty string may be a required value.
 * Jackson calls {@link #equals} with each property value; {@code true} means "leave it out".
 */
final class OmitEmpty {
  @Override
  public boolean equals(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof Optional<?> optional) {
      return optional.isEmpty();
    }
    if (value instanceof OptionalInt optional) {
      return optional.isEmpty();
    }
    if (value instanceof OptionalLong optional) {
      return optional.isEmpty();
    }
    if (value instanceof OptionalDouble optional) {
      return optional.isEmpty();
    }
    if (value instanceof Collection<?> collection) {
      return collection.isEmpty();
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty();
    }
    if (value instanceof Multimap<?, ?> multimap) {
      return multimap.isEmpty();
    }
    return false;
  }

  @Override
  public int hashCode() {
    return OmitEmpty.class.hashCode();
  }
}
