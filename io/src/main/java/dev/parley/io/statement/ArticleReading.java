package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.parley.io.article.Article;
import dev.parley.io.article.Boilerplate;
import dev.parley.io.article.DateMention;
import dev.parley.io.article.DatePrecision;
import dev.parley.io.article.DateProvenance;
import dev.parley.io.article.Paragraph;
import dev.parley.io.article.Sentence;
import dev.parley.io.match.SpelledWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One pass over one article: the state that carries from sentence to sentence. */
final class ArticleReading {
  /**
   * What the first pass learns of a sentence. Its tokens and mentions are worked out when first
   * asked for: most sentences name no act and no speaker, and nothing asks for theirs.
   */
  private final class Parsed {
    private final Sentence sentence;
    private final boolean[] quoted;
    private final boolean endsInQuote;
    private final List<Cue> cues;
    private final Tokens tokens;
    private @Nullable List<Mention> mentions;
    private @Nullable Boolean conditional;

    Parsed(
        Sentence sentence, boolean[] quoted, boolean endsInQuote, List<Cue> cues, Tokens tokens) {
      this.sentence = sentence;
      this.quoted = quoted;
      this.endsInQuote = endsInQuote;
      this.cues = cues;
      this.tokens = tokens;
    }

    Sentence sentence() {
      return sentence;
    }

    boolean[] quoted() {
      return quoted;
    }

    boolean endsInQuote() {
      return endsInQuote;
    }

    List<Cue> cues() {
      return cues;
    }

    Tokens tokens() {
      return tokens;
    }

    List<Mention> mentions() {
      if (mentions == null) {
        mentions =
            turns.withFirstPerson(
                sentence,
                tokens(),
                quoted,
                Mentions.find(article.text(), cues, tokens(), quoted, sentence.start(), knowledge));
      }
      return mentions;
    }

    /** Whether the sentence states a condition; see {@link Grammar#hasConditional}. */
    boolean hasConditional() {
      if (conditional == null) {
        conditional = Grammar.hasConditional(tokens(), article.text());
      }
      return conditional;
    }

    boolean isQuoted(int offset) {
      int i = offset - sentence.start();
      return i >= 0 && i < quoted.length && quoted[i];
    }
  }

  private final Article article;
  private final Knowledge knowledge;
  private final Turns turns;
  private final @Nullable LocalDate published;
  private final @Nullable InferredDates inferred;

  /** Whether the publication day is stated, by the page or a wire dateline: see {@link #stated}. */
  private final boolean dayStated;

  private final List<Parsed> parsed = new ArrayList<>();
  private @Nullable Speaker paragraphSpeaker;
  private @Nullable Speaker articleSpeaker;
  private final List<Statement> paragraphStatements = new ArrayList<>();
  private final List<Statement> articleStatements = new ArrayList<>();
  private @Nullable DateMention paragraphDate;
  private @Nullable DateMention articleDate;

  /**
   * The day the paragraph's relative mentions count from: its live entry's day, under a time stamp,
   * a day header or a dated heading ("today" in the entry of 24 December is that day), else the
   * publication day.
   */
  private @Nullable LocalDate anchor;

  /** Whether the paragraph is a live entry or a section under a dated heading. */
  private boolean liveEntry;

  /**
   * The day of the article's first statement when its own sentence dates it ("said on Saturday"),
   * or else of the first day named relative to the publication before it; {@code ledeRead} once the
   * first statement has been seen.
   */
  private @Nullable LocalDate ledeDate;

  private boolean ledeRead;

  /**
   * The day the story tells of: the lead's, while the story names no other day; null once it does
   * (a story of several days dates an act by its own date, else by the publication).
   */
  private @Nullable LocalDate storyDay;

  /**
   * The day a transcript's lead says the interview was held ("spoke with her by phone on
   * Wednesday"): the day of its answers' undated acts; null when the lead names none.
   */
  private @Nullable LocalDate interviewDay;

  /** The paragraph whose sentence gave {@link #ledeDate}, or -1. */
  private int ledeParagraph = -1;

  /**
   * Whether the sentence being read, or one before it in its paragraph, names a time of its own (a
   * date, a month or a year): it is no undated telling of the story's day.
   */
  private boolean sentenceTimed;

  private boolean paragraphTimed;

  /**
   * The sentence before this one in its paragraph, if any: whether it opens with a thing ({@link
   * #opensWithAThing}) is worked out only when an "it" asks.
   */
  private @Nullable Parsed previousInParagraph;

  /** The list a lead-in ending with a colon has opened, if any. */
  private final ListedItems listing = new ListedItems();

  /** Whether a sentence of the paragraph so far has told of an agreement's terms. */
  private boolean termsTold;

  /** The days of a live page's entries, which date their paragraphs. */
  private final LiveEntries liveEntries;

  /** The paragraphs after a separator, where no speaker before is referred back to. */
  private final SectionBreaks sections;

  ArticleReading(Article article, Knowledge knowledge) {
    this.article = article;
    this.knowledge = knowledge;
    this.turns = Turns.of(article, knowledge);
    this.published = article.published().date().orElse(null);
    // A wire dateline's day ("GENEVA, April 16 (Reuters) -") is stated; only its year was placed.
    this.dayStated =
        published != null
            && (article.published().provenance() != DateProvenance.INFERRED
                || InferredDates.fromAWireDateline(article));
    this.inferred =
        published != null && !dayStated
            ? new InferredDates(published, InferredDates.fromAStamp(article))
            : null;
    this.liveEntries = LiveEntries.of(article, published);
    this.sections = SectionBreaks.of(article);
  }

  /**
   * The words of the article's sentences as the lexicon's scan spelt them, kept for their tokens
   * until the article is read: one store a thread, emptied for each article it reads.
   */
  private static final ThreadLocal<SpelledWords> SPELT = ThreadLocal.withInitial(SpelledWords::new);

  ArticleStatements read() {
    String text = article.text();
    Quotes quotes = new Quotes();
    SpelledWords spelt = SPELT.get();
    spelt.clear();
    int paragraph = -1;
    for (Sentence labelled : article.sentences()) {
      Sentence sentence = turns.unlabelled(labelled);
      if (sentence.paragraph() != paragraph) {
        quotes.newParagraph();
        paragraph = sentence.paragraph();
      }
      boolean[] quoted = quotes.mark(text, sentence.start(), sentence.end());
      Knowledge.Scanned scanned = knowledge.scan(text, sentence.start(), sentence.end(), spelt);
      List<Cue> cues =
          PlaceNames.withoutPartsOfPlaces(text, Overlaps.resolve(scanned.cues()), knowledge);
      parsed.add(new Parsed(sentence, quoted, quotes.isOpen(), cues, scanned.tokens()));
    }
    ImmutableArticleStatements.Builder result = ArticleStatements.builder().article(article);
    List<SentenceRecord> records = new ArrayList<>(parsed.size());
    paragraph = -1;
    for (int i = 0; i < parsed.size(); i++) {
      Parsed p = parsed.get(i);
      if (p.sentence().paragraph() != paragraph) {
        // "The union is asking for:" and "1. ...", "2. ...": an entry goes on with the list.
        if (listing.isOpen()) {
          onLeadIn(records, listing.paragraph(text, paragraphOf(p), sentencesFrom(i)));
        }
        paragraph = p.sentence().paragraph();
        // In a transcript, whoever the turn's label names speaks until the text names another.
        paragraphSpeaker = turns.speakerOf(paragraph);
        if (sections.opensSection(paragraph)) {
          articleSpeaker = null; // a new section, perhaps a newsletter's next, unrelated item
        }
        paragraphStatements.clear();
        paragraphDate = liveEntries.dayOf(paragraph);
        liveEntry = paragraphDate != null;
        anchor = liveEntry ? paragraphDate.date() : published;
        paragraphTimed = false;
        previousInParagraph = null;
        termsTold = false;
      }
      SentenceRecord read = readSentence(p);
      records.add(read);
      boolean last =
          i + 1 == parsed.size() || parsed.get(i + 1).sentence().paragraph() != paragraph;
      listing.noteLeadIn(p.sentence(), last, read.statements());
      previousInParagraph = p;
    }
    onLeadIn(records, listing.end());
    return result.addAllSentences(records).build();
  }

  private Paragraph paragraphOf(Parsed p) {
    return article.paragraphs().get(p.sentence().paragraph());
  }

  /** The sentences of the paragraph that opens with parsed sentence {@code i}. */
  private List<Sentence> sentencesFrom(int i) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = parsed.get(i).sentence().paragraph();
    for (int j = i; j < parsed.size() && parsed.get(j).sentence().paragraph() == paragraph; j++) {
      sentences.add(parsed.get(j).sentence());
    }
    return sentences;
  }

  /** A list that has ended: its lead-in, when it named no item, is on the items of its entries. */
  private static void onLeadIn(List<SentenceRecord> records, ListedItems.@Nullable Ended ended) {
    if (ended == null) {
      return;
    }
    SentenceRecord leadIn = records.get(ended.sentence());
    List<Statement> statements = new ArrayList<>();
    for (Statement s : leadIn.statements()) {
      statements.add(
          s.items().isEmpty()
              ? Statement.builder().from(s).items(ended.items()).rule(s.rule() + "+list").build()
              : s);
    }
    records.set(
        ended.sentence(), SentenceRecord.builder().from(leadIn).statements(statements).build());
  }

  /**
   * The day by which the paragraph was written, after which no act it tells can have been done: the
   * publication date when the article states it (an inferred one is only a guess), or the day of
   * the paragraph's live entry when that is later (a page first published before the entries added
   * to it).
   */
  private @Nullable LocalDate writtenBy() {
    if (liveEntry && anchor != null) {
      // An entry of a live page, or a section under a dated heading, was written on its day.
      return stated() && anchor.isBefore(published) ? published : anchor;
    }
    return stated() ? published : null;
  }

  /**
   * Whether the article states its publication day; an inferred one is only a guess, unless a wire
   * dateline named the day ({@link InferredDates#fromAWireDateline}).
   */
  private boolean stated() {
    return dayStated;
  }

  private SentenceRecord readSentence(Parsed p) {
    Sentence sentence = p.sentence();
    if (paragraphDate == null && articleDate != null && Dates.opensSimultaneous(sentence.text())) {
      // "In parallel, the ambassador handed over ...": the act is of the day last named.
      paragraphDate = articleDate;
    }
    ImmutableSentenceRecord.Builder record =
        SentenceRecord.builder().sentence(sentence.index()).statements(ImmutableList.of());
    List<DateMention> all =
        knowledge.dates(
            article.text(),
            sentence.start(),
            sentence.end(),
            anchor,
            paragraphDate != null
                ? paragraphDate.date()
                : articleDate == null ? null : articleDate.date());
    sentenceTimed = !all.isEmpty();
    List<DateMention> dates = withoutYears(all);
    if (inferred != null) {
      dates = inferred.resolve(dates);
    }
    // "under the agreement of 9 March": the date names a text, not when anything was done.
    dates = DocumentDates.without(dates, article.text(), p.cues());
    // "has demanded it since the start of the talks in November": when a state began, no act's day.
    dates = Dates.withoutStates(dates, p.tokens());
    Optional<Boilerplate> boilerplate = boilerplateOf(sentence);
    if (boilerplate.isPresent()) {
      return record
          .sentenceClass(SentenceClass.BOILERPLATE)
          .reason("boilerplate (" + boilerplate.get().rule() + ")")
          .build();
    }
    if (isForeign(sentence.text())) {
      return record
          .sentenceClass(SentenceClass.UNRECOGNISED)
          .reason("mostly non-Latin script: another language")
          .build();
    }
    if (QuestionHeadings.isHeading(article, sentence)) {
      return record
          .sentenceClass(SentenceClass.CONTEXT)
          .reason("a short question alone in its paragraph: a heading")
          .build();
    }
    // A question asked in a transcript's question turn tells of no act.
    List<Statement> statements = turns.asks(sentence) ? ImmutableList.of() : statementsOf(p, dates);
    // "2. Rest rules that protect safety.": an entry of a list says what its lead-in said.
    statements = listing.read(sentence, statements, p.cues());
    if (!ledeRead && !statements.isEmpty()) {
      ledeRead = true;
      Statement first = statements.get(0);
      if (first.dateBasis() == DateBasis.SENTENCE
          && first.datePrecision().equals(Optional.of(DatePrecision.DAY))) {
        ledeDate = first.date().orElse(null);
        storyDay = ledeDate;
        ledeParagraph = sentence.paragraph();
      }
    } else if (!ledeRead && ledeDate == null) {
      // A lead that makes no statement the rules read ("X announced Monday evening that ...") still
      // tells the story's day, by a day named relative to the publication.
      ledeDate = relativeDay(dates);
      storyDay = ledeDate;
      ledeParagraph = sentence.paragraph();
    }
    if (interviewDay == null
        && turns.beforeTurns(sentence.paragraph())
        && InterviewDays.tellsOfAnInterview(sentence.text())) {
      interviewDay = dayOf(dates);
    }
    paragraphTimed |= sentenceTimed;
    DateMention last = lastPast(dates);
    if (last != null) {
      paragraphDate = last;
      articleDate = last;
      if (ledeRead && storyDay != null && !last.date().equals(storyDay)) {
        storyDay = null; // the story tells of more days than its lead's: each act needs its own
      }
    }
    noteSpeakers(p, !statements.isEmpty());
    if (!statements.isEmpty()) {
      paragraphStatements.addAll(statements);
      articleStatements.addAll(statements);
      return record
          .sentenceClass(SentenceClass.STATEMENT)
          .statements(statements)
          .reason(statements.size() + " statement(s): " + describe(statements))
          .build();
    }
    boolean known =
        hasCue(p, Cue.Kind.PARTY)
            || hasCue(p, Cue.Kind.ACTOR)
            || hasCue(p, Cue.Kind.ITEM)
            || hasCue(p, Cue.Kind.DOCUMENT);
    if (!known) {
      return record
          .sentenceClass(SentenceClass.UNRECOGNISED)
          .reason("names no known party, actor, item or document")
          .build();
    }
    boolean hasAct = hasCue(p, Cue.Kind.ACT);
    return record
        .sentenceClass(SentenceClass.CONTEXT)
        .reason(
            hasAct
                ? "names known entities; its act cues have no speaker or only name the object"
                    + " of another phrase"
                : "names known entities but has no act cue")
        .build();
  }

  /**
   * The last date of a sentence that is not after the stated publication day: a day still to come
   * ("the referendum on July 5") dates no act told after it.
   */
  private @Nullable DateMention lastPast(List<DateMention> dates) {
    LocalDate stated = writtenBy();
    for (int i = dates.size() - 1; i >= 0; i--) {
      if (!dates.get(i).ahead() && (stated == null || !dates.get(i).date().isAfter(stated))) {
        return dates.get(i);
      }
    }
    return null;
  }

  /** The first day-precise mention that is relative to the publication ("Monday"), or null. */
  private static @Nullable LocalDate relativeDay(List<DateMention> dates) {
    for (DateMention d : dates) {
      if (d.relative() && d.precision() == DatePrecision.DAY) {
        return d.date();
      }
    }
    return null;
  }

  /** The last day-precise mention that is not after the stated publication day, or null. */
  private @Nullable LocalDate dayOf(List<DateMention> dates) {
    DateMention last = lastPast(dates);
    return last != null && last.precision() == DatePrecision.DAY ? last.date() : null;
  }

  /** The mentions of days and months: a year alone dates no act. */
  private static List<DateMention> withoutYears(List<DateMention> dates) {
    for (int i = 0; i < dates.size(); i++) {
      if (dates.get(i).precision() == DatePrecision.YEAR) {
        List<DateMention> kept = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
          if (d.precision() != DatePrecision.YEAR) {
            kept.add(d);
          }
        }
        return kept;
      }
    }
    return dates;
  }

  private static String describe(List<Statement> statements) {
    List<String> parts = new ArrayList<>();
    for (Statement s : statements) {
      parts.add(s.speakerParty().orElse("?") + " " + s.act().id());
    }
    return String.join(", ", parts);
  }

  /** After a sentence, the last named speaker it mentions becomes the one anaphors refer to. */
  private void noteSpeakers(Parsed p, boolean spoke) {
    // Statements already moved the speaker; a sentence that names a reporting source with no
    // act still changes who "he" is. In a sentence that made statements, a source reported in a
    // subordinate clause ("..., as the United States claims") does not take over from its speaker.
    if (spoke) {
      return;
    }
    boolean reported = false;
    for (Cue cue : p.cues()) {
      if (cue.kind() == Cue.Kind.REPORTING && !p.isQuoted(cue.start())) {
        Optional<Speaker> s = Attribution.subjectOf(p.tokens(), p.mentions(), cue, p.sentence());
        s.ifPresent(this::remember);
        reported |= s.isPresent();
      }
    }
    if (!reported && hasCue(p, Cue.Kind.ACTOR)) {
      // A person named in a sentence that reports no one is whom a following "he" means.
      for (Mention m : p.mentions()) {
        if (m.actor().isPresent() && !p.isQuoted(m.start())) {
          remember(m.asSpeaker());
        }
      }
    }
  }

  private static boolean hasCueIn(Parsed p, Cue.Kind kind, int start, int end) {
    for (Cue cue : p.cues()) {
      if (cue.kind() == kind && cue.start() >= start && cue.end() <= end) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCue(Parsed p, Cue.Kind kind) {
    for (Cue cue : p.cues()) {
      if (cue.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  private void remember(Speaker speaker) {
    if (speaker.known() && speaker.actor().isEmpty() && speaker.party().isEmpty()) {
      return;
    }
    if (!speaker.text().isEmpty() && English.PRONOUNS.contains(Ascii.toLowerCase(speaker.text()))) {
      return;
    }
    paragraphSpeaker = speaker;
    if (speaker.known()) {
      articleSpeaker = speaker;
    }
  }

  private @Nullable Speaker lastSpeaker() {
    return paragraphSpeaker != null ? paragraphSpeaker : articleSpeaker;
  }

  private List<Statement> statementsOf(Parsed p, List<DateMention> dates) {
    Candidates candidates = candidatesOf(p);
    List<Cue> acts = actsOf(p, candidates);
    List<Stances.Stance> stances = candidates.stances();
    Optional<Contents.Content> content = candidates.content();
    List<String> contentItems = candidates.contentItems();
    Cue contentCue = candidates.contentCue();
    List<Statement> found = new ArrayList<>();
    List<int[]> clauses = new ArrayList<>();
    for (int i = 0; i < acts.size(); i++) {
      Cue cue = acts.get(i);
      Optional<Act> base = Act.fromId(cue.entry());
      if (base.isEmpty()) {
        continue;
      }
      List<String> labels = new ArrayList<>();
      labels.add(cue.label());
      Act act = base.get();
      Optional<Cue> negation = Grammar.negationBefore(p.cues(), p.tokens(), cue);
      String rule = "";
      boolean holding = act == Act.REJECT && holds(cue);
      if (holding && negation.isPresent()) {
        // "did not reaffirm": no position either way.
        continue;
      }
      if (negation.isPresent()) {
        Optional<Act> negated = knowledge.negationOf(act).or(act::negatedByDefault);
        if (negated.isEmpty() || Grammar.isNotYet(p.tokens(), negation.get(), cue)) {
          continue;
        }
        labels.add(negation.get().label());
        act = negated.get();
        rule = "+negation";
        if (base.get() == Act.REJECT && CarryingOn.leavesTalks(p.tokens(), cue)) {
          // "had not walked away from the talks": still talking, accepting nothing.
          act = Act.DISCUSS;
          rule += "+carrying-on";
        }
      }
      if (act == Act.REJECT && Grammar.objectIsClaim(p.tokens(), cue)) {
        act = Act.DENY;
        rule += "+claim-object";
      }
      if (act == Act.REJECT
          && RejectedClaims.rejectsTheClaimBefore(
              p.tokens(), cue, previousInParagraph == null ? null : previousInParagraph.tokens())) {
        // "Some say we gave in. I reject that completely.": the claim told before is denied.
        act = Act.DENY;
        rule += "+claim-before";
      }
      Optional<Cue> modality = Grammar.modalityBefore(p.cues(), p.tokens(), cue);
      // A refusal told as the reason or the want of a statement is told as a fact.
      boolean conditional =
          !candidates.reasons().containsKey(cue) && (modality.isPresent() || p.hasConditional());
      if (modality.isPresent()) {
        labels.add(modality.get().label());
        rule += "+modality";
      }
      Readiness.Holder holder = candidates.holders().get(cue);
      List<Mention> authors = candidates.authors().get(cue);
      Mention bound = candidates.bound().get(cue);
      Mention reason = candidates.reasons().get(cue);
      Resolved speaker = givenSpeaker(candidates, cue);
      if (speaker == null) {
        speaker =
            cue == contentCue
                ? authorOf(p, content.get())
                : holder != null
                    ? holderOf(p, cue, holder)
                    : authors != null
                        ? new Resolved(
                            authors.get(0).asSpeaker(),
                            authors.get(0),
                            "by-author",
                            Optional.empty())
                        : bound != null
                            // "said that under the deal Velmar will open": the side bound, not the
                            // teller, accepts its term.
                            ? new Resolved(
                                bound.asSpeaker(), bound, "bound-by-terms", Optional.empty())
                            : speakerOf(p, cue);
      }
      Optional<GroupSubjects.Group> group =
          cue == contentCue || holder != null || authors != null || reason != null
              ? Optional.empty()
              : ScheduledTalks.isScheduled(p.tokens(), cue)
                  // "Further talks are scheduled for Thursday": the sides' talks.
                  ? Optional.of(new GroupSubjects.Group(cue.start(), cue.end(), 2, null))
                  : GroupSubjects.of(
                      p.tokens(),
                      p.cues(),
                      cue,
                      w ->
                          partiesNamedWith(w).size() > 1
                              || namedTogether(p, cue.start(), w).size() > 1);
      if (group.isPresent() && base.get() != Act.ACCEPT && isNamedAnnouncer(speaker, group.get())) {
        // "Lavrov said both sides had rejected ...": a named party's account of what both did is
        // its own statement; an agreement, which takes both sides, is theirs whoever announces it.
        group = Optional.empty();
      }
      List<String> together = null;
      if (group.isPresent() && group.get().reference() != GroupSubjects.Reference.SIDES) {
        // "They agreed", "the two men welcomed": the persons or parties last named together.
        List<String> named =
            (base.get() == Act.ACCEPT || base.get() == Act.DISCUSS)
                    && !p.isQuoted(group.get().start())
                ? personsNamedTogether(p, group.get())
                : ImmutableList.of();
        GroupSubjects.Group g = group.get();
        if (named.size() > 1) {
          together = named;
        } else {
          group =
              g.reference() == GroupSubjects.Reference.NAMED_ELSE_SIDES
                  ? Optional.of(new GroupSubjects.Group(g.start(), g.end(), g.count(), null))
                  : Optional.empty();
        }
      }
      List<Side> groupSides =
          group.isEmpty() ? null : groupSides(p, group.get(), speaker, together);
      if (groupSides != null && groupSides.isEmpty()) {
        if (speaker == null || isWithin(speaker.mention(), group.get())) {
          // "The two leaders agreed", with no two sides known: no one the record can name.
          continue;
        }
        // "Lavrov said the two sides agreed", with no other side known: the announcer acts.
        groupSides = null;
      }
      if (groupSides != null && (speaker == null || !speaker.speaker().known())) {
        // "The two sides agreed to a truce": the group itself is the subject.
        speaker = new Resolved(groupSides.get(0).who(), null, "group-subject", Optional.empty());
      }
      if (speaker == null || !speaker.speaker().known()) {
        continue;
      }
      if (cue == contentCue) {
        act = Contents.actOf(contentItems, speaker.speaker().party(), knowledge);
        rule += "+content";
      }
      if (speaker.speaker().party().isEmpty() && speaker.speaker().actor().isEmpty()) {
        continue;
      }
      if (isOwnProposal(stances, cue, speaker.speaker())) {
        // "Russia supports its own proposal": standing by one's offer accepts nothing.
        continue;
      }
      if (isAnnouncedByABystander(stances, cue, speaker.speaker())) {
        // "Tarsia announced the truce": a mediator's news, no acceptance of its own.
        continue;
      }
      if (act == Act.DISCUSS && withOwnSide(p, cue, speaker.speaker())) {
        continue;
      }
      if (act == Act.DEMAND && callsOnOwnSideToo(p, cue, speaker.speaker())) {
        // "Stoltenberg called on Moscow and NATO to reopen their offices": a joint measure.
        act = Act.PROPOSE;
        rule += "+joint";
      }
      if (speaker.mention() != null && !speaker.mention().label().isEmpty()) {
        labels.add(speaker.mention().label());
      }
      speaker.cue().ifPresent(labels::add);
      int segmentEnd = i + 1 < acts.size() ? acts.get(i + 1).start() : p.sentence().end();
      int[] clause =
          Clauses.around(
              p.tokens(),
              article.text(),
              p.sentence(),
              cue,
              // A refusal told as the reason of the act bounds neither its clause nor its items.
              i > 0 && !candidates.reasons().containsKey(acts.get(i - 1)) ? acts.get(i - 1) : null,
              i + 1 < acts.size() ? acts.get(i + 1) : null,
              // "will discuss pay, class sizes and pensions, but ...": the list is the act's.
              i + 1 < acts.size() ? CoordinatedObjects.endOf(p.tokens(), p.cues(), cue) : -1);
      List<String> items =
          cue == contentCue
              ? idsIn(p.cues(), Cue.Kind.ITEM, cue.start(), p.sentence().end(), labels)
              : ItemScope.of(p.tokens(), p.cues(), cue, clause, segmentEnd, labels);
      Mention relative =
          items.isEmpty() && !cue.equals(contentCue)
              ? RelativeObjects.subjectAnsweringWhatCameBefore(
                  p.tokens(), p.mentions(), clause[0], cue)
              : null;
      if (relative != null) {
        // "called for longer shifts, a plan the union rejected": what was named before the comma.
        items =
            idsIn(
                p.cues(),
                Cue.Kind.ITEM,
                i > 0 ? acts.get(i - 1).start() : p.sentence().start(),
                clause[0],
                labels);
        if (!items.isEmpty()) {
          rule += "+relative-object";
          if (groupSides == null
              && !RelativeObjects.obliges(p.tokens(), relative, cue)
              && relative.isEntity()
              && relative.party().isPresent()
              && !relative.party().equals(speaker.speaker().party())) {
            // "Mercy offered a raise, an offer the union dismissed": the clause's own subject;
            // what it "has to" meet there is still asked by the speaker.
            speaker =
                new Resolved(relative.asSpeaker(), relative, "relative-subject", Optional.empty());
          }
        }
      }
      ProposalsNamedAgain.Reference reference =
          items.isEmpty() ? ProposalsNamedAgain.referenceOf(p.tokens(), cue) : null;
      if (reference == null && items.isEmpty()) {
        // "The board said the proposal was unacceptable", "it was turned down": the subject.
        reference = ProposalsNamedAgain.subjectOf(p.tokens(), p.cues(), cue);
      }
      // The reference is the whole object or subject: items named in other clauses are others'.
      if (reference != null && !hasCueIn(p, Cue.Kind.ITEM, clause[0], clause[1])) {
        // "The insurgents rejected the proposal", "rejected it": the items of what was told before.
        Statement named =
            ProposalsNamedAgain.antecedent(
                toldBefore(p, found), reference, act, speaker.speaker().party().orElse(""));
        if (named != null) {
          items = named.items();
          rule += "+named-again";
          // The trace tells where the items were named: "named-again:12" for the 12th sentence.
          labels.add("named-again:" + (named.sentence() + 1));
        }
      }
      if (holding && items.isEmpty()) {
        // "reaffirmed its commitment to dialogue": holding to nothing the record knows.
        continue;
      }
      if (holding) {
        rule += "+holding";
      }
      List<String> documents =
          idsIn(p.cues(), Cue.Kind.DOCUMENT, p.sentence().start(), p.sentence().end(), labels);
      List<Side> sides =
          authors != null
              ? authors.stream().map(m -> new Side(m.asSpeaker(), m)).toList()
              : groupSides != null ? groupSides : sidesOf(p, cue, speaker);
      if (act == Act.ACCEPT && !conditional && authors == null && groupSides == null) {
        sides = withPartner(p, cue, sides);
      }
      if (act == Act.DISCUSS && !conditional && authors == null && groupSides == null) {
        sides = withMeetingPartner(p, cue, sides);
      }
      boolean bySides = sides.stream().anyMatch(Side::ofGroup);
      if (bySides) {
        rule += "+agreeing-sides";
      }
      if (together != null) {
        rule += "+named-together";
      }
      for (Side side : sides) {
        Speaker who = side.who();
        Mention subject = side.subject();
        List<String> addressees = addresseesOf(p, who, subject);
        if (!side.others().isEmpty()) {
          Set<String> all = new LinkedHashSet<>(addressees);
          all.addAll(side.others());
          addressees = ImmutableList.copyOf(all);
        }
        ImmutableStatement.Builder statement =
            Statement.builder()
                .articleId(article.id())
                .sentence(p.sentence().index())
                .speakerActor(who.actor())
                .speakerParty(who.party())
                .speakerText(who.text())
                .act(act)
                .conditional(conditional)
                .partial(act == Act.ACCEPT && Partial.isPartial(p.tokens(), cue))
                .addressees(addressees)
                .items(items)
                .documents(documents)
                .start(p.sentence().start())
                .end(p.sentence().end())
                .quote(p.sentence().text())
                .speech(p.isQuoted(cue.start()) ? Speech.DIRECT : Speech.REPORTED)
                .rule(speaker.rule() + rule);
        date(
            statement,
            p,
            ScheduledTalks.withoutSchedule(
                p.tokens(),
                cue,
                Dates.ofAct(
                    dates,
                    p.tokens(),
                    p.cues(),
                    ScheduledTalks.withVerbOfHolding(p.tokens(), cue),
                    writtenBy())),
            cue,
            Dates.retelling(p.tokens(), p.cues(), cue));
        Statement made = statement.cues(labels).build();
        Optional<Statement> same =
            found.stream()
                .filter(
                    s ->
                        s.act() == made.act()
                            && s.speakerParty().equals(made.speakerParty())
                            && sameSpeaker(s, made))
                .findFirst();
        if (same.isPresent()) {
          int k = found.indexOf(same.get());
          found.set(k, merge(same.get(), made));
          int[] was = clauses.get(k);
          clauses.set(k, new int[] {Math.min(was[0], clause[0]), Math.max(was[1], clause[1])});
        } else {
          found.add(made);
          clauses.add(clause);
        }
        // "he" and "the ministry" in what follows mean who told of the act, not whom it told of.
        // After the sides' act, "he" is still whoever announced it.
        remember(speaker.teller() != null ? speaker.teller() : bySides ? speaker.speaker() : who);
      }
    }
    if (PossessedProposals.mayName(p.tokens())) {
      proposalsRefused(p, found, clauses);
    }
    if (ConcessionsWon.mayFind(p.tokens())) {
      concessionsWon(p, dates, found, clauses);
    }
    return quotedByClause(found, clauses);
  }

  /**
   * Adds to a sentence's statements the concessions it tells one side won ("we have secured a veto
   * over the rules"): each other party acting on the item accepts it, addressed to the receiver,
   * unless the sentence already tells an act of that party.
   */
  private void concessionsWon(
      Parsed p, List<DateMention> dates, List<Statement> found, List<int[]> clauses) {
    for (ConcessionsWon.Won won :
        ConcessionsWon.find(p.tokens(), p.mentions(), p.cues(), knowledge)) {
      Cue cue = won.verb();
      for (String giver : won.givers()) {
        if (found.stream().anyMatch(s -> s.speakerParty().equals(Optional.of(giver)))) {
          // "received written guarantees from Ukraine": the giver's own act is told already.
          continue;
        }
        List<String> labels = new ArrayList<>();
        labels.add(cue.label());
        won.items().forEach(item -> labels.add("item:" + item));
        ImmutableStatement.Builder statement =
            Statement.builder()
                .articleId(article.id())
                .sentence(p.sentence().index())
                .speakerParty(giver)
                .speakerText(giver)
                .act(Act.ACCEPT)
                .conditional(p.hasConditional())
                .partial(false)
                .addressees(ImmutableList.copyOf(won.receiver().party().stream().toList()))
                .items(won.items())
                .start(p.sentence().start())
                .end(p.sentence().end())
                .quote(p.sentence().text())
                .speech(p.isQuoted(cue.start()) ? Speech.DIRECT : Speech.REPORTED)
                .rule("concession-won");
        date(
            statement,
            p,
            Dates.ofAct(dates, p.tokens(), p.cues(), cue, writtenBy()),
            cue,
            Dates.retelling(p.tokens(), p.cues(), cue));
        found.add(statement.cues(labels).build());
        clauses.add(new int[] {p.sentence().start(), p.sentence().end()});
      }
    }
  }

  /**
   * Adds to a sentence's statements the other side's proposal that a rejection names by its owner
   * ("rejected Mercy's offer on the pay rise"): the owner's proposal or demand on the rejection's
   * items, addressed to the one who rejects, undated (it was made before), in the rejection's
   * clause.
   */
  private void proposalsRefused(Parsed p, List<Statement> found, List<int[]> clauses) {
    for (int k = 0, n = found.size(); k < n; k++) {
      Statement refusal = found.get(k);
      if (refusal.act() != Act.REJECT
          || refusal.items().isEmpty()
          || refusal.speakerParty().isEmpty()) {
        continue;
      }
      int[] clause = clauses.get(k);
      for (PossessedProposals.Owned owned :
          PossessedProposals.find(p.tokens(), p.mentions(), p.cues(), clause[0], clause[1])) {
        Optional<String> party = owned.owner().party();
        if (party.equals(refusal.speakerParty())) {
          continue;
        }
        Act act = owned.asks() ? Act.DEMAND : Contents.actOf(refusal.items(), party, knowledge);
        if (found.stream().anyMatch(s -> s.act() == act && s.speakerParty().equals(party))) {
          continue;
        }
        found.add(
            Statement.builder()
                .from(refusal)
                .speakerActor(owned.owner().actor())
                .speakerParty(party)
                .speakerText(owned.owner().text())
                .act(act)
                .conditional(false)
                .partial(false)
                .addressees(List.of(refusal.speakerParty().get()))
                .date(Optional.empty())
                .datePrecision(Optional.empty())
                .dateBasis(DateBasis.NONE)
                .rule("possessor-of-refused")
                .build());
        clauses.add(clause);
      }
    }
  }

  /**
   * What may be the acts of a sentence, in text order: its act cues, the verbs of its judgements,
   * stances and calls, and the verb of a document's contents; with the sentence's cues and calls.
   */
  private record Candidates(
      List<Cue> acts,
      List<Cue> cues,
      List<Stances.Stance> stances,
      Optional<Contents.Content> content,
      List<String> contentItems,
      @Nullable Cue contentCue,
      Map<Cue, Readiness.Holder> holders,
      Map<Cue, List<Mention>> authors,
      Map<Cue, Mention> bound,
      List<Cue> verdicts,
      Map<Cue, Appraisals.Appraisal> appraisals,
      Map<Cue, Mention> reasons) {}

  private Candidates candidatesOf(Parsed p) {
    List<Judgements.Judgement> judgements =
        Judgements.mayJudge(p.tokens()) ? Judgements.find(p.tokens()) : ImmutableList.of();
    List<Stances.Stance> stances =
        Stances.mayHold(p.tokens(), p.cues())
            ? Stances.find(p.tokens(), p.mentions(), p.cues(), knowledge)
            : ImmutableList.of();
    List<Cue> candidates = new ArrayList<>();
    for (Cue cue : p.cues()) {
      if (cue.kind() == Cue.Kind.ACT
          && !isJudged(judgements, cue)
          && !isStance(stances, cue)
          && !Insistences.isClaim(p.tokens(), cue)
          && !Withholdings.isRefusalToSay(p.tokens(), cue)
          && !Withholdings.isInOpenQuestion(p.tokens(), cue)
          && !Greetings.isGreeting(p.tokens(), p.cues(), cue)
          && !Procedures.isPutOff(p.tokens(), cue)
          && !Audiences.isAudience(p.tokens(), cue)) {
        // "insisted that it had no plans": a claim, whose own acts, if any, are the speaker's.
        candidates.add(cue);
      }
    }
    for (Judgements.Judgement judgement : judgements) {
      candidates.add(judgement.verb());
    }
    for (Stances.Stance stance : stances) {
      candidates.add(stance.verb());
    }
    List<Cue> cues = p.cues();
    List<Cue> calls = ImmutableList.of();
    if (p.tokens().mayHoldAny(CALL)) {
      // "called the two sides to implement it": a call on a group is a demand, as "called on" is.
      calls = Calls.find(p.tokens());
    }
    if (p.tokens().mayHoldAny(Instructions.WORDS)) {
      // "pressed Velmar to open the corridor", "told the employers to raise their offer".
      calls = joined(calls, Instructions.find(p.tokens(), p.mentions()));
    }
    if (!calls.isEmpty()) {
      candidates.addAll(calls);
      cues = new ArrayList<>(p.cues());
      cues.addAll(calls);
      cues.sort(BY_START);
    }
    List<Cue> untold = new ArrayList<>(Offers.find(p.tokens(), p.cues()));
    // "it will not restore the pension": a refusal told with no act word.
    untold.addAll(Refusals.find(p.tokens(), p.cues()));
    if (PseudoClefts.mayFind(p.tokens())) {
      // "What we will not do is reopen the contract": a refusal told as a pseudo-cleft.
      untold.addAll(PseudoClefts.find(p.tokens(), p.cues()));
    }
    // "said it hoped the talks would go on": a wish of others' act, a call on them.
    untold.addAll(Hopes.find(p.tokens(), p.cues()));
    // "our members need a big pay rise": a need of the speaker's side, asked of the other.
    untold.addAll(Needs.find(p.tokens(), p.cues()));
    // "the union is for a pay rise": a position told with a copula and a preposition.
    untold.addAll(Positions.find(p.tokens(), p.cues()));
    // "locked out its drivers", "countersued": pressure told with no act word.
    untold.addAll(Pressures.find(p.tokens()));
    // "sees progress on the quota", "progress could be made on wages": an openness to discuss.
    untold.addAll(ProgressSeen.find(p.tokens(), p.cues()));
    if (Visits.mayFind(p.tokens())) {
      // "Varga visits Dorn", "arrived in Dorn for talks with the insurgents": a meeting told by
      // its travel.
      untold.addAll(Visits.find(p.tokens(), p.mentions()));
    }
    // "Mercy Hospital should withdraw the ratios": what a party should do is asked of it.
    if (Obligations.mayFind(p.tokens(), p.cues())) {
      untold.addAll(Obligations.find(p.tokens(), p.mentions(), p.cues()));
    }
    for (Cue offer : untold) {
      // "Kim had been willing to dismantle the site": an offer told with no act word.
      if (!overlapsAny(candidates, offer)) {
        candidates.add(offer);
      }
    }
    // "will keep up the strike until ...", "can only be signed if ...": a threat and a demand told
    // with no act word; what their condition names is asked, not done.
    List<Cue> threats = Consequences.find(p.tokens());
    if (p.tokens().mayHoldAny(Vetoes.VERBS)) {
      // "will veto the budget if ...": a veto to come on a condition is a threat.
      threats = joined(threats, Vetoes.find(p.tokens()));
    }
    // "the union will strike if Mercy turns the offer down": a threat on a condition of refusal.
    List<ConditionalThreats.Threat> conditional =
        ConditionalThreats.mayFind(p.tokens())
            ? ConditionalThreats.find(p.tokens(), p.cues())
            : ImmutableList.of();
    for (Cue threat : ConditionalThreats.cuesOf(conditional)) {
      if (!overlapsAny(threats, threat)) {
        threats = joined(threats, ImmutableList.of(threat));
      }
    }
    if (TalksPutOffUntil.mayFind(p.tokens())) {
      // "postponed talks until Velmar withdraws": the talks refused for now, the condition asked.
      threats = joined(threats, TalksPutOffUntil.find(p.tokens(), p.cues()));
    }
    List<Cue> provisos = Provisos.find(p.tokens(), p.cues());
    if (!threats.isEmpty() || !provisos.isEmpty()) {
      List<Cue> told = threats;
      candidates.removeIf(
          c ->
              overlapsAny(told, c)
                  || overlapsAny(provisos, c)
                  || Consequences.isInCondition(p.tokens(), told, c)
                  || ConditionalThreats.isInCondition(p.tokens(), conditional, c)
                  || Provisos.isInCondition(p.tokens(), provisos, c));
      candidates.addAll(threats);
    }
    List<Cue> terms = termsOf(p);
    Map<Cue, Mention> bound = ImmutableMap.of();
    if (!terms.isEmpty()) {
      // "Under the accord, Velmar is to withdraw its troops": each side bound accepts its term.
      candidates.removeIf(c -> overlapsAny(terms, c));
      candidates.addAll(terms);
      bound = new LinkedHashMap<>();
      for (Cue term : terms) {
        Mention by = AgreedTerms.boundBy(p.tokens(), p.mentions(), term);
        if (by != null) {
          bound.put(term, by);
        }
      }
    }
    candidates.addAll(provisos);
    Map<Cue, Appraisals.Appraisal> appraisals = ImmutableMap.of();
    if (Appraisals.mayFind(p.tokens())) {
      // "the ruling was met with anger by the growers": an appraisal told in the passive or a
      // figure.
      for (Appraisals.Appraisal a : Appraisals.find(p.tokens(), p.mentions(), p.cues())) {
        candidates.removeIf(c -> c.overlaps(a.cue()));
        candidates.add(a.cue());
        if (appraisals.isEmpty()) {
          appraisals = new LinkedHashMap<>();
        }
        appraisals.put(a.cue(), a);
      }
    }
    // "the agreement drafted by the US": its authors propose it.
    Map<Cue, List<Mention>> authors =
        Authorship.mayFind(p.tokens())
            ? Authorship.find(p.tokens(), p.mentions())
            : ImmutableMap.of();
    for (Cue authored : authors.keySet()) {
      candidates.removeIf(c -> c.start() < authored.end() && authored.start() < c.end());
      candidates.add(authored);
    }
    Optional<Contents.Content> content = Contents.find(p.tokens(), p.cues());
    List<String> contentItems = ImmutableList.of();
    if (content.isPresent()) {
      // "The proposals include X": what the document lists is its author's position; the act
      // nouns in the list are what it asks for, not acts of their own.
      Contents.Content c = content.get();
      int from = Math.min(c.verb().start(), c.nounStart());
      candidates.removeIf(cue -> cue.start() >= from);
      contentItems =
          idsIn(p.cues(), Cue.Kind.ITEM, c.contentStart(), p.sentence().end(), new ArrayList<>());
      if (!contentItems.isEmpty()) {
        candidates.add(c.verb());
      }
    }
    Cue contentCue = content.isPresent() && !contentItems.isEmpty() ? content.get().verb() : null;
    if (AgreedTerms.toldOfARule(p.tokens())) {
      // "Under the takeover code, if the bidder does not ...": what a rule provides, no one's act.
      candidates.clear();
    }
    candidates.sort(Comparator.comparingInt(Cue::start));
    Map<Cue, Readiness.Holder> holders = readinessOf(p, candidates);
    if (candidates.size() > 1 && p.hasConditional()) {
      dropConditions(candidates, Grammar.conditions(p.tokens()));
    }
    Map<Cue, Mention> reasons = ImmutableMap.of();
    // "Since Mercy has refused to raise pay, the union will strike": Mercy's refusal is told too.
    Optional<ReasonClauses.Reason> refusal =
        ReasonClauses.mayOpenOne(p.tokens(), p.cues())
            ? ReasonClauses.find(p.tokens(), p.mentions(), p.cues(), knowledge)
            : Optional.empty();
    if (refusal.isPresent()) {
      ReasonClauses.Reason r = refusal.get();
      candidates.removeIf(c -> c.overlaps(r.cue()));
      candidates.add(r.cue());
      candidates.sort(Comparator.comparingInt(Cue::start));
      reasons = new LinkedHashMap<>();
      reasons.put(r.cue(), r.side());
    }
    List<Cue> verdicts = ImmutableList.of();
    for (Judgements.Judgement judgement : judgements) {
      if (judgement.isCopular()) {
        if (verdicts.isEmpty()) {
          verdicts = new ArrayList<>();
        }
        verdicts.add(judgement.verb());
      }
    }
    return new Candidates(
        candidates,
        cues,
        stances,
        content,
        contentItems,
        contentCue,
        holders,
        authors,
        bound,
        verdicts,
        appraisals,
        reasons);
  }

  /** Both lists' cues, the first's first: one of them if the other is empty, else a new list. */
  private static List<Cue> joined(List<Cue> first, List<Cue> second) {
    if (second.isEmpty()) {
      return first;
    }
    if (first.isEmpty()) {
      return second;
    }
    List<Cue> both = new ArrayList<>(first.size() + second.size());
    both.addAll(first);
    both.addAll(second);
    return both;
  }

  /** Whether any of {@code cues} overlaps {@code cue}. */
  private static boolean overlapsAny(List<Cue> cues, Cue cue) {
    for (int i = 0; i < cues.size(); i++) {
      if (cues.get(i).overlaps(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The statements told before an act of {@code p}, nearest last: those of its paragraph and of its
   * own sentence so far, or, for the first sentence of a paragraph, the last of the paragraph
   * before.
   */
  private List<Statement> toldBefore(Parsed p, List<Statement> found) {
    List<Statement> earlier = new ArrayList<>(paragraphStatements);
    if (previousInParagraph == null && !articleStatements.isEmpty()) {
      Statement last = articleStatements.get(articleStatements.size() - 1);
      if (article.sentences().get(last.sentence()).paragraph() == p.sentence().paragraph() - 1) {
        earlier.add(last);
      }
    }
    earlier.addAll(found);
    return earlier;
  }

  /**
   * The acceptance cues of the agreement's terms the sentence tells (see {@link AgreedTerms}), or,
   * in a paragraph that has told of them, those it goes on telling ("The accord covers the port
   * dispute. Velmar commits to open the corridor."); notes whether it tells of terms.
   */
  private List<Cue> termsOf(Parsed p) {
    List<Cue> terms =
        AgreedTerms.mayFind(p.tokens())
            ? AgreedTerms.find(p.tokens(), p.mentions(), p.cues())
            : ImmutableList.of();
    if (terms.isEmpty() && termsTold && !p.hasConditional()) {
      terms = AgreedTerms.continued(p.tokens(), p.mentions(), p.cues());
    }
    termsTold |= AgreedTerms.tellsTerms(p.tokens());
    return terms;
  }

  /**
   * Replaces each act cue told as a party's readiness or unwillingness ("the readiness of
   * Washington to agree", "NATO's reluctance to discuss") with a cue from the noun to the act, of
   * the act the noun says the holder is ready for (its negation for a noun of unwillingness), so
   * that a negation before the noun governs it ("in the absence of the readiness"); gives the
   * holder of each.
   */
  private Map<Cue, Readiness.Holder> readinessOf(Parsed p, List<Cue> candidates) {
    Map<Cue, Readiness.Holder> holders = ImmutableMap.of();
    for (int i = 0; i < candidates.size(); i++) {
      Cue cue = candidates.get(i);
      Optional<Act> act = Act.fromId(cue.entry());
      if (act.isEmpty()) {
        continue;
      }
      Optional<Readiness.Holder> holder = Readiness.of(p.tokens(), p.mentions(), cue);
      if (holder.isEmpty()) {
        continue;
      }
      Optional<Act> read =
          holder.get().unwilling()
              ? knowledge.negationOf(act.get()).or(act.get()::negatedByDefault)
              : act;
      if (read.isEmpty()) {
        continue;
      }
      Cue merged = new Cue(Cue.Kind.ACT, read.get().id(), holder.get().nounStart(), cue.end());
      candidates.set(i, merged);
      if (holders.isEmpty()) {
        holders = new LinkedHashMap<>();
      }
      holders.put(merged, holder.get());
    }
    return holders;
  }

  /**
   * The speaker a rule gave with the cue it found, or null: the side that a clause of reason says
   * refuses ("Given Mercy's refusal to raise pay, ..."), or the appraiser of an appraisal told in
   * the passive ("the accord was greeted with relief in Dorn").
   */
  private static @Nullable Resolved givenSpeaker(Candidates candidates, Cue cue) {
    Mention reason = candidates.reasons().get(cue);
    if (reason != null) {
      return new Resolved(reason.asSpeaker(), reason, "reason-clause", Optional.empty());
    }
    Appraisals.Appraisal appraisal = candidates.appraisals().get(cue);
    Mention appraiser = appraisal == null ? null : appraisal.appraiser();
    return appraiser == null
        ? null
        : new Resolved(appraiser.asSpeaker(), appraiser, "appraiser", Optional.empty());
  }

  /** The candidates that are acts of their own: not the object or the content of another. */
  private List<Cue> actsOf(Parsed p, Candidates c) {
    Cue contentCue = c.contentCue();
    List<Cue> candidates = withAims(p.tokens(), c.acts(), contentCue);
    List<Cue> cues = c.cues();
    List<Cue> acts = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Cue cue = candidates.get(i);
      if (cue == contentCue
          || c.holders().containsKey(cue)
          || c.authors().containsKey(cue)
          || c.verdicts().contains(cue)
          || c.appraisals().containsKey(cue)
          || c.reasons().containsKey(cue)
          || ScheduledTalks.isScheduled(p.tokens(), cue)) {
        // A party's readiness told by its noun ("the readiness of Washington to agree") is the
        // party's act, though its noun follows a determiner; so is a verdict told with a copula
        // ("the offer was an insult"), whose evaluation follows an article.
        acts.add(cue);
      } else if (i > 0 && Grammar.isAgreementToTalk(p.tokens(), candidates.get(i - 1), cue)) {
        // "agreed to keep talking": what is agreed to is talking, an openness to discuss; the
        // act is the agreeing verb's, so its subject and negation are the verb's.
        Cue agreeing = candidates.get(i - 1);
        acts.remove(agreeing);
        acts.add(new Cue(Cue.Kind.ACT, Act.DISCUSS.id(), agreeing.start(), cue.end()));
      } else if (i > 0
          && acts.contains(candidates.get(i - 1))
          && AnswersWith.isAnswerWith(p.tokens(), candidates.get(i - 1), cue)) {
        // "responded with a counterproposal": the answer is a proposal, told by its verb.
        Cue answer = candidates.get(i - 1);
        acts.remove(answer);
        acts.add(new Cue(Cue.Kind.ACT, cue.entry(), answer.start(), cue.end()));
      } else if (Act.fromId(cue.entry()).isPresent()
          && !Grammar.isObjectOfPreposition(p.tokens(), cue, article.text())
          && !(i > 0 && Grammar.isObjectOf(p.tokens(), candidates.get(i - 1), cue))
          && !(i > 0 && AskedActs.isInDemandedClause(p.tokens(), candidates.get(i - 1), cue))
          && (!Grammar.isReferenceToAThing(p.tokens(), p.cues(), cue)
              || takesAnObject(p.tokens(), cue)
              || Nominals.byAgent(p.tokens(), p.mentions(), cue).isPresent())
          && !Nominals.isNamedThing(p.tokens(), p.mentions(), p.cues(), cue)
          && !Grammar.isCopulaComplement(p.tokens(), cue)
          && !AskedActs.isAsked(p.tokens(), cues, cue)
          && !Grammar.admitsAPossibility(p.tokens(), cue)
          && !Forecasts.isForecast(p.tokens(), cue)
          && !ListedItems.isListed(p.tokens(), acts, cue)
          && !(!acts.isEmpty()
              && CoordinatedObjects.isMember(p.tokens(), p.cues(), acts.get(acts.size() - 1), cue))
          && !BackgroundEvents.isMeetingInTimeClause(p.tokens(), cue)
          && !BackgroundEvents.isReducedRelative(p.tokens(), p.cues(), cue)
          && !Descriptions.isDescription(p.tokens(), cue)
          && !(Act.RESPOND.id().equals(cue.entry()) && Grammar.answersThePress(p.tokens(), cue))
          && !(Act.DISCUSS.id().equals(cue.entry())
              && Grammar.talksWithThePress(p.tokens(), cue))) {
        acts.add(cue);
      }
    }
    return acts;
  }

  /**
   * The candidates with each aim read as one act ("wants to discuss"): the verb of wanting and the
   * act in its infinitive become one cue of the act the aim states, from the verb to the act, so
   * that a negation or a modal before the verb governs it ("did not want to sign").
   */
  private static List<Cue> withAims(Tokens tokens, List<Cue> candidates, @Nullable Cue contentCue) {
    List<Cue> read = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      Cue cue = candidates.get(i);
      if (i + 1 < candidates.size()
          && candidates.get(i + 1) != contentCue
          && Aims.isAim(tokens, cue, candidates.get(i + 1))) {
        Cue act = candidates.get(i + 1);
        Act aim = Aims.actOf(Act.fromId(act.entry()).orElseThrow());
        read.add(new Cue(Cue.Kind.ACT, aim.id(), cue.start(), act.end()));
        i++;
      } else if (Aims.isIntendedAgreement(tokens, cue)) {
        // "hopes to reach a deal": an intent to agree, not an agreement.
        read.add(new Cue(Cue.Kind.ACT, Act.PROPOSE.id(), cue.start(), cue.end()));
      } else if (Nearness.isNearAgreement(tokens, cue)) {
        // "close to reaching a deal": the sides are still talking; no one has agreed yet.
        read.add(new Cue(Cue.Kind.ACT, Act.DISCUSS.id(), cue.start(), cue.end()));
      } else {
        read.add(cue);
      }
    }
    return read;
  }

  /** A sentence of several statements: each rests on its own clause, and quotes only it. */
  private List<Statement> quotedByClause(List<Statement> found, List<int[]> clauses) {
    if (found.size() > 1) {
      for (int k = 0; k < found.size(); k++) {
        int[] c = clauses.get(k);
        found.set(
            k,
            Statement.builder()
                .from(found.get(k))
                .start(c[0])
                .end(c[1])
                .quote(article.text().substring(c[0], c[1]))
                .build());
      }
    }
    return found;
  }

  /**
   * Whether a cue ends with the determiner of its own object ("guarantee the"): a verb, so a "that"
   * before it is a relative pronoun ("policies that guarantee the sovereignty"), not a determiner.
   */
  private static boolean takesAnObject(Tokens tokens, Cue cue) {
    int last = tokens.indexBefore(cue.end());
    return last >= 0
        && tokens.indexAt(cue.start()) < last
        && English.DETERMINERS.contains(tokens.get(last));
  }

  /**
   * Whether a reject cue holds to a position ("reaffirmed", "upholds", "remains committed to")
   * rather than refuses one; see {@link English#HOLDING_PREFIXES}.
   */
  private boolean holds(Cue cue) {
    String text = Ascii.toLowerCase(article.text().substring(cue.start(), cue.end()));
    return English.HOLDING_PREFIXES.stream().anyMatch(text::startsWith);
  }

  /**
   * Who a document whose content the sentence lists speaks for: the author its noun phrase names,
   * else, when the document opens the sentence ("A separate proposal concerns ..."), the speaker
   * last named, else the sentence's own speaker ("Among the points of the proposals, the ministry
   * names ...").
   */
  private @Nullable Resolved authorOf(Parsed p, Contents.Content content) {
    Optional<Speaker> named = Contents.authorNamed(content, p.mentions(), p.cues(), knowledge);
    if (named.isPresent()) {
      return new Resolved(named.get(), null, "document-author", Optional.empty());
    }
    if (Contents.isDefiniteOffer(content, p.tokens())) {
      // "In addition to the raise, the offer included a bonus": the offer last made, if any.
      Speaker proposer = lastProposer();
      return proposer == null
          ? null
          : new Resolved(proposer, null, "last-proposer", Optional.empty());
    }
    Speaker last = lastSpeaker();
    if (content.opensClause()) {
      return last == null ? null : new Resolved(last, null, "previous-speaker", Optional.empty());
    }
    Optional<Mention> subject = Contents.clauseSubject(content, p.tokens(), p.mentions());
    if (subject.isPresent()) {
      Mention m = subject.get();
      if (m.isEntity()) {
        return new Resolved(m.asSpeaker(), m, "content-subject", Optional.empty());
      }
      return last == null
          ? null
          : new Resolved(last, m, "content-subject+anaphora", Optional.empty());
    }
    return speakerOf(p, content.verb());
  }

  /**
   * Who made the last offer the article told of: the speaker of its last proposal told as an offer
   * or a proposal (its evidence names one: "the company's latest offer"), in the paragraph and then
   * in the article; null when none was told. A course of action put forward without such a noun
   * ("we need to get back to the table") is no offer that "the offer" means.
   */
  private @Nullable Speaker lastProposer() {
    for (List<Statement> earlier : List.of(paragraphStatements, articleStatements)) {
      for (int i = earlier.size() - 1; i >= 0; i--) {
        Statement s = earlier.get(i);
        if (s.act() == Act.PROPOSE
            && s.speakerParty().isPresent()
            && Contents.namesAnOffer(Tokens.of(s.quote(), 0, s.quote().length()))) {
          return new Speaker(s.speakerActor(), s.speakerParty(), s.speakerText(), true);
        }
      }
    }
    return null;
  }

  /**
   * Whether a discussion is held with the speaker's own side ("Lavrov discussed with Russian
   * President Putin ..."): the first mention after a "with" right after the cue is of the speaker's
   * party. Talks inside one party are not negotiation.
   */
  private static boolean withOwnSide(Parsed p, Cue cue, Speaker speaker) {
    Tokens tokens = p.tokens();
    int with = tokens.indexAt(cue.end());
    if (with >= tokens.size()
        || !tokens.get(with).lower().equals("with")
        || speaker.party().isEmpty()) {
      return false;
    }
    for (Mention m : p.mentions()) {
      if (m.start() > tokens.get(with).start()) {
        return tokens.indexAt(m.start()) - with <= 4
            && m.isEntity()
            && m.party().equals(speaker.party());
      }
    }
    return false;
  }

  /**
   * Whether a demand is addressed to a group that includes the speaker's own party ("called on
   * Moscow and NATO to reopen", said by NATO): the parties named between the cue and the "to" of
   * what is asked, at most eight words on, include the speaker's.
   */
  private static boolean callsOnOwnSideToo(Parsed p, Cue cue, Speaker speaker) {
    if (speaker.party().isEmpty()) {
      return false;
    }
    Tokens tokens = p.tokens();
    int first = tokens.indexAt(cue.end());
    for (int j = first; j < Math.min(tokens.size(), first + 8); j++) {
      if (tokens.get(j).lower().equals("to")) {
        int end = tokens.get(j).start();
        boolean other = false;
        boolean own = false;
        for (Mention m : p.mentions()) {
          if (m.start() >= cue.end() && m.end() <= end && m.isEntity() && m.party().isPresent()) {
            own |= m.party().equals(speaker.party());
            other |= !m.party().equals(speaker.party());
          }
        }
        return own && other;
      }
    }
    return false;
  }

  /**
   * Drops the act cues inside a condition ("In the absence of a readiness to agree, Russia will
   * respond"), when the sentence has an act outside it: the condition is what the act depends on,
   * not an act of its own.
   */
  private static void dropConditions(List<Cue> candidates, List<int[]> conditions) {
    List<Cue> outside = new ArrayList<>();
    for (Cue cue : candidates) {
      if (!Grammar.within(cue, conditions)) {
        outside.add(cue);
      }
    }
    if (!outside.isEmpty()) {
      candidates.retainAll(outside);
    }
  }

  /**
   * Whether an act cue is the object or the evaluation of a judgement ("called the response
   * unacceptable"): it is part of the judgement, not an act of its own.
   */
  private static boolean isJudged(List<Judgements.Judgement> judgements, Cue cue) {
    for (Judgements.Judgement judgement : judgements) {
      if (cue.start() >= judgement.objectStart() && cue.end() <= judgement.evaluationEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an act cue is the verb or the object of a stance ("supports the Russian plan"): the
   * stance's own cue stands for both.
   */
  private static boolean isStance(List<Stances.Stance> stances, Cue cue) {
    for (Stances.Stance stance : stances) {
      if (cue.start() >= stance.verb().start() && cue.end() <= stance.objectEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cue is the verb of an agreement announced by one who is no side of it: a party that
   * acts on no item of the case, has rejected nothing in the article so far, and has been offered,
   * asked or refused nothing by another party.
   */
  private boolean isAnnouncedByABystander(List<Stances.Stance> stances, Cue cue, Speaker speaker) {
    for (Stances.Stance stance : stances) {
      if (stance.verb() == cue
          && stance.isAnnouncedByABystander(speaker.party(), knowledge)
          && !hasNegotiated(speaker.party().orElseThrow())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a party has rejected, or been offered, asked or refused, something in the article. */
  private boolean hasNegotiated(String party) {
    for (Statement s : articleStatements) {
      boolean own = s.speakerParty().equals(Optional.of(party));
      if ((own && s.act() == Act.REJECT)
          || (!own
              && s.addressees().contains(party)
              && (s.act() == Act.PROPOSE || s.act() == Act.DEMAND || s.act() == Act.REJECT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue is the verb of a stance supporting the speaker's own party's proposal. */
  private static boolean isOwnProposal(List<Stances.Stance> stances, Cue cue, Speaker speaker) {
    for (Stances.Stance stance : stances) {
      // The stance's verb, or an aim that ends in it ("wants to back its own plan").
      boolean verb =
          stance.verb() == cue
              || (cue.end() == stance.verb().end() && cue.start() < stance.verb().start());
      if (verb && stance.isOwnProposal(speaker.party())) {
        return true;
      }
    }
    return false;
  }

  /**
   * One who does an act, with the mention that names it (none for a side a group word stands for)
   * and the other sides that act with it, who are its addressees too.
   */
  private record Side(
      Speaker who, @Nullable Mention subject, List<String> others, boolean ofGroup) {
    Side(Speaker who, @Nullable Mention subject) {
      this(who, subject, ImmutableList.of(), false);
    }
  }

  /**
   * Who does an act: the speaker found, and the second name of a compound subject with it ("Iran
   * and six world powers agreed"); but the sides when the act's own subject is a pair of names
   * ("Israel and Hamas have agreed ..., Qatar announced") or, for an acceptance, a group word of
   * the sides ("Borrell announced that the parties agreed"): whoever announces it, the act is
   * theirs, and the announcer's only when its party is one of them.
   */
  private List<Side> sidesOf(Parsed p, Cue cue, Resolved speaker) {
    Optional<List<Mention>> pair =
        AgreeingSides.pairSubject(p.tokens(), p.mentions(), article.text(), cue);
    if (pair.isPresent()) {
      List<Side> sides = new ArrayList<>();
      for (Mention m : pair.get()) {
        boolean announcer = m.party().equals(speaker.speaker().party());
        sides.add(
            new Side(announcer ? speaker.speaker() : m.asSpeaker(), m, ImmutableList.of(), true));
      }
      return sides;
    }
    List<Side> sides = new ArrayList<>();
    sides.add(new Side(speaker.speaker(), speaker.mention(), speaker.answered(), false));
    Mention subject = speaker.mention();
    if (subject == null || (subject.anaphor() && subject.party().isEmpty())) {
      return sides;
    }
    Mention partner = CompoundSubjects.after(p.mentions(), article.text(), subject, cue);
    if (partner != null) {
      // "Iran and six world powers agreed": both subjects act.
      sides.add(new Side(partner.asSpeaker(), partner));
    }
    Mention first =
        CompoundSubjects.before(p.tokens(), p.mentions(), p.cues(), article.text(), subject);
    Speaker firstSpeaker = first == null ? null : firstSubject(p, first, speaker.speaker());
    if (firstSpeaker != null) {
      // "He and Angela Merkel had told reporters": both subjects act.
      sides.add(0, new Side(firstSpeaker, first));
    }
    return sides;
  }

  /**
   * The sides of an agreement made "with" another party ("Velmar reached a deal with the
   * insurgents"): the one side found and the party after "with", each addressed to the other.
   */
  private List<Side> withPartner(Parsed p, Cue cue, List<Side> sides) {
    if (sides.size() != 1) {
      return sides;
    }
    Side side = sides.get(0);
    Mention partner = JointActs.partner(p.tokens(), p.mentions(), cue, side.who().party());
    if (partner == null || side.who().party().isEmpty()) {
      return sides;
    }
    return ImmutableList.of(
        side,
        new Side(partner.asSpeaker(), partner, ImmutableList.of(side.who().party().get()), false));
  }

  /**
   * The sides of a meeting or a call held with another party ("Varga met Brenn", "spoke by phone
   * with the envoy", "held talks with him"): the one side found and the one met, each addressed to
   * the other. "him" or "her" is the person last named before it in the paragraph, of another party
   * than the subject's.
   */
  private List<Side> withMeetingPartner(Parsed p, Cue cue, List<Side> sides) {
    if (sides.size() != 1) {
      return sides;
    }
    Side side = sides.get(0);
    Optional<String> party = side.who().party();
    int at = party.isEmpty() ? -1 : MeetingPartners.objectAt(p.tokens(), cue);
    if (at < 0 && party.isPresent()) {
      // "Varga visits Dorn": the side visited is the one met.
      at = Visits.destinationOf(p.tokens(), cue);
    }
    if (at < 0) {
      return sides;
    }
    Mention partner =
        MeetingPartners.isPronoun(p.tokens(), at)
            ? personNamedBefore(p, p.tokens().get(at).start(), party)
            : MeetingPartners.named(p.tokens(), p.mentions(), at, party);
    if (partner == null) {
      return sides;
    }
    Set<String> others = new LinkedHashSet<>(side.others());
    others.add(partner.party().orElseThrow());
    return ImmutableList.of(
        new Side(side.who(), side.subject(), ImmutableList.copyOf(others), side.ofGroup()),
        new Side(partner.asSpeaker(), partner, ImmutableList.of(party.get()), false));
  }

  /**
   * The person (a known actor) last named before {@code offset} in the sentence, then in the
   * sentences of its paragraph before it, whose party is another than {@code notOf}; null if none.
   */
  private @Nullable Mention personNamedBefore(Parsed p, int offset, Optional<String> notOf) {
    for (int k = p.sentence().index(); k >= 0 && k < parsed.size(); k--) {
      Parsed q = parsed.get(k);
      if (q.sentence().paragraph() != p.sentence().paragraph()) {
        break;
      }
      List<Mention> mentions = q.mentions();
      for (int j = mentions.size() - 1; j >= 0; j--) {
        Mention m = mentions.get(j);
        if (m.end() <= offset
            && m.isEntity()
            && m.actor().isPresent()
            && m.party().isPresent()
            && !m.party().equals(notOf)) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The sides a group subject stands for ("the two sides agreed", "both hospitals said they had
   * offered"): the parties whose names end with its word ("hospital"), else the negotiating parties
   * (see {@link #negotiatingParties}), as many as it counts. A known party named before the group
   * that reports its act ("Borrell announced that the parties agreed"), or the last speaker, is an
   * announcer, aside from them, and one of them when the others found fall short of the count
   * ("Lavrov said the two sides agreed": one other found). Each side is addressed to the others;
   * empty when fewer than two sides are found.
   */
  private List<Side> groupSides(
      Parsed p,
      GroupSubjects.Group group,
      @Nullable Resolved speaker,
      @Nullable List<String> together) {
    Mention m = speaker == null ? null : speaker.mention();
    // A speaker carried over from an earlier sentence tells nothing of a group told outside quotes
    // ("A mediator met them. Both sides rejected the cap."): the group is the sides, not the
    // mediator and one of them.
    boolean carriedOver = m == null && !p.isQuoted(group.start());
    Optional<String> announcer =
        speaker != null && speaker.speaker().known() && !isWithin(m, group) && !carriedOver
            ? speaker.speaker().party()
            : Optional.empty();
    List<String> parties = new ArrayList<>();
    if (together != null) {
      together.stream().filter(x -> !announcer.equals(Optional.of(x))).forEach(parties::add);
    } else if (group.nameWord() != null) {
      List<String> named = partiesNamedWith(group.nameWord());
      if (named.size() < 2) {
        // "The companies issued lockout notices": the parties last named together.
        named = namedTogether(p, group.start(), group.nameWord());
      }
      named.stream().filter(x -> !announcer.equals(Optional.of(x))).forEach(parties::add);
    } else {
      parties.addAll(negotiatingParties(p, announcer, group.count()));
    }
    List<String> all = new ArrayList<>(parties);
    List<Side> sides = new ArrayList<>();
    if (announcer.isPresent() && !parties.isEmpty() && parties.size() < group.count()) {
      all.add(0, announcer.get());
      sides.add(new Side(speaker.speaker(), m, ImmutableList.copyOf(parties), true));
    } else if (parties.size() < 2) {
      return ImmutableList.of();
    }
    for (String party : parties) {
      List<String> others = new ArrayList<>(all);
      others.remove(party);
      Speaker side = new Speaker(Optional.empty(), Optional.of(party), "", true);
      sides.add(new Side(side, null, others, true));
    }
    return sides;
  }

  /**
   * The parties a plural common noun of states or bodies that the lexicon does not list stands for
   * ("the companies", "both railways"): those last named together before {@code at} in the
   * sentence, then in the sentences before it (see {@link NamedTogether}); empty if none fit, or if
   * the noun is a name of a party ("the railways" listed as one's name).
   */
  private List<String> namedTogether(Parsed p, int at, String singular) {
    if (!NamedTogether.isGroupNoun(singular)) {
      return ImmutableList.of();
    }
    for (Cue cue : p.cues()) {
      if ((cue.kind() == Cue.Kind.PARTY || cue.kind() == Cue.Kind.ACTOR)
          && cue.end() <= at
          && Ascii.toLowerCase(article.text().substring(cue.start(), cue.end()))
              .endsWith(singular + "s")) {
        return ImmutableList.of();
      }
    }
    List<List<Cue>> sentences = new ArrayList<>();
    for (Parsed earlier : parsed) {
      if (earlier == p) {
        break;
      }
      sentences.add(earlier.cues());
    }
    sentences.add(p.cues());
    return NamedTogether.before(sentences, article.text(), at, singular, knowledge);
  }

  /**
   * The persons or parties a plural subject of persons stands for ("they", "the leaders"): those
   * last named together in the sentences before it in its paragraph and the paragraph before (see
   * {@link NamedTogether#persons}).
   */
  private List<String> personsNamedTogether(Parsed p, GroupSubjects.Group group) {
    List<NamedTogether.Named> sentences = new ArrayList<>();
    int paragraph = p.sentence().paragraph();
    for (Parsed earlier : parsed) {
      if (earlier == p) {
        break;
      }
      if (earlier.sentence().paragraph() >= paragraph - 1) {
        List<Mention> outside = new ArrayList<>();
        for (Mention m : earlier.mentions()) {
          if (!earlier.isQuoted(m.start())) {
            outside.add(m);
          }
        }
        sentences.add(new NamedTogether.Named(outside, earlier.sentence().end()));
      }
    }
    boolean pronoun =
        Ascii.equalsIgnoreCase(article.text().substring(group.start(), group.end()), "they");
    return NamedTogether.persons(sentences, article.text(), pronoun);
  }

  /** Whether an act told of a group is reported by a party named in the sentence. */
  private static boolean isNamedAnnouncer(@Nullable Resolved speaker, GroupSubjects.Group group) {
    Mention m = speaker == null ? null : speaker.mention();
    return m != null && m.isEntity() && !isWithin(m, group);
  }

  /** Whether a mention lies in a group subject ("the two leaders", "leaders" read as a role). */
  private static boolean isWithin(@Nullable Mention m, GroupSubjects.Group group) {
    return m != null && m.start() < group.end() && group.start() < m.end();
  }

  /**
   * The parties whose names in the article end with a word, as a word of its own: "Mercy Hospital"
   * and "Lakeside Hospital" for "hospital"; in the order the article first names them.
   */
  private List<String> partiesNamedWith(String word) {
    Set<String> parties = new LinkedHashSet<>();
    for (Parsed other : parsed) {
      for (Cue cue : other.cues()) {
        if (cue.kind() == Cue.Kind.PARTY
            && GroupSubjects.endsWithWord(article.text().substring(cue.start(), cue.end()), word)) {
          parties.add(cue.entry());
        }
      }
    }
    return ImmutableList.copyOf(parties);
  }

  /**
   * Who the first member of a compound subject is: the entity it names, or for "he"/"she" the
   * nearest person named before it in the sentence ("Stoltenberg said he and Blinken ..."), else
   * the last speaker; when of another party than the speaker found, else null.
   */
  private @Nullable Speaker firstSubject(Parsed p, Mention first, Speaker speaker) {
    Speaker who = first.anaphor() ? lastSpeaker() : first.asSpeaker();
    if (first.anaphor()) {
      for (Mention m : p.mentions()) {
        if (m.end() <= first.start() && m.isEntity() && m.actor().isPresent()) {
          who = m.asSpeaker();
        }
      }
    }
    if (who == null
        || !who.known()
        || who.party().isEmpty()
        || who.party().equals(speaker.party())) {
      return null;
    }
    return first.anaphor() ? new Speaker(who.actor(), who.party(), first.text(), true) : who;
  }

  /**
   * The parties a group word of the sides stands for, the announcer's aside: those the sentence
   * names that have spoken or been spoken to in the article so far (any it names, in an article
   * that has made no statement yet; "the French-German plan" names no side), and while fewer than
   * wanted, the parties most often speaking or spoken to in the paragraph's statements so far, then
   * in the article's.
   */
  private List<String> negotiatingParties(Parsed p, Optional<String> announcer, int wanted) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> spoke = new LinkedHashSet<>();
    for (Statement s : articleStatements) {
      s.speakerParty().ifPresent(seen::add);
      s.speakerParty().ifPresent(spoke::add);
      seen.addAll(s.addressees());
    }
    List<String> named = new ArrayList<>();
    for (Mention m : p.mentions()) {
      if (m.isEntity() && !p.isQuoted(m.start()) && !isPlace(p.tokens(), m)) {
        m.party()
            .filter(x -> !announcer.equals(Optional.of(x)))
            .filter(x -> seen.isEmpty() || seen.contains(x))
            .filter(x -> !named.contains(x))
            .ifPresent(named::add);
      }
    }
    // A party that has spoken comes before one only spoken to: a host or a bystander is named in
    // the statements' sentences, and so addressed, more often than it acts.
    named.sort(Comparator.comparingInt(x -> spoke.contains(x) ? 0 : 1));
    Set<String> parties = new LinkedHashSet<>(named);
    for (List<Statement> earlier : List.of(paragraphStatements, articleStatements)) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      Map<String, Integer> spoken = new LinkedHashMap<>();
      for (Statement s : earlier) {
        s.speakerParty().ifPresent(x -> counts.merge(x, 1, Integer::sum));
        s.speakerParty().ifPresent(x -> spoken.merge(x, 1, Integer::sum));
        s.addressees().forEach(x -> counts.merge(x, 1, Integer::sum));
      }
      announcer.ifPresent(counts::remove);
      List<String> ranked = new ArrayList<>(counts.keySet());
      ranked.sort(
          Comparator.<String>comparingInt(x -> -spoken.getOrDefault(x, 0))
              .thenComparingInt(x -> -counts.get(x)));
      for (String party : ranked) {
        if (parties.size() >= wanted) {
          break;
        }
        parties.add(party);
      }
    }
    return ImmutableList.copyOf(parties);
  }

  /** Prepositions of place: a party after one names where, not who ("met in Vietnam"). */
  private static final WordSet PLACE_PREPOSITIONS = WordSet.of("in", "at");

  private static boolean isPlace(Tokens tokens, Mention m) {
    int first = tokens.indexAt(m.start());
    return first > 0 && PLACE_PREPOSITIONS.contains(tokens.get(first - 1));
  }

  /**
   * Whether two statements of one party in a sentence have one speaker: the same actor, or the
   * party once by its actor and once by its name ("The Russian Foreign Ministry conveyed ...
   * Moscow's reaction").
   */
  private static boolean sameSpeaker(Statement a, Statement b) {
    return a.speakerActor().equals(b.speakerActor())
        || a.speakerActor().isEmpty()
        || b.speakerActor().isEmpty();
  }

  private static Statement merge(Statement first, Statement second) {
    Set<String> items = new LinkedHashSet<>(first.items());
    items.addAll(second.items());
    Set<String> addressees = new LinkedHashSet<>(first.addressees());
    addressees.addAll(second.addressees());
    Set<String> cues = new LinkedHashSet<>(first.cues());
    cues.addAll(second.cues());
    return Statement.builder()
        .from(first)
        .items(items)
        .addressees(addressees)
        .cues(cues)
        .conditional(first.conditional() || second.conditional())
        .partial(first.partial() || second.partial())
        .build();
  }

  /**
   * The date the next sentence of the paragraph gives to what this one told ("He stated this during
   * his press conference on February 15"); null if it gives none.
   */
  private @Nullable DateMention toldOn(Sentence sentence) {
    int next = sentence.index() + 1;
    if (next >= parsed.size()) {
      return null;
    }
    Parsed p = parsed.get(next);
    if (p.sentence().paragraph() != sentence.paragraph()
        || !Dates.datesWhatWasTold(p.tokens(), p.cues())) {
      return null;
    }
    List<DateMention> dates =
        knowledge
            .dates(
                article.text(),
                p.sentence().start(),
                p.sentence().end(),
                anchor,
                paragraphDate != null ? paragraphDate.date() : null)
            .stream()
            .filter(d -> d.precision() != DatePrecision.YEAR)
            .collect(ImmutableList.toImmutableList());
    if (inferred != null) {
      dates = inferred.resolve(dates);
    }
    return dates.isEmpty() ? null : dates.get(0);
  }

  private void date(
      ImmutableStatement.Builder statement,
      Parsed p,
      List<DateMention> dates,
      Cue cue,
      @Nullable Cue retold) {
    Sentence sentence = p.sentence();
    DateMention best = null;
    for (DateMention d : dates) {
      if (best == null || d.start() <= cue.start()) {
        best = d;
      }
    }
    DateMention told = best == null ? toldOn(sentence) : null;
    // An entry of a live page or a readout under a dated heading tells its own day: an act it
    // retells in the past perfect ("said that the UK had agreed to ...") is of that day, not of an
    // act told in an entry before.
    if (retold != null && !liveEntry && (best == null || best.start() < cue.start())) {
      // "He said on Friday that Pyongyang had sought ...": the act predates the telling; it is of
      // the last day an act told before took place, if before the telling's. A date after the act
      // verb is the act's own ("said he had spoken with Shoigu on Tuesday").
      DateMention telling =
          best != null ? best : told != null ? told : paragraphDate != null ? paragraphDate : null;
      LocalDate day =
          telling != null
              ? telling.date()
              : articleDate != null && inferred != null ? articleDate.date() : published;
      Statement before = day == null ? null : actedBefore(day);
      if (before != null) {
        statement
            .date(before.date().get())
            .datePrecision(before.datePrecision().get())
            .dateBasis(DateBasis.ARTICLE);
        return;
      }
    }
    if (best != null) {
      statement.date(best.date()).datePrecision(best.precision()).dateBasis(DateBasis.SENTENCE);
    } else if (told != null) {
      // "Stoltenberg reaffirmed ... He stated this on February 15": the next sentence dates it.
      statement.date(told.date()).datePrecision(told.precision()).dateBasis(DateBasis.PARAGRAPH);
    } else if (paragraphDate != null) {
      statement
          .date(paragraphDate.date())
          .datePrecision(paragraphDate.precision())
          .dateBasis(DateBasis.PARAGRAPH);
    } else if (interviewDay != null && turns.inTurn(sentence.paragraph())) {
      // "We spoke with her by phone on Wednesday": an answer with no day of its own was given then.
      statement.date(interviewDay).datePrecision(DatePrecision.DAY).dateBasis(DateBasis.ARTICLE);
    } else if (inferred != null && articleDate != null) {
      // An inferred publication date is only the latest day the body names: the last date told
      // before the act is nearer to it.
      statement
          .date(articleDate.date())
          .datePrecision(articleDate.precision())
          .dateBasis(DateBasis.ARTICLE);
    } else if (ledeDate != null
        && published != null
        && ledeDate.equals(published.minusDays(1))
        && !Dates.toldAsNowOrLater(p.tokens(), p.cues(), cue)) {
      // Published the day after the event its lead reports ("said on Saturday late in the
      // evening", posted just after midnight): what it goes on to report undated is of that day.
      statement.date(ledeDate).datePrecision(DatePrecision.DAY).dateBasis(DateBasis.ARTICLE);
    } else if (storyDay != null && goesOnWithTheLead(p, cue)) {
      // The lead dated the story ("agreed on Wednesday to ..."): what it goes on to tell in the
      // past, with no time of its own, was done that day, not on the day it was published.
      statement.date(storyDay).datePrecision(DatePrecision.DAY).dateBasis(DateBasis.ARTICLE);
    } else if (published != null) {
      statement.date(published).datePrecision(DatePrecision.DAY).dateBasis(DateBasis.PUBLICATION);
    } else {
      statement.dateBasis(DateBasis.NONE);
    }
  }

  /** How many days before the publication a lead's day may be for the story to go on with it. */
  private static final int LEAD_DAYS = 7;

  /** Whether {@code day} is in the week before the publication day: a day the story may tell. */
  private boolean inStoryWeek(LocalDate day) {
    return published != null
        && day.isBefore(published)
        && !day.isBefore(published.minusDays(LEAD_DAYS));
  }

  /** How many paragraphs from the top a lead may be. */
  private static final int LEAD_PARAGRAPHS = 2;

  /**
   * Whether an act with no date of its own goes on with the story its lead dated: the lead, in the
   * first paragraphs, named a day in the week before the publication ("on Wednesday"), the story
   * has named no other day since, and the act is told in the simple past with no time of its own in
   * its sentence or paragraph ({@link Dates#toldInSimplePast}); "In 2019, ..." or "Two years ago,
   * ..." tell background, "says" and "will" the day of writing or later.
   */
  private boolean goesOnWithTheLead(Parsed p, Cue cue) {
    return storyDay != null
        && ledeParagraph >= 0
        && ledeParagraph < LEAD_PARAGRAPHS
        && inStoryWeek(storyDay)
        && !sentenceTimed
        && !paragraphTimed
        && Dates.toldInSimplePast(p.tokens(), p.cues(), cue)
        && !toldAtAnotherTime(p);
  }

  /** The sentence {@link #anotherTime} was worked out for, or -1. */
  private int anotherTimeOf = -1;

  private boolean anotherTime;

  /** {@link Dates#toldAtAnotherTime}, worked out once a sentence however many acts it tells. */
  private boolean toldAtAnotherTime(Parsed p) {
    if (anotherTimeOf != p.sentence().index()) {
      anotherTimeOf = p.sentence().index();
      anotherTime = Dates.toldAtAnotherTime(p.tokens());
    }
    return anotherTime;
  }

  /**
   * The last day before the given one on which an act the article has already told took place: a
   * past perfect retold goes back to the events of the story, not to any day it names in passing
   * ("since fighting broke out on April 15"). Null if none.
   */
  private @Nullable Statement actedBefore(LocalDate day) {
    for (int i = articleStatements.size() - 1; i >= 0; i--) {
      Statement s = articleStatements.get(i);
      if (s.date().isPresent() && s.datePrecision().isPresent() && s.date().get().isBefore(day)) {
        return s;
      }
    }
    return null;
  }

  private static List<String> idsIn(
      List<Cue> cues, Cue.Kind kind, int start, int end, List<String> labels) {
    Set<String> ids = new LinkedHashSet<>();
    for (Cue cue : cues) {
      if (cue.kind() == kind && cue.start() >= start && cue.end() <= end) {
        if (ids.add(cue.entry())) {
          labels.add(cue.label());
        }
      }
    }
    return ImmutableList.copyOf(ids);
  }

  private List<String> addresseesOf(Parsed p, Speaker who, @Nullable Mention subject) {
    Set<String> parties = new LinkedHashSet<>();
    for (Mention m : p.mentions()) {
      if (m.anaphor() || (subject != null && m.start() == subject.start())) {
        continue;
      }
      if (subject != null && m.end() <= subject.end() && m.start() >= subject.start()) {
        continue;
      }
      m.party().filter(party -> !who.party().equals(Optional.of(party))).ifPresent(parties::add);
    }
    if (parties.isEmpty()) {
      for (List<Statement> earlier : List.of(paragraphStatements, articleStatements)) {
        for (int i = earlier.size() - 1; i >= 0 && parties.isEmpty(); i--) {
          Statement s = earlier.get(i);
          if (s.speakerParty().equals(who.party())) {
            parties.addAll(s.addressees());
          }
        }
      }
    }
    return ImmutableList.copyOf(parties);
  }

  /**
   * A speaker with the mention that named it, the rule that found it, its cue label and, when the
   * act is told by another (the reporter of "Lavrov said Washington had rejected"), the teller.
   */
  private record Resolved(
      Speaker speaker,
      @Nullable Mention mention,
      String rule,
      Optional<String> cue,
      @Nullable Speaker teller,
      List<String> answered) {
    Resolved(Speaker speaker, @Nullable Mention mention, String rule, Optional<String> cue) {
      this(speaker, mention, rule, cue, null);
    }

    Resolved(
        Speaker speaker,
        @Nullable Mention mention,
        String rule,
        Optional<String> cue,
        @Nullable Speaker teller) {
      this(speaker, mention, rule, cue, teller, ImmutableList.of());
    }
  }

  /** Whether a rule found the teller after the act: "..., X said", "according to X". */
  private static boolean isToldAfter(String rule) {
    return rule.startsWith("reporting-after") || rule.startsWith("according-to");
  }

  /**
   * Who does an act: outside quotes, see {@link #speakerOfReport}; inside, the quote's speaker,
   * unless a known party or actor of another side is the subject of the act's own clause.
   */
  private @Nullable Resolved speakerOf(Parsed p, Cue act) {
    if (!p.isQuoted(act.start())) {
      return speakerOfReport(p, act);
    }
    Resolved quoting = speakerOfQuote(p);
    Optional<Mention> own = QuotedClauses.subject(p.tokens(), p.mentions(), act);
    if (quoting != null
        && own.isPresent()
        && !own.get().party().equals(quoting.speaker().party())) {
      // "... while the BMA refuses to budge," Barclay said: the quote tells of another's act.
      Mention m = own.get();
      return new Resolved(
          m.asSpeaker(), m, "quoted-clause-subject", Optional.empty(), quoting.speaker());
    }
    return quoting;
  }

  /**
   * Who is ready or unwilling to act ("the readiness of Washington to agree", "NATO's reluctance to
   * discuss"): the holder named with the noun; whoever tells of it is the teller.
   */
  private Resolved holderOf(Parsed p, Cue act, Readiness.Holder holder) {
    Resolved teller = speakerOf(p, act);
    Mention m = holder.holder();
    return new Resolved(
        m.asSpeaker(),
        m,
        "readiness-holder",
        Optional.empty(),
        teller == null ? null : teller.speaker());
  }

  /** Who speaks a quote: its attribution, else "according to", else the last speaker. */
  private @Nullable Resolved speakerOfQuote(Parsed p) {
    Sentence sentence = p.sentence();
    Optional<Attribution.Found> found =
        Attribution.ofQuote(p.tokens(), p.mentions(), p.cues(), p.quoted(), sentence);
    if (found.isEmpty() && p.endsInQuote()) {
      for (int k = sentence.index() + 1; k < parsed.size(); k++) {
        Parsed next = parsed.get(k);
        if (next.sentence().paragraph() != sentence.paragraph()) {
          break;
        }
        found =
            Attribution.ofQuote(
                next.tokens(), next.mentions(), next.cues(), next.quoted(), next.sentence());
        if (found.isPresent() || !next.endsInQuote()) {
          break;
        }
      }
    }
    if (found.isPresent()) {
      return resolve(found.get(), "quote-attribution");
    }
    Optional<Attribution.Found> according = Attribution.accordingTo(p.tokens(), p.mentions());
    if (according.isPresent()) {
      return resolve(according.get(), according.get().rule());
    }
    Speaker last = lastSpeaker();
    return last == null
        ? null
        : new Resolved(last, null, "quote-previous-speaker", Optional.empty());
  }

  /** Who does an act told outside quotes. */
  private @Nullable Resolved speakerOfReport(Parsed p, Cue act) {
    Sentence sentence = p.sentence();
    Optional<PassiveAnswers.Subject> passive =
        PassiveAnswers.of(p.tokens(), p.mentions(), p.cues(), act);
    if (passive.isPresent()) {
      // "Russia's proposal was rejected": whoever it was made to answers it, if the text says.
      return answererOf(p, passive.get());
    }
    Optional<SentAnswers.Answer> sent = SentAnswers.of(p.tokens(), p.mentions(), p.cues(), act);
    if (sent.isPresent()) {
      // "The response was sent to Brussels", "Moscow has received the response": its author's.
      Resolved author = authorOf(p, sent.get());
      if (author != null || sent.get().received()) {
        return author;
      }
    }
    Optional<Attribution.Found> found =
        Reception.speaker(
            p.tokens(),
            p.mentions(),
            p.cues(),
            act,
            Attribution.ofReport(p.tokens(), p.mentions(), p.cues(), p.quoted(), sentence, act));
    if (found.isPresent()
        && found.get().mention() != null
        && found.get().mention().anaphor()
        && found.get().mention().party().isEmpty()
        && UnnamedGroups.opensWithOne(p.tokens(), p.mentions())) {
      // "Business groups and provincial governments had urged ...": no one the record can name.
      return null;
    }
    if (found.isPresent()) {
      Resolved reporter = resolve(found.get(), found.get().rule());
      if (reporter != null && found.get().rule().startsWith("reporting-subject")) {
        Optional<Mention> embedded =
            Attribution.embeddedSubject(
                p.tokens(),
                p.mentions(),
                Attribution.reportingBefore(p.tokens(), p.cues(), p.quoted(), sentence, act),
                act);
        if (embedded.isPresent()
            && embedded.get().party().isPresent()
            && !Obligations.isObligation(p.tokens(), act)
            && !embedded.get().party().equals(reporter.speaker().party())) {
          // "Fain said Ford had accepted ...": the reporter tells of another party's act.
          Mention m = embedded.get();
          return new Resolved(
              m.asSpeaker(), m, "embedded-subject", Optional.empty(), reporter.speaker());
        }
      }
      if (reporter != null && isToldAfter(found.get().rule())) {
        Optional<Mention> own = Subjects.rightBefore(p.tokens(), p.mentions(), act);
        if (own.isPresent()
            && !own.get().party().equals(reporter.speaker().party())
            && !Obligations.isObligation(p.tokens(), act)) {
          // "Ostland rejected the quota, Norvanian officials said": the act is its subject's, and
          // the officials tell of it.
          Mention m = own.get();
          return new Resolved(
              m.asSpeaker(), m, "clause-subject", Optional.empty(), reporter.speaker());
        }
      }
      if (reporter != null
          && found.get().rule().equals("sentence-subject")
          && found.get().mention() != null
          && Obligations.bindsItsSubject(p.tokens(), found.get().mention(), act)) {
        // "The universities must decide the numbers and submit the plans": a duty, told by no one.
        return null;
      }
      if (reporter != null && found.get().rule().equals("sentence-subject")) {
        Optional<Mention> own =
            Subjects.ofClause(p.tokens(), p.mentions(), found.get().mention(), act);
        if (own.isPresent() && !own.get().party().equals(reporter.speaker().party())) {
          // "NATO pressed ahead with a plan Russia has rejected": the verb has its own subject.
          Mention m = own.get();
          return new Resolved(
              m.asSpeaker(), m, "clause-subject", Optional.empty(), reporter.speaker());
        }
        Optional<Mention> joined =
            CoordinatedClauses.subjectOf(
                p.tokens(), p.mentions(), p.cues(), found.get().mention(), act);
        if (joined.isPresent() && Obligations.bindsItsSubject(p.tokens(), joined.get(), act)) {
          // "..., and the insurgents must now decide": a duty of theirs, told by no one.
          return null;
        }
        if (joined.isPresent()) {
          // "Velmar rejected the truce, and the insurgents threatened to resume fighting".
          Mention m = joined.get();
          return new Resolved(m.asSpeaker(), m, "joined-clause-subject", Optional.empty());
        }
      }
      return reporter;
    }
    Optional<Mention> antecedent = Subjects.relativeAntecedent(p.tokens(), p.mentions(), act);
    if (antecedent.isPresent()) {
      // "The proposal was drafted with the help of Julie Su, who flew in to meet both sides".
      Mention m = antecedent.get();
      return new Resolved(m.asSpeaker(), m, "relative-subject", Optional.empty());
    }
    if (opensWithAThing(p) && !opensWithTheIdiom(p, act)) {
      // "The treaty, signed in 2010, is due to expire": a thing is the subject, and no one
      // reports; the act word tells of no one's act, least of all the last speaker's.
      return null;
    }
    if (UnnamedGroups.opensWithOne(p.tokens(), p.mentions())) {
      // "Some delegations wanted ...": a group the record cannot name, not the last speaker.
      return null;
    }
    Speaker last = lastSpeaker();
    return last == null ? null : new Resolved(last, null, "previous-speaker", Optional.empty());
  }

  /**
   * Who answers a proposal in an agentless passive ("The offer was rejected"): its author is the
   * owner named in its phrase, else, for a definite phrase, the speaker of the last statement of
   * its kind (a proposal or a demand) in the paragraph, else in the article; the one who answers is
   * the one party other than the author that the sentence names, else the one it was made to by
   * that statement. Null when either cannot be told: no guess is made.
   */
  private @Nullable Resolved answererOf(Parsed p, PassiveAnswers.Subject subject) {
    Statement proposal = null;
    for (List<Statement> earlier : List.of(paragraphStatements, articleStatements)) {
      for (int i = earlier.size() - 1; i >= 0 && proposal == null; i--) {
        Statement s = earlier.get(i);
        if (s.act() == subject.proposed()
            && s.speakerParty().isPresent()
            && (subject.owner().isEmpty() || s.speakerParty().equals(subject.owner()))) {
          proposal = s;
        }
      }
    }
    Optional<String> author =
        subject.owner().isPresent() || !subject.definite() || proposal == null
            ? subject.owner()
            : proposal.speakerParty();
    if (author.isEmpty()) {
      return null;
    }
    Set<String> others = new LinkedHashSet<>();
    subject.addressee().ifPresent(others::add);
    for (Mention m : p.mentions()) {
      if (m.isEntity() && !p.isQuoted(m.start())) {
        m.party().filter(x -> !author.equals(Optional.of(x))).ifPresent(others::add);
      }
    }
    if (others.isEmpty() && proposal != null) {
      proposal.addressees().stream()
          .filter(x -> !author.equals(Optional.of(x)))
          .forEach(others::add);
    }
    if (others.size() != 1) {
      return null;
    }
    Speaker answerer =
        new Speaker(Optional.empty(), Optional.of(others.iterator().next()), "", true);
    return new Resolved(
        answerer,
        null,
        "passive-addressee",
        Optional.empty(),
        null,
        ImmutableList.of(author.get()));
  }

  /**
   * The author of an answer told with no agent: its owner, else the party of the last answer of the
   * paragraph, then of the article, that is not the receiver's; addressed to the parties the
   * sentence names besides, else to those of that answer. Null when no author can be told.
   */
  private @Nullable Resolved authorOf(Parsed p, SentAnswers.Answer answer) {
    Statement last = null;
    for (List<Statement> earlier : List.of(paragraphStatements, articleStatements)) {
      for (int i = earlier.size() - 1; i >= 0 && last == null; i--) {
        Statement s = earlier.get(i);
        if (s.act() == Act.RESPOND
            && s.speakerParty().isPresent()
            && !s.speakerParty().equals(answer.receiver())
            && (answer.owner().isEmpty() || s.speakerParty().equals(answer.owner()))) {
          last = s;
        }
      }
    }
    Optional<String> author =
        answer.owner().isPresent() || last == null ? answer.owner() : last.speakerParty();
    if (author.isEmpty()) {
      return null;
    }
    Set<String> others = new LinkedHashSet<>();
    answer.receiver().ifPresent(others::add);
    for (Mention m : p.mentions()) {
      if (m.isEntity() && !p.isQuoted(m.start())) {
        m.party().filter(x -> !author.equals(Optional.of(x))).ifPresent(others::add);
      }
    }
    if (others.isEmpty() && last != null) {
      others.addAll(last.addressees());
    }
    Speaker speaker = new Speaker(Optional.empty(), author, "", true);
    return new Resolved(
        speaker, null, "answer-author", Optional.empty(), null, ImmutableList.copyOf(others));
  }

  /**
   * Whether a sentence opens with a thing as its subject ("The document was published ...", "This
   * move ..."): a determiner first, and no party, actor or role in its first three words. An "it"
   * in the next sentence refers to that thing, not to a speaker.
   */
  private static boolean opensWithAThing(Parsed p) {
    Tokens tokens = p.tokens();
    int first = Math.max(0, tokens.indexAt(Mentions.datelineEnd(tokens)));
    if (first >= tokens.size() || !THING_DETERMINERS.contains(tokens.get(first))) {
      return false;
    }
    int limit = first + 3 < tokens.size() ? tokens.get(first + 3).start() : p.sentence().end();
    for (Mention m : p.mentions()) {
      if (m.start() < limit) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the act is an idiom that is a clause of its own and opens the sentence after its
   * determiner ("The door remains open for talks"): its noun is no thing the sentence is about but
   * part of the act, which is the last speaker's.
   */
  private static boolean opensWithTheIdiom(Parsed p, Cue act) {
    Tokens tokens = p.tokens();
    int first = Math.max(0, tokens.indexAt(Mentions.datelineEnd(tokens)));
    return tokens.indexAt(act.start()) == first + 1 && Grammar.isClause(tokens, act);
  }

  /** "call" in any case: the cheap test before a sentence is searched for calls on someone. */
  private static final FoldedWords CALL = new FoldedWords(ImmutableList.of("call"));

  private static final WordSet THING_DETERMINERS =
      WordSet.of("the", "this", "that", "a", "an", "its");

  private @Nullable Resolved resolve(Attribution.Found found, String rule) {
    Speaker speaker = found.speaker();
    if (found.mention() != null
        && found.mention().anaphor()
        && previousInParagraph != null
        && Ascii.equalsIgnoreCase(found.mention().text(), "it")
        && opensWithAThing(previousInParagraph)) {
      // "The draft was published on Friday. It rejects ...": "it" is the draft, not a speaker.
      return null;
    }
    if (found.mention() != null && found.mention().anaphor()) {
      Speaker last = lastSpeaker();
      Optional<String> party = found.mention().party();
      if (last == null && party.isEmpty()) {
        return null;
      }
      if (last == null || (party.isPresent() && !party.equals(last.party()))) {
        // "Ethiopia's government", "a U.S. official": a role that names its own party.
        speaker = new Speaker(Optional.empty(), party, found.mention().text(), true);
      } else {
        speaker = new Speaker(last.actor(), last.party(), found.mention().text(), last.known());
      }
      rule += "+anaphora";
    }
    return new Resolved(speaker, found.mention(), rule, found.cue());
  }

  private Optional<Boilerplate> boilerplateOf(Sentence sentence) {
    for (Boilerplate b : article.boilerplate()) {
      int overlap = Math.min(b.end(), sentence.end()) - Math.max(b.start(), sentence.start());
      if (overlap * 2 > sentence.end() - sentence.start()) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  static boolean isForeign(String text) {
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          letters++;
          latin++;
        }
      } else if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    return letters > 0 && latin * 2 < letters;
  }

  static final Comparator<Cue> BY_START =
      Comparator.comparingInt(Cue::start)
          .thenComparing(Comparator.comparingInt(Cue::end).reversed());
}
