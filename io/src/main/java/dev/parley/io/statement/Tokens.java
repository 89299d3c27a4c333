package dev.parley.io.statement;

import com.google.common.base.Ascii;
import dev.parley.io.match.SpelledWords;
import dev.parley.io.match.Spelling;
import dev.parley.io.match.WordKeys;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The words and punctuation of a sentence, with their offsets in the article text.
 *
 * <p>The sentence is split into tokens only when a token is first asked for: many sentences are
 * only tested for a word ({@link #mayHoldAny}, one read of the text for all word sets) and never
 * split. A word's text and lower-case form come from a memo shared by all sentences, so a frequent
 * word is neither copied nor lower-cased again, and its strings keep their hash codes for the word
 * sets they are looked up in.
 *
 * <p>A sentence's tokens may be given the words the lexicon's scan of the same sentence spelt
 * ({@link SpelledWords}): a word whose bounds the two scans agree on (most words of a news text)
 * takes its spelling from there, looked up once for both, and the word tests read the words' traits
 * instead of the sentence's chars ({@link WordSetCensus#read(SpelledWords, WordSetCensus.Keys)}).
 */
final class Tokens {
  /**
   * One word or punctuation mark, with its lower-case form, whether it is a personal pronoun
   * ({@link English#PRONOUNS}) and the number of its lower-case form among the words of the word
   * sets ({@link WordNumbers#of}, by which a {@link WordSet} looks it up), worked out once for each
   * spelling. Whether it is a word is kept with the token, so that tests of it read no string. The
   * three are kept in one int, {@code wordAndNumber}: ask them of {@link #word}, {@link #pronoun}
   * and {@link #number}.
   */
  record Token(String text, int start, int end, String lower, int wordAndNumber) {
    private static final int WORD = 1;
    private static final int PRONOUN = 2;
    private static final int NUMBER_SHIFT = 2;

    /**
     * A token of the given traits, kept in one int ({@code wordAndNumber}: the number shifted left
     * by two, beside a bit for a word and one for a pronoun), so that a token takes 32 bytes of
     * heap rather than 40.
     */
    Token(
        String text, int start, int end, String lower, boolean word, boolean pronoun, int number) {
      this(
          text,
          start,
          end,
          lower,
          number << NUMBER_SHIFT | (word ? WORD : 0) | (pronoun ? PRONOUN : 0));
    }

    /** Whether the token is a word (it begins with a letter or digit), not a mark. */
    boolean word() {
      return (wordAndNumber & WORD) != 0;
    }

    /** Whether the token is a word (it begins with a letter or digit), not a mark. */
    boolean isWord() {
      return (wordAndNumber & WORD) != 0;
    }

    /** Whether the token is a personal pronoun ({@link English#PRONOUNS}). */
    boolean pronoun() {
      return (wordAndNumber & PRONOUN) != 0;
    }

    /** The number of the token's lower-case form ({@link WordNumbers#of}). */
    int number() {
      return wordAndNumber >> NUMBER_SHIFT;
    }

    boolean isCapitalised() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  /**
   * One thread's memo of the spellings of words: each slot's word as written and in lower case
   * (ASCII capitals made small), and whether it is a pronoun, beside the slot's key. The last slot
   * holds no key: it gives back the spellings of a word too long to be remembered.
   */
  private static final class Spellings {
    private static final int SLOTS = 1 << 14;
    private final WordKeys keys = new WordKeys(SLOTS, 20);
    private final String[] texts = new String[SLOTS + 1];
    private final String[] lowers = new String[SLOTS + 1];
    private final boolean[] pronouns = new boolean[SLOTS + 1];
    private final int[] numbers = new int[SLOTS + 1];

    /**
     * The slot that holds the spellings of the word {@code text[start, end)}, its number as of
     * {@code numbering}.
     */
    int of(String text, int start, int end, WordNumbers numbering) {
      int found = keys.find(text, start, end, 0);
      if (found >= 0) {
        if (numbers[found] < 0 && -1 - numbers[found] < numbering.size()) {
          // Looked up before the last words were numbered: it may be one of them.
          numbers[found] = numbering.of(lowers[found]);
        }
        return found;
      }
      int slot = found == WordKeys.TOO_LONG ? SLOTS : -1 - found;
      if (slot < SLOTS) {
        keys.put(slot, text, start, end, 0);
      }
      String word = text.substring(start, end);
      texts[slot] = word;
      lowers[slot] = Ascii.toLowerCase(word);
      pronouns[slot] = English.PRONOUNS.contains(lowers[slot]);
      numbers[slot] = numbering.of(lowers[slot]);
      return slot;
    }
  }

  /** The one-char strings of ASCII punctuation, shared by all tokens of them. */
  private static final String[] ASCII_MARKS = asciiMarks();

  /**
   * The spellings of words, shared by all sentences a thread reads: news prose repeats a few
   * thousand words.
   */
  private static final ThreadLocal<Spellings> SPELLINGS = ThreadLocal.withInitial(Spellings::new);

  /** The tokens in text order, in the first {@link #count} elements; null until split. */
  private Token @Nullable [] tokens;

  private int count;

  /** Each token's end, in the first {@link #count} elements: the binary search reads no token. */
  private int[] ends = NO_ENDS;

  private static final int[] NO_ENDS = new int[0];

  /** Which word sets the text may hold ({@link WordSetCensus#read}), once {@link #censusRead}. */
  private long census;

  /** How many sets the census knows for sure, if read from words; 0 if read from the chars. */
  private int censusKnows;

  private boolean censusRead;

  private final String text;
  private final int start;
  private final int end;

  /**
   * The words a scan of the span spelt with {@link #spelt} traits, {@link #firstWord} (inclusive)
   * to {@link #endWord} (exclusive) of them; null if none.
   */
  private final @Nullable SpelledWords words;

  private final int firstWord;
  private final int endWord;

  /** Whether the spelt words cover the span's runs of letters, as the scan told. */
  private final boolean wordsCoverLetters;

  /** The traits the words were spelt with, or null. */
  private final WordSetCensus.@Nullable Keys spelt;

  private Tokens(
      String text,
      int start,
      int end,
      @Nullable SpelledWords words,
      int firstWord,
      int endWord,
      boolean wordsCoverLetters,
      WordSetCensus.@Nullable Keys spelt) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.words = words;
    this.firstWord = firstWord;
    this.endWord = endWord;
    this.wordsCoverLetters = wordsCoverLetters;
    this.spelt = spelt;
  }

  /** The tokens of {@code text[start, end)}, split when first asked for. */
  static Tokens of(String text, int start, int end) {
    return new Tokens(text, start, end, null, 0, 0, false, null);
  }

  /**
   * The tokens of {@code text[start, end)}, split when first asked for, whose words are taken where
   * their bounds agree from those a scan of the same span spelt with {@code traits}: {@code
   * firstWord} (inclusive) to {@code endWord} (exclusive) of {@code words}. {@code coversLetters}
   * as the scan told ({@link dev.parley.io.lexicon.CompiledLexicon#forEachMatch(String, int, int,
   * dev.parley.io.lexicon.MatchSink, dev.parley.io.match.WordTraits, SpelledWords)}).
   */
  static Tokens of(
      String text,
      int start,
      int end,
      SpelledWords words,
      int firstWord,
      int endWord,
      boolean coversLetters,
      WordSetCensus.Keys traits) {
    return new Tokens(text, start, end, words, firstWord, endWord, coversLetters, traits);
  }

  /** Whether the spelt words cover the span's runs of letters, as the scan told. */
  boolean wordsCoverLetters() {
    return wordsCoverLetters;
  }

  /** The traits the words were spelt with, or null if the tokens were given no spelt words. */
  WordSetCensus.@Nullable Keys spelt() {
    return spelt;
  }

  private Token[] tokens() {
    Token[] split = tokens;
    if (split == null) {
      split = split();
      tokens = split;
    }
    return split;
  }

  /** Splits the text into tokens, kept in an array of which the first {@link #count} are used. */
  private Token[] split() {
    // About one token in five chars of prose: room enough that the array seldom grows.
    Token[] tokens = new Token[(end - start) / 4 + 4];
    int n = 0;
    Spellings spellings = null;
    WordNumbers numbering = null;
    SpelledWords spelled = words;
    int nextSpelled = firstWord;
    int lastSpelled = endWord;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        if (spelled != null) {
          while (nextSpelled < lastSpelled && spelled.start(nextSpelled) < i) {
            nextSpelled++;
          }
        }
        int j = i + 1;
        if (spelled != null && nextSpelled < lastSpelled && spelled.start(nextSpelled) == i) {
          // A spelt word of letters and digits alone is all word parts: read on from its end.
          Spelling s = spelled.spelling(nextSpelled);
          if (s.isLettersOrDigits() && i + s.length() <= end) {
            j = i + s.length();
          }
        }
        while (j < end && isWordPart(text, j, end)) {
          j++;
        }
        if (n == tokens.length) {
          tokens = Arrays.copyOf(tokens, n * 2);
        }
        if (spelled != null
            && nextSpelled < lastSpelled
            && spelled.start(nextSpelled) == i
            && spelled.end(nextSpelled) == j) {
          Spelling s = spelled.spelling(nextSpelled);
          long traits = s.traits();
          boolean pronoun = (traits & WordSetCensus.PRONOUN) != 0;
          tokens[n++] =
              new Token(s.text(), i, j, s.lower(), true, pronoun, WordSetCensus.numberOf(traits));
        } else {
          if (spellings == null) {
            spellings = SPELLINGS.get();
          }
          if (numbering == null) {
            numbering = WordSetCensus.traits().numbers();
          }
          int word = spellings.of(text, i, j, numbering);
          tokens[n++] =
              new Token(
                  spellings.texts[word],
                  i,
                  j,
                  spellings.lowers[word],
                  true,
                  spellings.pronouns[word],
                  spellings.numbers[word]);
        }
        i = j;
      } else {
        // Not a letter, so not an ASCII capital: the mark is its own lower case.
        String mark = c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
        if (n == tokens.length) {
          tokens = Arrays.copyOf(tokens, n * 2);
        }
        if (numbering == null) {
          numbering = WordSetCensus.traits().numbers();
        }
        tokens[n++] = new Token(mark, i, i + 1, mark, false, false, numbering.ofChar(c));
        i++;
      }
    }
    count = n;
    int[] tokenEnds = new int[n];
    for (int k = 0; k < n; k++) {
      tokenEnds[k] = tokens[k].end();
    }
    ends = tokenEnds;
    return tokens;
  }

  private static String[] asciiMarks() {
    String[] marks = new String[128];
    for (char c = 0; c < marks.length; c++) {
      marks[c] = String.valueOf(c);
    }
    return marks;
  }

  private static boolean isWordPart(String text, int j, int end) {
    char c = text.charAt(j);
    if (Character.isLetterOrDigit(c) || c == '-') {
      return true;
    }
    boolean apostrophe = c == '\'' || c == '\u2019';
    return apostrophe && j + 1 < end && Character.isLetter(text.charAt(j + 1));
  }

  /**
   * Whether the text the tokens were read from, ASCII capitals made small, holds one of {@code
   * words}: false tells that no token's lower-case form is, or holds, one of them.
   */
  boolean mayHoldAny(FoldedWords words) {
    return words.inAsciiFolded(census(), censusKnows, text, start, end);
  }

  /** Whether the text the tokens were read from, in lower case, holds one of {@code words}. */
  boolean mayHoldAnyInLowerCase(FoldedWords words) {
    return words.inLowerCase(census(), censusKnows, text, start, end);
  }

  /**
   * Whether the text the tokens were read from holds {@code word} with its case ignored: false
   * tells that no token's lower-case form is, or holds, it. For words too short for {@link
   * #mayHoldAny}.
   */
  boolean mayHoldIgnoringCase(String word) {
    char first = word.charAt(0);
    for (int i = start; i + word.length() <= end; i++) {
      char c = text.charAt(i);
      // Only chars beyond ASCII may match an ASCII char ignoring case without folding to it.
      boolean mayBegin = c >= 128 || Ascii.toLowerCase(c) == Ascii.toLowerCase(first);
      if (mayBegin && text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The census's reading of the text: one read tells which word sets it cannot hold. Read from the
   * words the lexicon's scan spelt when they cover the text's letters, else from its chars.
   */
  private long census() {
    if (!censusRead) {
      SpelledWords spelled = words;
      WordSetCensus.Keys traits = spelt;
      if (spelled != null && traits != null && wordsCoverLetters) {
        census = WordSetCensus.read(spelled, firstWord, endWord, traits);
        censusKnows = traits.sets();
      } else {
        census = WordSetCensus.read(text, start, end);
      }
      censusRead = true;
    }
    return census;
  }

  /** The index of the first token starting at or after {@code offset}; size() if none. */
  int indexAt(int offset) {
    // Tokens are in text order and do not overlap, so their ends increase: search for the first
    // end after the offset.
    tokens();
    int[] tokenEnds = ends;
    int low = 0;
    int high = count;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokenEnds[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** The index of the last token ending at or before {@code offset}; -1 if none. */
  int indexBefore(int offset) {
    return indexAt(offset) - 1;
  }

  int size() {
    tokens();
    return count;
  }

  Token get(int i) {
    Token[] tokens = tokens();
    return tokens[Objects.checkIndex(i, count)];
  }
}
