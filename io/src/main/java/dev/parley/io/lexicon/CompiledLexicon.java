package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.parley.io.match.FuzzyNameIndex;
import dev.parley.io.match.PhraseMatcher;
import dev.parley.io.match.SpelledWords;
import dev.parley.io.match.Token;
import dev.parley.io.match.Tokenizer;
import dev.parley.io.match.WordTraits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A generic and a case lexicon compiled into one matcher that finds every entry they know in a
 * text, in one pass over its tokens.
 *
 * <p><b>Parties.</b> A generic state or organisation is tied to a case party when their ids are
 * equal, or else when the case party's name or one of its names equals (after normalisation) the
 * generic entry's name or one of its names. All the generic entry's phrases (names, capitals,
 * seats, adjectives) then match as that case party. A generic entry tied to no case party still
 * matches, under its own id; {@link #party(String)} knows both.
 *
 * <p><b>Garbled names.</b> A capitalised word of at least five letters that is covered by no party,
 * actor, item or document match, and is neither a word of any lexicon phrase nor one of the generic
 * lexicon's common words, is compared with the one-word names of actors (their surname and one-word
 * aliases) and parties by {@link dev.parley.io.match.NameSimilarity}; a unique closest name gives a
 * {@link LexiconMatch#fuzzy() fuzzy} match.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CompiledLexicon {
  private record Target(MatchKind kind, String id) {}

  private record PatternTarget(Target target, String regex) {}

  /** The order of targets of mentions with equal start and end: by kind, then by id. */
  private static final Comparator<Target> BY_TARGET =
      Comparator.comparing(Target::kind).thenComparing(Target::id);

  private final GenericLexicon generic;
  private final CaseLexicon caseLexicon;
  private final ImmutableMap<String, PartyEntry> parties;
  private final ImmutableMap<String, String> genericToCase;
  private final PhraseMatcher<Target> matcher;
  private final LoosePhrases<Target> loose;
  private final PatternSet patterns;
  private final Target[] patternTargets;
  private final FuzzyNameIndex<Target> fuzzy;
  private final ImmutableSet<String> vocabulary;
  private final ImmutableSet<String> commonWords;
  private final ImmutableMap<String, ActorEntry> actorsById;
  private final ImmutableMap<String, ItemEntry> itemsById;
  private final ImmutableMap<String, ActEntry> actsById;
  private final WordSymbols<Target> words;
  private final ThreadLocal<Scan> scans = ThreadLocal.withInitial(Scan::new);

  private CompiledLexicon(GenericLexicon generic, CaseLexicon caseLexicon) {
    this.generic = generic;
    this.caseLexicon = caseLexicon;
    PhraseMatcher.Builder<Target> phrases = PhraseMatcher.builder();
    List<PatternTarget> regexes = new ArrayList<>();
    FuzzyNameIndex.Builder<Target> names = FuzzyNameIndex.builder();
    Set<String> words = new HashSet<>();
    this.commonWords = ImmutableSet.copyOf(generic.commonWords());

    Map<String, PartyEntry> allParties = new LinkedHashMap<>();
    for (PartyEntry p : caseLexicon.parties()) {
      allParties.put(p.id(), p);
    }
    Map<String, String> tie = new LinkedHashMap<>();
    for (PartyEntry g : generic.parties()) {
      String target = tiedCaseParty(g, caseLexicon).orElse(g.id());
      tie.put(g.id(), target);
      allParties.putIfAbsent(target, g);
    }
    this.parties = ImmutableMap.copyOf(allParties);
    this.genericToCase = ImmutableMap.copyOf(tie);

    Map<PartyEntry, String> partySources = new LinkedHashMap<>();
    caseLexicon.parties().forEach(p -> partySources.put(p, p.id()));
    generic.parties().forEach(g -> partySources.putIfAbsent(g, tie.get(g.id())));
    Map<List<String>, String> caseNames = caseSpeakerNames(caseLexicon);
    Set<PartyEntry> caseParties = new HashSet<>(caseLexicon.parties());
    for (Map.Entry<PartyEntry, String> e : partySources.entrySet()) {
      Target t = new Target(MatchKind.PARTY, e.getValue());
      boolean fromGeneric = !caseParties.contains(e.getKey());
      for (String phrase : partyPhrases(e.getKey())) {
        if (fromGeneric && holdsOthersName(phrase, e.getValue(), caseNames)) {
          continue; // "the White House" when the case has a party of its own named "White House"
        }
        add(phrases, words, phrase, t);
        if (isOneName(phrase)) {
          names.add(phrase, t);
        }
      }
    }
    for (ActorEntry a : caseLexicon.actors()) {
      Target t = new Target(MatchKind.ACTOR, a.id());
      add(phrases, words, a.name(), t);
      a.names().forEach(n -> add(phrases, words, n, t));
      List<String> nameWords = Tokenizer.tokenize(a.name()).stream().map(Token::text).toList();
      if (!nameWords.isEmpty()) {
        addName(names, nameWords.get(nameWords.size() - 1), t);
      }
      for (String n : a.names()) {
        if (isOneName(n)) {
          addName(names, n, t);
        }
      }
    }
    Map<String, List<Target>> itemPhrases = new LinkedHashMap<>();
    for (ItemEntry i : caseLexicon.items()) {
      Target t = new Target(MatchKind.ITEM, i.id());
      i.phrases().forEach(p -> add(phrases, words, p, t));
      i.phrases().forEach(p -> itemPhrases.computeIfAbsent(p, k -> new ArrayList<>()).add(t));
      i.pattern().ifPresent(p -> regexes.add(new PatternTarget(t, p)));
    }
    for (DocumentEntry d : caseLexicon.documents()) {
      Target t = new Target(MatchKind.DOCUMENT, d.id());
      d.names().forEach(n -> add(phrases, words, n, t));
    }
    for (ActEntry a : generic.acts()) {
      Target t = new Target(MatchKind.ACT, a.id());
      a.phrases().forEach(p -> add(phrases, words, p, t));
      a.pattern().ifPresent(p -> regexes.add(new PatternTarget(t, p)));
    }
    for (CueEntry c : generic.cues()) {
      Target t = new Target(c.kind(), c.id());
      c.phrases().forEach(p -> add(phrases, words, p, t));
      c.pattern().ifPresent(p -> regexes.add(new PatternTarget(t, p)));
    }
    this.matcher = phrases.build();
    this.loose = LoosePhrases.of(itemPhrases, matcher::symbolOf);
    this.patterns = PatternSet.of(regexes.stream().map(PatternTarget::regex).toList());
    this.patternTargets = regexes.stream().map(PatternTarget::target).toArray(Target[]::new);
    this.fuzzy = names.build();
    this.vocabulary = ImmutableSet.copyOf(words);
    this.actorsById = byId(caseLexicon.actors(), ActorEntry::id);
    this.itemsById = byId(caseLexicon.items(), ItemEntry::id);
    this.actsById = byId(generic.acts(), ActEntry::id);
    this.words =
        new WordSymbols<>(
            new WordSymbols.Describer<Target>() {
              @Override
              public int symbolOf(String normalised) {
                return matcher.symbolOf(normalised);
              }

              @Override
              public boolean mayBeName(String text, String normalised) {
                return mayBeGarbledName(text, normalised);
              }

              @Override
              public @Nullable Target nameOf(String text) {
                return fuzzy.lookup(text).orElse(null);
              }
            },
            vocabulary);
  }

  /** Entries by id; the first of two with one id wins, as the lexicons' own lookups do. */
  private static <E> ImmutableMap<String, E> byId(List<E> entries, Function<E, String> id) {
    Map<String, E> out = new LinkedHashMap<>();
    for (E e : entries) {
      out.putIfAbsent(id.apply(e), e);
    }
    return ImmutableMap.copyOf(out);
  }

  /** Compiles a generic and a case lexicon. */
  public static CompiledLexicon of(GenericLexicon generic, CaseLexicon caseLexicon) {
    return new CompiledLexicon(checkNotNull(generic), checkNotNull(caseLexicon));
  }

  /** The generic lexicon compiled in. */
  public GenericLexicon generic() {
    return generic;
  }

  /** The case lexicon compiled in. */
  public CaseLexicon caseLexicon() {
    return caseLexicon;
  }

  /**
   * The tokens of {@code text} from {@code start} to {@code end}, as {@link #match} numbers them.
   */
  public ImmutableList<Token> tokens(String text, int start, int end) {
    return Tokenizer.tokenize(text, start, end);
  }

  /**
   * Every mention of a lexicon entry in {@code text} from {@code start} to {@code end}: overlapping
   * matches included, ordered by start, longer first, then by kind and id.
   */
  public ImmutableList<LexiconMatch> match(String text, int start, int end) {
    Scan scan = scan();
    try {
      FoundMentions<Target> found = scan.find(text, start, end, words.emptySpan(null));
      LexiconMatch[] out = new LexiconMatch[found.count()];
      for (int k = 0; k < out.length; k++) {
        int i = found.sorted(k);
        Target t = found.target(i);
        out[k] =
            LexiconMatch.builder()
                .kind(t.kind())
                .entryId(t.id())
                .start(found.start(i))
                .end(found.end(i))
                .firstToken(found.first(i))
                .lastToken(found.last(i))
                .fuzzy(found.fuzzy(i))
                .matchedText(text.substring(found.start(i), found.end(i)))
                .build();
      }
      return ImmutableList.copyOf(out);
    } finally {
      scan.done();
    }
  }

  /**
   * Gives {@code sink} the kind, entry and char range of every mention {@link #match} finds in
   * {@code text} from {@code start} to {@code end}, in the same order, without making a {@link
   * LexiconMatch} of each: for a caller that needs no more of them.
   */
  public void forEachMatch(String text, int start, int end, MatchSink sink) {
    checkNotNull(sink, "sink");
    Scan scan = scan();
    try {
      give(scan.find(text, start, end, words.emptySpan(null)), sink);
    } finally {
      scan.done();
    }
  }

  /**
   * As {@link #forEachMatch(String, int, int, MatchSink)}, and adds to {@code spelt} the words and
   * numbers of the span as its scan read them, in text order, each spelt with {@code traits} in the
   * same lookup that found its symbol: a reader of the same span takes its words from there instead
   * of looking them up again. Gives whether every run of four or more ASCII letters of the span
   * lies inside one of the words added (a clitic's one or two letters may lie outside them; the
   * head of a negated auxiliary, "could" of "couldn't", is no word added).
   */
  public boolean forEachMatch(
      String text, int start, int end, MatchSink sink, WordTraits traits, SpelledWords spelt) {
    checkNotNull(sink, "sink");
    checkNotNull(spelt, "spelt");
    ScannedSpan<Target> tokens = words.emptySpan(checkNotNull(traits, "traits"));
    Scan scan = scan();
    try {
      give(scan.find(text, start, end, tokens), sink);
    } finally {
      scan.done();
    }
    return tokens.addSpelledWords(spelt);
  }

  private static void give(FoundMentions<Target> found, MatchSink sink) {
    for (int k = 0; k < found.count(); k++) {
      int i = found.sorted(k);
      Target t = found.target(i);
      sink.found(t.kind(), t.id(), found.start(i), found.end(i));
    }
  }

  /**
   * The calling thread's scan, or a new one if the thread's is in use (a sink that scans again): to
   * be {@link Scan#done done} with once its mentions are read.
   */
  private Scan scan() {
    Scan scan = scans.get();
    if (scan.busy) {
      scan = new Scan();
    }
    scan.busy = true;
    return scan;
  }

  /**
   * One thread's search for the mentions of one span at a time, kept from span to span with the
   * mentions it finds, so that neither a record of each mention nor a callback is made for a span.
   */
  private final class Scan
      implements PhraseMatcher.Hits<Target>, PatternSet.Found, LoosePhrases.Sink<Target> {
    private final FoundMentions<Target> found = new FoundMentions<>(BY_TARGET);
    private boolean[] named = new boolean[KEPT_TOKENS];
    private @Nullable ScannedSpan<Target> tokens;
    private int exact;
    boolean busy;

    /**
     * The mentions {@link #match} gives, {@link FoundMentions#sort sorted}; {@code tokens} is the
     * calling thread's span, empty, which the scan fills.
     */
    FoundMentions<Target> find(String text, int start, int end, ScannedSpan<Target> tokens) {
      checkNotNull(text, "text");
      checkPositionIndexes(start, end, text.length());
      this.tokens = tokens;
      found.clear();
      Tokenizer.scan(text, start, end, tokens);
      matcher.find(tokens.symbols(), tokens.count(), this);
      if (patterns.size() > 0 && tokens.count() > 0) {
        patterns.find(text, start, end, this);
      }
      if (!loose.isEmpty()) {
        exact = found.count();
        loose.find(text, tokens, this);
      }
      int count = tokens.count();
      if (named.length < count || named.length > KEPT_TOKENS) {
        named = new boolean[Math.max(count, KEPT_TOKENS)];
      }
      boolean anyNamed = false;
      for (int m = 0; m < found.count(); m++) {
        MatchKind kind = found.target(m).kind();
        if (kind == MatchKind.PARTY
            || kind == MatchKind.ACTOR
            || kind == MatchKind.ITEM
            || kind == MatchKind.DOCUMENT) {
          Arrays.fill(named, found.first(m), found.last(m) + 1, true);
          anyNamed = true;
        }
      }
      for (int i = 0; i < count; i++) {
        Target name = tokens.name(i);
        if (name != null && !named[i]) {
          found.add(name, tokens.start(i), tokens.end(i), i, i, true);
        }
      }
      if (anyNamed) {
        Arrays.fill(named, 0, count, false);
      }
      found.sort();
      return found;
    }

    /** Lets the scan's mentions go, for its next span. */
    void done() {
      tokens = null;
      busy = false;
    }

    /** A phrase of the matcher over tokens {@code first} to {@code last}. */
    @Override
    public void hit(Target target, int first, int last) {
      ScannedSpan<Target> span = checkNotNull(tokens);
      found.add(target, span.start(first), span.end(last), first, last, false);
    }

    /** A match of pattern {@code k}, widened to the tokens it touches. */
    @Override
    public void found(int k, int s, int e) {
      if (e <= s) {
        return;
      }
      ScannedSpan<Target> span = checkNotNull(tokens);
      int first = firstTokenEndingAfter(span, s);
      if (first >= span.count() || span.start(first) >= e) {
        return;
      }
      int last = first;
      while (last + 1 < span.count() && span.start(last + 1) < e) {
        last++;
      }
      found.add(
          patternTargets[k],
          Math.min(s, span.start(first)),
          Math.max(e, span.end(last)),
          first,
          last,
          false);
    }

    /**
     * An item phrase found only loosely ({@link LoosePhrases}), added marked fuzzy unless an item
     * phrase as written overlaps it without lying inside it, or a match already found names the
     * same item there.
     */
    @Override
    public void found(Target target, int first, int last) {
      for (int k = 0; k < found.count(); k++) {
        MatchKind kind = found.target(k).kind();
        boolean overlaps = found.first(k) <= last && found.last(k) >= first;
        boolean inside = found.first(k) >= first && found.last(k) <= last;
        if (overlaps && (kind == MatchKind.ACT || kind == MatchKind.REPORTING)) {
          return; // "ready to talk of a coalition": the act is no word of the item's name
        }
        if (kind == MatchKind.ITEM
            && overlaps
            && (found.target(k).id().equals(target.id()) || (k < exact && !inside))) {
          return;
        }
      }
      ScannedSpan<Target> span = checkNotNull(tokens);
      found.add(target, span.start(first), span.end(last), first, last, true);
    }
  }

  /** Room for this many tokens' marks is kept between spans. */
  private static final int KEPT_TOKENS = 1 << 10;

  /** A party by id: a case party, or a generic state or organisation tied to none. */
  public Optional<PartyEntry> party(String id) {
    return Optional.ofNullable(parties.get(checkNotNull(id)));
  }

  /** The id a generic state or organisation resolves to: its case party's id, or its own. */
  public Optional<String> partyIdOf(String genericId) {
    return Optional.ofNullable(genericToCase.get(checkNotNull(genericId)));
  }

  /** An actor by id. */
  public Optional<ActorEntry> actor(String id) {
    return Optional.ofNullable(actorsById.get(checkNotNull(id)));
  }

  /** An item by id. */
  public Optional<ItemEntry> item(String id) {
    return Optional.ofNullable(itemsById.get(checkNotNull(id)));
  }

  /** A package by id. */
  public Optional<PackageEntry> packageEntry(String id) {
    return caseLexicon.packageEntry(checkNotNull(id));
  }

  /** A document by id. */
  public Optional<DocumentEntry> document(String id) {
    return caseLexicon.document(checkNotNull(id));
  }

  /** An act by id, with its CAMEO and PLOVER codes. */
  public Optional<ActEntry> act(String id) {
    return Optional.ofNullable(actsById.get(checkNotNull(id)));
  }

  /**
   * Whether a word, as written and normalised, may be a garbled name: capitalised, five letters or
   * more, and neither a word of a lexicon phrase nor a common word.
   */
  private boolean mayBeGarbledName(String text, String normalised) {
    return Character.isUpperCase(text.codePointAt(0))
        && text.length() >= 5
        && allLetters(text)
        && !vocabulary.contains(normalised)
        && !commonWords.contains(normalised)
        && !commonWords.contains(text.toLowerCase(Locale.ROOT));
  }

  private static boolean allLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int firstTokenEndingAfter(ScannedSpan<Target> tokens, int offset) {
    int lo = 0;
    int hi = tokens.count();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.end(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void add(
      PhraseMatcher.Builder<Target> phrases, Set<String> words, String phrase, Target t) {
    List<String> norm = Tokenizer.normalisedTokens(phrase);
    if (!norm.isEmpty()) {
      phrases.add(norm, t);
      words.addAll(norm);
    }
  }

  private void addName(FuzzyNameIndex.Builder<Target> names, String name, Target t) {
    if (Character.isUpperCase(name.codePointAt(0))
        && !commonWords.contains(name.toLowerCase(Locale.ROOT))) {
      names.add(name, t);
    }
  }

  private static boolean isOneName(String phrase) {
    List<Token> tokens = Tokenizer.tokenize(phrase);
    return tokens.size() == 1
        && tokens.get(0).capitalised()
        && tokens.get(0).text().chars().allMatch(Character::isLetter);
  }

  /** The normalised names of the case's parties and actors, each with the party it stands for. */
  private static Map<List<String>, String> caseSpeakerNames(CaseLexicon c) {
    Map<List<String>, String> names = new HashMap<>();
    for (PartyEntry p : c.parties()) {
      for (String phrase : partyPhrases(p)) {
        names.putIfAbsent(Tokenizer.normalisedTokens(phrase), p.id());
      }
    }
    for (ActorEntry a : c.actors()) {
      names.putIfAbsent(Tokenizer.normalisedTokens(a.name()), a.party());
      a.names().forEach(n -> names.putIfAbsent(Tokenizer.normalisedTokens(n), a.party()));
    }
    names.remove(List.<String>of());
    return names;
  }

  /**
   * Whether a generic party's phrase holds, as a run of its words, a name the case lexicon gives a
   * speaker of another party: the case knows better who "the White House" is.
   */
  private static boolean holdsOthersName(
      String phrase, String party, Map<List<String>, String> caseNames) {
    List<String> words = Tokenizer.normalisedTokens(phrase);
    for (int from = 0; from < words.size(); from++) {
      for (int to = from + 1; to <= words.size(); to++) {
        String owner = caseNames.get(words.subList(from, to));
        if (owner != null && !owner.equals(party)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> partyPhrases(PartyEntry p) {
    List<String> out = new ArrayList<>();
    out.add(p.name());
    out.addAll(p.names());
    out.addAll(p.capitals());
    out.addAll(p.seats());
    out.addAll(p.adjectives());
    return out;
  }

  private static Optional<String> tiedCaseParty(PartyEntry g, CaseLexicon c) {
    if (c.party(g.id()).isPresent()) {
      return Optional.of(g.id());
    }
    Set<List<String>> genericNames = new HashSet<>();
    genericNames.add(Tokenizer.normalisedTokens(g.name()));
    g.names().forEach(n -> genericNames.add(Tokenizer.normalisedTokens(n)));
    for (PartyEntry p : c.parties()) {
      if (genericNames.contains(Tokenizer.normalisedTokens(p.name()))) {
        return Optional.of(p.id());
      }
    }
    for (PartyEntry p : c.parties()) {
      for (String n : p.names()) {
        if (genericNames.contains(Tokenizer.normalisedTokens(n))) {
          return Optional.of(p.id());
        }
      }
    }
    return Optional.empty();
  }
}
