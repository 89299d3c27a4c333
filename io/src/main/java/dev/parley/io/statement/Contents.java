package dev.parley.io.statement;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a sentence tells what a document or proposal contains ("the proposals include X", "a
 * separate proposal concerns X", "among the main points of the draft, the ministry names X"): what
 * it lists is its author's position, not a list of acts.
 */
final class Contents {
  /**
   * A sentence's account of a document's content.
   *
   * @param verb the words that tell the content ("include", "among"), where the statement rests
   * @param nounStart where the noun phrase naming the document starts
   * @param nounEnd where it ends
   * @param contentStart where the content starts: every act cue from here on is part of it
   * @param opensClause whether the document is the subject the sentence opens with, so that no
   *     other subject speaks for it
   */
  record Content(Cue verb, int nounStart, int nounEnd, int contentStart, boolean opensClause) {}

  /** Verbs that tell what a document holds, with their subject the document. */
  static final WordSet CONTENT_VERBS =
      WordSet.of(
          "include",
          "includes",
          "included",
          "concern",
          "concerns",
          "assume",
          "assumes",
          "envisage",
          "envisages",
          "envisaged",
          "envision",
          "envisions",
          "stipulate",
          "stipulates",
          "stipulated",
          "contain",
          "contains",
          "contained",
          "foresee",
          "foresees",
          "imply",
          "implies",
          "involve",
          "involves",
          "list",
          "lists",
          "listed");

  /** Verbs that tell a document's content only with a particle after them ("provides for"). */
  static final WordSet CONTENT_VERBS_WITH_FOR = WordSet.of("provide", "provides", "provided");

  /** Nouns that name a document or a proposal, whose content a sentence may list. */
  static final WordSet DOCUMENT_NOUNS =
      WordSet.of(
          "proposal",
          "proposals",
          "document",
          "documents",
          "draft",
          "drafts",
          "treaty",
          "treaties",
          "text",
          "plan",
          "package",
          "initiative",
          "offer",
          "memorandum",
          "paper",
          "letter",
          "demands");

  /** Nouns for the parts of a document ("among the key points of the proposals"). */
  static final WordSet PART_NOUNS =
      WordSet.of(
          "point",
          "points",
          "provision",
          "provisions",
          "element",
          "elements",
          "clause",
          "clauses",
          "proposals",
          "demands",
          "items",
          "components",
          "ideas");

  private static final WordSet ADVERBS = WordSet.of("also", "further", "still");

  /** The words an account of content needs a token of: its verbs, or "among". */
  private static final FoldedWords OPENING_WORDS =
      new FoldedWords(
          ImmutableSet.<String>builder()
              .addAll(CONTENT_VERBS)
              .addAll(CONTENT_VERBS_WITH_FOR)
              .add("among")
              .build());

  private Contents() {}

  /** The account of a document's content the sentence gives, if any. */
  static Optional<Content> find(Tokens tokens, List<Cue> cues) {
    if (!tokens.mayHoldAny(OPENING_WORDS)) {
      return Optional.empty();
    }
    Optional<Content> among = among(tokens, cues);
    if (among.isPresent()) {
      return among;
    }
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i).lower();
      int contentFrom;
      if (CONTENT_VERBS.contains(tokens.get(i))) {
        contentFrom = i + 1;
      } else if (CONTENT_VERBS_WITH_FOR.contains(tokens.get(i))
          && i + 1 < tokens.size()
          && tokens.get(i + 1).lower().equals("for")) {
        contentFrom = i + 2;
      } else {
        continue;
      }
      int head = i - 1;
      while (head >= 0 && (ADVERBS.contains(tokens.get(head)) || isLyAdverb(tokens, head))) {
        head--;
      }
      if (head < 0 || !namesDocument(tokens, cues, head)) {
        continue;
      }
      int start = nounPhraseStart(tokens, cues, head);
      if (start > 0 && !opensClauseAt(tokens, cues, start)) {
        continue;
      }
      Tokens.Token verb = tokens.get(i);
      int contentStart = contentFrom < tokens.size() ? tokens.get(contentFrom).start() : verb.end();
      return Optional.of(
          new Content(
              new Cue(Cue.Kind.ACT, Act.DEMAND.id(), verb.start(), verb.end()),
              tokens.get(start).start(),
              tokens.get(head).end(),
              contentStart,
              start == firstWord(tokens)));
    }
    return Optional.empty();
  }

  /**
   * "Among the (key) points of the proposals, X": the sentence opens with the parts of a document,
   * and everything after the comma is its content.
   */
  private static Optional<Content> among(Tokens tokens, List<Cue> cues) {
    int first = firstWord(tokens);
    if (first >= tokens.size() || !tokens.get(first).lower().equals("among")) {
      return Optional.empty();
    }
    int j = first + 1;
    while (j < tokens.size()
        && j <= first + 5
        && !PART_NOUNS.contains(tokens.get(j))
        && tokens.get(j).isWord()) {
      j++;
    }
    if (j >= tokens.size() - 1
        || !PART_NOUNS.contains(tokens.get(j))
        || !tokens.get(j + 1).lower().equals("of")) {
      return Optional.empty();
    }
    int comma = j + 2;
    while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
      comma++;
    }
    if (comma >= tokens.size() - 1 || comma > j + 8 || !namesDocument(tokens, cues, comma - 1)) {
      return Optional.empty();
    }
    Tokens.Token among = tokens.get(first);
    return Optional.of(
        new Content(
            new Cue(Cue.Kind.ACT, Act.DEMAND.id(), among.start(), among.end()),
            tokens.get(j + 2).start(),
            tokens.get(comma - 1).end(),
            tokens.get(comma + 1).start(),
            false));
  }

  /**
   * The author the sentence gives the document: a party or actor named in its noun phrase ("the
   * Russian proposals", "Moscow's draft"), else the author the case lexicon gives a document it
   * names there, when all such documents have one author.
   */
  static Optional<Speaker> authorNamed(
      Content content, List<Mention> mentions, List<Cue> cues, Knowledge knowledge) {
    for (Mention m : mentions) {
      if (m.isEntity()
          && m.start() >= content.nounStart()
          && m.end() <= content.nounEnd()
          && (m.party().isPresent() || m.actor().isPresent())) {
        return Optional.of(m.asSpeaker());
      }
    }
    Optional<String> author = Optional.empty();
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.DOCUMENT
          && cue.start() >= content.nounStart()
          && cue.end() <= content.nounEnd()) {
        Optional<String> of = knowledge.authorOfDocument(cue.entry());
        if (of.isEmpty() || (author.isPresent() && !author.equals(of))) {
          return Optional.empty();
        }
        author = of;
      }
    }
    return author.map(a -> new Speaker(Optional.empty(), Optional.of(a), a, true));
  }

  /** Nouns of an offer one side makes the other, whose definite mention means the last one made. */
  private static final WordSet OFFER_NOUNS =
      WordSet.of("proposal", "proposals", "offer", "counteroffer", "counter-offer", "package");

  /**
   * Whether the document is "the offer" or "the proposal" with no author named, as the subject of
   * its verb of content ("the offer included a bonus", "The proposal also envisages ..."): a
   * definite mention of an offer already told of, whose author is whoever last made one.
   */
  static boolean isDefiniteOffer(Content content, Tokens tokens) {
    int start = tokens.indexAt(content.nounStart());
    int head = tokens.indexBefore(content.nounEnd());
    int verb = tokens.indexAt(content.verb().start());
    return start >= 0
        && head >= start
        && head < tokens.size()
        && verb - head <= 2
        && verb > head
        && tokens.get(start).lower().equals("the")
        && OFFER_NOUNS.contains(tokens.get(head));
  }

  /** Whether a stretch of text names an offer or a proposal. */
  static boolean namesAnOffer(Tokens tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (OFFER_NOUNS.contains(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of the clause that lists a document's parts ("Among the points of the proposals,
   * the ministry names ..."): a mention that opens it, after at most determiners.
   */
  static Optional<Mention> clauseSubject(Content content, Tokens tokens, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.start() < content.contentStart()) {
        continue;
      }
      for (int j = tokens.indexAt(content.contentStart()); j < tokens.indexAt(m.start()); j++) {
        if (!English.DETERMINERS.contains(tokens.get(j))) {
          return Optional.empty();
        }
      }
      return Optional.of(m);
    }
    return Optional.empty();
  }

  /**
   * The act a document's content is for its author: a proposal when the author alone would act on
   * every item it lists, a demand otherwise (what a side's proposals ask of the other).
   */
  static Act actOf(List<String> items, Optional<String> author, Knowledge knowledge) {
    if (author.isEmpty() || items.isEmpty()) {
      return Act.DEMAND;
    }
    for (String item : items) {
      List<String> acting = knowledge.partiesActingOn(item);
      if (acting.isEmpty() || !acting.stream().allMatch(author.get()::equals)) {
        return Act.DEMAND;
      }
    }
    return Act.PROPOSE;
  }

  /** Whether the word at {@code i} ends a name of a document: a document noun or document cue. */
  private static boolean namesDocument(Tokens tokens, List<Cue> cues, int i) {
    if (DOCUMENT_NOUNS.contains(tokens.get(i))) {
      return true;
    }
    int end = tokens.get(i).end();
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.DOCUMENT && cue.end() == end) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first word of the noun phrase whose head is at {@code head}: back over modifiers,
   * determiners, possessives and party names, at most five words.
   */
  private static int nounPhraseStart(Tokens tokens, List<Cue> cues, int head) {
    int start = head;
    for (int j = head - 1; j >= 0 && j >= head - 5; j--) {
      Tokens.Token t = tokens.get(j);
      if (!t.isWord()) {
        break;
      }
      if (English.PREPOSITIONS.contains(t)
          || English.AUXILIARIES.contains(t)
          || English.CONJUNCTIONS.contains(t)
          || t.lower().equals("that")
          || t.lower().equals("which")) {
        break;
      }
      start = j;
      if (English.DETERMINERS.contains(t) && !t.lower().equals("further")) {
        break;
      }
    }
    return start;
  }

  /** Whether a noun phrase starting at {@code start} opens a clause (after a comma or "that"). */
  private static boolean opensClauseAt(Tokens tokens, List<Cue> cues, int start) {
    String before = tokens.get(start - 1).lower();
    return before.equals(",")
        || before.equals(";")
        || before.equals(":")
        || before.equals("that")
        || start == firstWord(tokens)
        || endsReporting(cues, tokens.get(start - 1).end());
  }

  private static boolean endsReporting(List<Cue> cues, int end) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING && cue.end() == end) {
        return true;
      }
    }
    return false;
  }

  /** The first word of the sentence after its dateline, if it opens with one. */
  private static int firstWord(Tokens tokens) {
    return Math.max(0, tokens.indexAt(Mentions.datelineEnd(tokens)));
  }

  private static boolean isLyAdverb(Tokens tokens, int i) {
    String w = tokens.get(i).lower();
    return w.length() > 4 && w.endsWith("ly");
  }
}
