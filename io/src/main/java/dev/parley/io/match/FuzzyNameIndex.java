package dev.parley.io.match;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableListMultimap;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
  /** How many looked-up words the index remembers; it forgets them all when it has more. */
  static final int CACHE_SIZE = 8192;

  /** A name as {@link NameSimilarity#distance} compares it, with its skeleton, and its value. */
  private record Name<T>(String key, String compared, String skeleton, T value) {}

  private final ImmutableListMultimap<Character, Name<T>> byInitial;
  private final ConcurrentHashMap<String, Optional<T>> cache = new ConcurrentHashMap<>();

  private FuzzyNameIndex(ImmutableListMultimap<Character, Name<T>> byInitial) {
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
    Optional<T> known = cache.get(w);
    if (known != null) {
      return known;
    }
    Optional<T> found = closest(w);
    if (cache.size() >= CACHE_SIZE) {
      cache.clear();
    }
    cache.put(w, found);
    return found;
  }

  /**
   * What {@link NameSimilarity#distance} finds closest to {@code w} among the names of its initial.
   * Names whose length differs by more than 3 are similar neither by edit distance (at most 2) nor
   * by skeleton (lengths within 3), so they are skipped; the word's skeleton is made once.
   */
  private Optional<T> closest(String w) {
    String a = Tokenizer.fold(w).toLowerCase(Locale.ROOT);
    String skeleton = null;
    int best = Integer.MAX_VALUE;
    T found = null;
    boolean ambiguous = false;
    for (Name<T> e : byInitial.get(w.charAt(0))) {
      String b = e.compared();
      if (e.key().equals(w)
          || Math.abs(a.length() - b.length()) > 3
          || a.length() < NameSimilarity.MIN_LENGTH
          || b.length() < NameSimilarity.MIN_LENGTH
          || a.charAt(0) != b.charAt(0)) {
        continue;
      }
      int d = NameSimilarity.editDistanceWithin(a, b);
      if (d < 0) {
        if (skeleton == null) {
          skeleton = NameSimilarity.skeleton(a);
        }
        d = skeleton.length() >= 4 && skeleton.equals(e.skeleton()) ? 3 : -1;
      }
      if (d < 0) {
        continue;
      }
      if (d < best) {
        best = d;
        found = e.value();
        ambiguous = false;
      } else if (d == best && !e.value().equals(found)) {
        ambiguous = true;
      }
    }
    return ambiguous ? Optional.empty() : Optional.ofNullable(found);
  }

  /** Collects names. */
  public static final class Builder<T> {
    private final ImmutableListMultimap.Builder<Character, Name<T>> names =
        ImmutableListMultimap.builder();

    private Builder() {}

    /** Adds a one-word name; names shorter than {@link NameSimilarity#MIN_LENGTH} are ignored. */
    public Builder<T> add(String name, T value) {
      checkNotNull(value, "value");
      String n = Tokenizer.fold(name).toLowerCase(Locale.ROOT);
      if (n.length() >= NameSimilarity.MIN_LENGTH) {
        String compared = Tokenizer.fold(n).toLowerCase(Locale.ROOT);
        names.put(n.charAt(0), new Name<>(n, compared, NameSimilarity.skeleton(compared), value));
      }
      return this;
    }

    /** Builds the index. */
    public FuzzyNameIndex<T> build() {
      return new FuzzyNameIndex<>(names.build());
    }
  }
}
