package dev.parley.io.match;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s with char offsets and gives each a normalised form, in one
 * left-to-right pass.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Words are runs of letters and digits. A hyphen between two of them separates words and is
 *       not a token ({@code open-door} reads as {@code open door}); other dashes are punctuation.
 *   <li>Dotted acronyms ({@code U.S.}, {@code U.N.}) are one word.
 *   <li>Clitics are split off: {@code Russia's} gives {@code russia} and {@code 's}; {@code
 *       allies'} gives {@code ally} and {@code 's}; {@code won't} gives {@code will} and {@code
 *       not}; {@code 'll}, {@code 're}, {@code 've}, {@code 'd}, {@code 'm} become {@code will},
 *       {@code are}, {@code have}, {@code would}, {@code am}. Other inner apostrophes stay in the
 *       word ({@code O'Brien}).
 *   <li>Quotation marks are skipped, so a phrase matches across an opening quote; other punctuation
 *       gives a token of its own, so phrases do not match across commas or stops.
 * </ul>
 *
 * <p>See {@link #normalise(String)} for the normalised form.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** Tokenizes the whole of {@code text}. */
  public static ImmutableList<Token> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokenizes {@code text} from {@code start} (inclusive) to {@code end} (exclusive). */
  public static ImmutableList<Token> tokenize(CharSequence text, int start, int end) {
    checkPositionIndexes(start, end, text.length());
    TokenList out = new TokenList((end - start) / 5 + 4);
    scan(text, start, end, out);
    return ImmutableList.copyOf(out.tokens);
  }

  /**
   * Finds the tokens of {@code text} from {@code start} (inclusive) to {@code end} (exclusive), the
   * same as {@link #tokenize(CharSequence, int, int)} does, and gives each to {@code sink} in text
   * order instead of making {@link Token}s: a caller that needs only some of their normalised forms
   * works out only those.
   */
  public static void scan(CharSequence text, int start, int end, TokenSink sink) {
    checkPositionIndexes(start, end, text.length());
    checkNotNull(sink, "sink");
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (isWordChar(text, i, end)) {
        i = word(text, i, end, sink);
      } else if (isHyphen(c)
          && i > start
          && i + 1 < end
          && isWordChar(text, i - 1, end)
          && isWordChar(text, i + 1, end)) {
        i++;
      } else if (isQuote(c)) {
        i++;
      } else {
        int n = Character.charCount(Character.codePointAt(text, i));
        n = Math.min(n, end - i);
        sink.token(text, i, i + n, TokenKind.PUNCTUATION, punctuation(text, i, n));
        i += n;
      }
    }
  }

  /** Collects {@link Token}s, their word forms from the shared {@link WordForms} memo. */
  private static final class TokenList implements TokenSink {
    private final List<Token> tokens;

    TokenList(int capacity) {
      tokens = new ArrayList<>(capacity);
    }

    @Override
    public void word(CharSequence text, int start, int end, TokenKind kind) {
      if (kind == TokenKind.NUMBER) {
        String raw = text.subSequence(start, end).toString();
        tokens.add(Token.of(raw, raw, start, end, kind));
      } else {
        WordForms.Form form = WordForms.of(text, start, end);
        tokens.add(Token.of(form.text(), form.normalised(), start, end, kind));
      }
    }

    @Override
    public void token(CharSequence text, int start, int end, TokenKind kind, String normalised) {
      tokens.add(Token.of(text.subSequence(start, end).toString(), normalised, start, end, kind));
    }
  }

  /** The normalised forms of the tokens of {@code phrase}, as lexicon phrases are matched. */
  public static ImmutableList<String> normalisedTokens(String phrase) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Token t : tokenize(phrase)) {
      out.add(t.normalised());
    }
    return out.build();
  }

  /**
   * The normalised form of one word: accents folded ({@code é} to {@code e}, {@code ß} to {@code
   * ss}), curly apostrophes straightened, apostrophes and dots removed; then a short acronym (two
   * or three chars, no lower-case letter, such as {@code US}, {@code U.S.}, {@code EU}, {@code G7})
   * keeps its capitals so it never meets an ordinary word ({@code us}); any other word is lower
   * cased and, when made only of letters, {@link Stemmer stemmed}.
   */
  public static String normalise(String word) {
    String folded = fold(word);
    if (folded.isEmpty()) {
      folded = word; // only combining marks, with no letter to fold them into: keep them
    }
    String s = folded;
    if (folded.indexOf('\'') >= 0 || folded.indexOf('.') >= 0) {
      StringBuilder b = new StringBuilder(folded.length());
      for (int i = 0; i < folded.length(); i++) {
        char c = folded.charAt(i);
        if (c != '\'' && c != '.') {
          b.append(c);
        }
      }
      s = b.length() == 0 ? folded : b.toString();
    }
    if (isAcronym(s)) {
      return s;
    }
    return Stemmer.stem(s.toLowerCase(Locale.ROOT));
  }

  /**
   * Folds accents and typographic variants: decomposes, drops combining marks, maps letters with no
   * decomposition ({@code ß}, {@code æ}, {@code œ}, {@code ø}, {@code ł}, {@code đ}, {@code ı}) and
   * curly apostrophes. Case is kept.
   */
  public static String fold(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      plain = s.charAt(i) < 0x80;
    }
    if (plain) {
      return s;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      switch (c) {
        case 'ß' -> b.append("ss");
        case 'æ' -> b.append("ae");
        case 'Æ' -> b.append("AE");
        case 'œ' -> b.append("oe");
        case 'Œ' -> b.append("OE");
        case 'ø' -> b.append('o');
        case 'Ø' -> b.append('O');
        case 'ł' -> b.append('l');
        case 'Ł' -> b.append('L');
        case 'đ' -> b.append('d');
        case 'Đ' -> b.append('D');
        case 'ı' -> b.append('i');
        case '\u2019', '\u2018', '\u02bc', '\u2032', '`' -> b.append('\'');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isAcronym(String s) {
    if (s.length() < 2 || s.length() > 3) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) || Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static int word(CharSequence text, int start, int end, TokenSink sink) {
    int acronymEnd = dottedAcronym(text, start, end);
    if (acronymEnd > start) {
      sink.word(text, start, acronymEnd, TokenKind.WORD);
      return acronymEnd;
    }
    int j = start;
    while (true) {
      j = wordCharsEnd(text, j, end);
      boolean digits = allDigits(text, start, j);
      if (digits
          && j + 1 < end
          && (text.charAt(j) == ',' || text.charAt(j) == '.')
          && isDigit(text.charAt(j + 1))) {
        j++;
        continue;
      }
      if (j >= end || !isApostrophe(text.charAt(j))) {
        sink.word(text, start, j, digits ? TokenKind.NUMBER : TokenKind.WORD);
        return j;
      }
      int k = j + 1;
      int m = k;
      while (m < end && Character.isLetter(text.charAt(m))) {
        m++;
      }
      boolean boundary = m >= end || !isWordChar(text, m, end);
      String suffix = text.subSequence(k, m).toString().toLowerCase(Locale.ROOT);
      if (boundary && suffix.equals("t") && j - start >= 2 && lower(text.charAt(j - 1)) == 'n') {
        String head = text.subSequence(start, j - 1).toString();
        sink.token(text, start, j - 1, TokenKind.WORD, negatedHead(head));
        sink.token(text, j - 1, m, TokenKind.CLITIC, "not");
        return m;
      }
      String clitic = boundary ? clitic(suffix) : null;
      if (clitic != null) {
        sink.word(text, start, j, TokenKind.WORD);
        sink.token(text, j, m, TokenKind.CLITIC, clitic);
        return m;
      }
      if (suffix.isEmpty()) {
        sink.word(text, start, j, TokenKind.WORD);
        if (lower(text.charAt(j - 1)) == 's') {
          sink.token(text, j, j + 1, TokenKind.CLITIC, "'s");
        }
        return j + 1;
      }
      if (!boundary || m == k) {
        j = m;
        continue;
      }
      j = m;
    }
  }

  /** The end of the run of word chars from {@code j}: ASCII letters and digits read inline. */
  private static int wordCharsEnd(CharSequence text, int j, int end) {
    while (j < end) {
      char c = text.charAt(j);
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
          j++;
          continue;
        }
        return j;
      }
      if (!isWordChar(text, j, end)) {
        return j;
      }
      j += Character.charCount(Character.codePointAt(text, j));
    }
    return Math.min(j, end);
  }

  private static String clitic(String suffix) {
    return switch (suffix) {
      case "s" -> "'s";
      case "ll" -> "will";
      case "re" -> "are";
      case "ve" -> "have";
      case "d" -> "would";
      case "m" -> "am";
      default -> null;
    };
  }

  private static String negatedHead(String head) {
    String h = normalise(head);
    return switch (h) {
      case "ca" -> "can";
      case "wo" -> "will";
      case "sha" -> "shall";
      case "ai" -> "is";
      default -> h;
    };
  }

  /** Returns the end of a dotted acronym of two or more letters at start, or start if none. */
  private static int dottedAcronym(CharSequence text, int start, int end) {
    int k = start;
    int letters = 0;
    while (k < end && Character.isUpperCase(text.charAt(k))) {
      if (k + 1 < end && text.charAt(k + 1) == '.') {
        letters++;
        k += 2;
      } else if (letters >= 1 && (k + 1 >= end || !isWordChar(text, k + 1, end))) {
        letters++;
        k += 1;
        break;
      } else {
        break;
      }
    }
    if (letters < 2 || (k < end && isWordChar(text, k, end))) {
      return start;
    }
    return k;
  }

  private static boolean isSpace(char c) {
    if (c < 0x80) {
      return c <= ' ' || c == 0x7f;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  private static boolean isWordChar(CharSequence text, int i, int end) {
    if (i >= end) {
      return false;
    }
    char c = text.charAt(i);
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    int cp = Character.codePointAt(text, i);
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean allDigits(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return end > start;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static char lower(char c) {
    return Character.toLowerCase(c);
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc';
  }

  private static boolean isQuote(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201c'
        || c == '\u201d'
        || c == '\u201e'
        || c == '\u201f'
        || c == '\u2018'
        || c == '\u2019'
        || c == '\u201a'
        || c == '\u00ab'
        || c == '\u00bb'
        || c == '\u2039'
        || c == '\u203a'
        || c == '`';
  }

  /** One-char strings of the ASCII chars, so that a punctuation mark costs no allocation. */
  private static final String[] ASCII_STRINGS = new String[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_STRINGS[c] = String.valueOf(c).intern();
    }
  }

  private static String punctuation(CharSequence text, int start, int length) {
    char c = text.charAt(start);
    if (length == 1 && c < 0x80) {
      return ASCII_STRINGS[c];
    }
    String s = text.subSequence(start, start + length).toString();
    return switch (s) {
      case "\u2013", "\u2014", "\u2012", "\u2015", "\u2212" -> "-";
      case "\u2026" -> "...";
      default -> s;
    };
  }
}
