package dev.parley.io.match;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableListMultimap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Proper names (single words) with what they stand for, looked up by {@link NameSimilarity}: the
 * fallback for a capitalised word that matched no phrase.
 *
 * <p>A lookup returns the value of the closest name; when names of different values are equally
 * close the word is ambiguous and nothing is returned.
 *
 * @param <T> what names stand for
 */
public final class FuzzyNameIndex<T> {
  private final ImmutableListMultimap<Character, Map.Entry<String, T>> byInitial;

  private FuzzyNameIndex(ImmutableListMultimap<Character, Map.Entry<String, T>> byInitial) {
    this.byInitial = byInitial;
  }

  /** Starts an empty builder. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The value of the name {@code word} most likely garbles, if exactly one is closest. */
  public Optional<T> lookup(String word) {
    String w = Tokenizer.fold(word).toLowerCase(Locale.ROOT);
    if (w.length() < NameSimilarity.MIN_LENGTH) {
      return Optional.empty();
    }
    int best = Integer.MAX_VALUE;
    T found = null;
    boolean ambiguous = false;
    for (Map.Entry<String, T> e : byInitial.get(w.charAt(0))) {
      if (e.getKey().equals(w)) {
        continue;
      }
      int d = NameSimilarity.distance(w, e.getKey());
      if (d < 0) {
        continue;
      }
      if (d < best) {
        best = d;
        found = e.getValue();
        ambiguous = false;
      } else if (d == best && !e.getValue().equals(found)) {
        ambiguous = true;
      }
    }
    return ambiguous ? Optional.empty() : Optional.ofNullable(found);
  }

  /** Collects names. */
  public static final class Builder<T> {
    private final ImmutableListMultimap.Builder<Character, Map.Entry<String, T>> names =
        ImmutableListMultimap.builder();

    private Builder() {}

    /** Adds a one-word name; names shorter than {@link NameSimilarity#MIN_LENGTH} are ignored. */
    public Builder<T> add(String name, T value) {
      checkNotNull(value, "value");
      String n = Tokenizer.fold(name).toLowerCase(Locale.ROOT);
      if (n.length() >= NameSimilarity.MIN_LENGTH) {
        names.put(n.charAt(0), Map.entry(n, value));
      }
      return this;
    }

    /** Builds the index. */
    public FuzzyNameIndex<T> build() {
      return new FuzzyNameIndex<>(names.build());
    }
  }
}
