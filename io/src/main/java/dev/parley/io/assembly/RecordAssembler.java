package dev.parley.io.assembly;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parley.agenda.Item;
import dev.parley.agenda.ItemPackage;
import dev.parley.communication.CommunicationKind;
import dev.parley.communication.EntryKind;
import dev.parley.communication.StanceKind;
import dev.parley.evidence.Evidence;
import dev.parley.io.article.Article;
import dev.parley.io.article.DateMention;
import dev.parley.io.article.DateMentions;
import dev.parley.io.article.DatePrecision;
import dev.parley.io.lexicon.ActorEntry;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.DocumentEntry;
import dev.parley.io.lexicon.ItemEntry;
import dev.parley.io.lexicon.LexiconMatch;
import dev.parley.io.lexicon.MatchKind;
import dev.parley.io.lexicon.PackageEntry;
import dev.parley.io.lexicon.PartyEntry;
import dev.parley.io.statement.ArticleStatements;
import dev.parley.io.statement.DateBasis;
import dev.parley.io.statement.Statement;
import dev.parley.party.Actor;
import dev.parley.party.ActorRole;
import dev.parley.party.Party;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the statements of many articles into one negotiation record.
 *
 * <p>The case lexicon gives the skeleton: its parties, actors, items and packages, and its
 * documents, each of which becomes a communication (a document that names a package puts forward
 * every item of it: a demand where others would have to act, an offer where the author would).
 * Statements then add evidence and positions, in time order:
 *
 * <ul>
 *   <li>A <b>demand</b> or <b>proposal</b> of an item goes into the document it names or the
 *       author's document of that day (of several, the one addressed to the statement's addressee);
 *       failing that, it restates the author's earlier proposal of the item and adds its evidence
 *       there; failing that, it is a new proposal, the author's remarks of that day.
 *   <li>An <b>acceptance</b>, <b>rejection</b> or offer to <b>discuss</b> an item becomes a stance
 *       in a response by the speaker's party of that day (its document of the day, or its remarks)
 *       answering every earlier proposal by another party that puts the item forward; when its
 *       sentence names the item as a demand ("rejected calls for a truce"), it is also evidence of
 *       the demand in each of those proposals that demands it; when it names one of those
 *       proposals' documents ("discussed the ratios, part of the union's draft"), it is also
 *       evidence of the item's entry in that document. Readiness to discuss an item the speaker's
 *       party has itself offered restates the offer.
 *   <li>Openness to <b>discuss</b> an item, or an <b>offer</b> of it, is also openness to discuss
 *       each item the case lexicon says it {@code includes}, answering other parties' earlier
 *       proposals of that item: a stance with the statement's evidence that names the item it came
 *       through ({@code via}), dropped where the same response takes a stance on the included item
 *       itself. Acceptances, rejections and demands carry nothing to the items included.
 *   <li>An acceptance or rejection that names no item but a document is a verdict on it; one that
 *       names an addressee and a communication ("rejected Moscow's demands") is a verdict on that
 *       party's communication as a whole: the one of a day the sentence names, else its latest,
 *       never one that itself answers the verdict's own response. An offer to discuss that names no
 *       item but another party's document is openness on what that document offers, and no position
 *       on what it demands; one that names no such document is set aside: readiness to talk is no
 *       position on each item of what it answers.
 *   <li>A <b>response</b> that names a document of the speaker's party is evidence that it took
 *       place.
 *   <li>A rejection of an item that the same communication also counters with an item of its own is
 *       one refusal: the counter-proposal, with the rejection's evidence.
 * </ul>
 *
 * <p>A statement dated only by an earlier sentence of its paragraph, a day before a document it
 * names, is placed on the article's day instead.
 *
 * <p>Statements by commentators (actors with the role {@code expert}), by unknown parties, threats
 * and denials (which take no position on an item), and statements that fit nowhere are {@link
 * SetAside set aside} with the reason. The same claim reported by several articles becomes one
 * entry or stance with all its evidence; different stances of one party on one item on one day are
 * kept side by side and listed as {@link Conflict conflicts}.
 */
public final class RecordAssembler {
  private final CompiledLexicon lexicon;
  private final CaseLexicon caseLexicon;

  private RecordAssembler(CompiledLexicon lexicon) {
    this.lexicon = checkNotNull(lexicon, "lexicon");
    this.caseLexicon = lexicon.caseLexicon();
  }

  /** Creates an assembler for the negotiation the lexicon's case describes. */
  public static RecordAssembler of(CompiledLexicon lexicon) {
    return new RecordAssembler(lexicon);
  }

  /** Assembles the statements of the given articles into a record. */
  public Assembly assemble(List<ArticleStatements> articles) {
    return new Run(articles).assemble();
  }

  /** The state of one assembly. */
  private final class Run {
    private final List<ArticleStatements> articles;
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, CommunicationDraft> drafts = new LinkedHashMap<>();
    private final List<SetAside> setAside = new ArrayList<>();

    Run(List<ArticleStatements> articles) {
      this.articles = articles;
    }

    Assembly assemble() {
      for (PartyEntry party : caseLexicon.parties()) {
        parties.put(party.id(), toParty(party));
      }
      for (DocumentEntry document : caseLexicon.documents()) {
        drafts.put(document.id(), draftOf(document));
      }
      for (Placed placed : statementsInTimeOrder()) {
        place(placed);
      }
      return finish();
    }

    private List<Placed> statementsInTimeOrder() {
      List<Placed> all = new ArrayList<>();
      for (ArticleStatements reading : articles) {
        Article article = reading.article();
        Optional<LocalDate> articleDate =
            article.published().date().or(() -> dateOfDocumentsNamed(reading));
        for (Statement statement : reading.statements()) {
          Optional<LocalDate> date =
              statement
                  .date()
                  .map(d -> notBeforeItsDocuments(statement, d, articleDate))
                  .or(() -> articleDate);
          if (date.isEmpty()) {
            setAside(
                statement,
                "no date: neither the sentence, nor the article, nor a document it names gives one");
            continue;
          }
          all.add(new Placed(article, statement, date.get()));
        }
      }
      all.sort(Comparator.comparing(Placed::date));
      return all;
    }

    /**
     * The day a statement is placed on: its own, unless that day was only carried from an earlier
     * sentence of its paragraph and falls before a case document the statement names ("In December
     * they set out their demands. ... They were not satisfied with the reply" to a January
     * document): what answers, judges or reports a document comes after it, so the paragraph's day
     * is another event's, and the article's day stands for it instead when not before the document.
     */
    private LocalDate notBeforeItsDocuments(
        Statement statement, LocalDate day, Optional<LocalDate> articleDay) {
      if (statement.dateBasis() != DateBasis.PARAGRAPH
          || statement.documents().isEmpty()
          || articleDay.isEmpty()) {
        return day;
      }
      LocalDate lastDay =
          statement.datePrecision().equals(Optional.of(DatePrecision.MONTH))
              ? day.with(TemporalAdjusters.lastDayOfMonth())
              : day;
      Optional<LocalDate> latestDocument =
          statement.documents().stream()
              .map(caseLexicon::document)
              .flatMap(Optional::stream)
              .map(DocumentEntry::date)
              .max(Comparator.naturalOrder());
      boolean before = latestDocument.isPresent() && latestDocument.get().isAfter(lastDay);
      return before && !articleDay.get().isBefore(latestDocument.get()) ? articleDay.get() : day;
    }

    /**
     * The date of an undated article, inferred from the case documents its statements name: the
     * date of the document named most often, the latest on a tie. An article that reports a
     * document is seldom written long after it; this is a guess, and only used when the article
     * itself gives no date.
     */
    private Optional<LocalDate> dateOfDocumentsNamed(ArticleStatements reading) {
      Map<String, Integer> named = new LinkedHashMap<>();
      for (Statement statement : reading.statements()) {
        for (String document : statement.documents()) {
          if (caseLexicon.document(document).isPresent()) {
            named.merge(document, 1, Integer::sum);
          }
        }
      }
      return named.entrySet().stream()
          .max(
              Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                  .thenComparing(e -> caseLexicon.document(e.getKey()).get().date()))
          .map(e -> caseLexicon.document(e.getKey()).get().date());
    }

    private void place(Placed placed) {
      Statement statement = placed.statement();
      Optional<String> party = statement.speakerParty().filter(this::knowParty);
      if (party.isEmpty()) {
        setAside(statement, "the speaker's party is unknown");
        return;
      }
      Optional<ActorEntry> actor = statement.speakerActor().flatMap(lexicon::actor);
      if (actor.isPresent() && actor.get().role() == ActorRole.EXPERT) {
        setAside(statement, "the speaker is a commentator, who does not speak for a party");
        return;
      }
      Evidence evidence = EvidenceOf.statement(placed.article(), statement, actorId(statement));
      switch (statement.act()) {
        case DEMAND -> putForward(placed, party.get(), EntryKind.DEMAND, evidence);
        case PROPOSE -> putForward(placed, party.get(), EntryKind.OFFER, evidence);
        case ACCEPT ->
            answer(
                placed,
                party.get(),
                statement.conditional()
                    ? StanceKind.OPEN_TO_DISCUSS
                    : statement.partial() ? StanceKind.PARTIALLY_ACCEPTED : StanceKind.ACCEPTED,
                evidence);
        case REJECT -> answer(placed, party.get(), StanceKind.REJECTED, evidence);
        case DISCUSS -> answer(placed, party.get(), StanceKind.OPEN_TO_DISCUSS, evidence);
        case RESPOND -> respond(placed, party.get(), evidence);
        case THREATEN -> threaten(placed, party.get(), evidence);
        case DENY -> setAside(statement, "a deny takes no position on an item");
      }
    }

    /**
     * A threat that names items the speaker has itself demanded presses those demands ("in the
     * absence of guarantees, we will be forced to respond"): it is kept as evidence that the demand
     * stands on the threat's day. A threat over anything else takes no position on an item.
     */
    private void threaten(Placed placed, String party, Evidence evidence) {
      List<String> pressed =
          knownItems(placed.statement()).stream()
              .filter(item -> demandedBy(party, item, placed.date()))
              .toList();
      if (pressed.isEmpty()) {
        setAside(
            placed.statement(),
            "a threat takes no position unless it presses an item the speaker demands");
        return;
      }
      putForward(placed, party, EntryKind.DEMAND, evidence, pressed);
    }

    /** Whether {@code party} has itself demanded {@code item} on or before {@code date}. */
    private boolean demandedBy(String party, String item, LocalDate date) {
      return drafts.values().stream()
          .anyMatch(d -> d.author.equals(party) && !d.date.isAfter(date) && d.demands(item));
    }

    private void putForward(Placed placed, String party, EntryKind kind, Evidence evidence) {
      List<String> items = knownItems(placed.statement());
      if (items.isEmpty()) {
        setAside(placed.statement(), "it names no item of the case lexicon");
        return;
      }
      putForward(placed, party, kind, evidence, items);
    }

    private void putForward(
        Placed placed, String party, EntryKind kind, Evidence evidence, List<String> items) {
      for (String item : items) {
        Optional<CommunicationDraft> own =
            ownDocument(placed, party).filter(d -> d.putsForward(item) || d.hasNoPackage());
        if (own.isPresent()) {
          own.get().addEntry(item, kind, List.of(evidence));
          continue;
        }
        LocalDate latest = latestDayOf(placed);
        Optional<CommunicationDraft> earlier =
            drafts.values().stream()
                .filter(d -> d.author.equals(party) && !d.date.isAfter(latest))
                .filter(d -> d.putsForward(item))
                .reduce((first, second) -> second);
        if (earlier.isPresent()) {
          earlier.get().addEntry(item, kind, List.of(evidence));
          continue;
        }
        CommunicationDraft remarks = remarks(party, placed.date());
        remarks.addEntry(item, kind, List.of(evidence));
        remarks.addressees.addAll(addresseesFor(placed.statement(), party, item));
      }
      for (String item : items) {
        counter(placed, party, item, evidence);
        if (kind == EntryKind.OFFER) {
          carryOpenness(placed, party, item, evidence);
        }
      }
    }

    /**
     * Putting {@code item} forward, or holding to it, counters the items of other parties' earlier
     * proposals that the case lexicon says it opposes: each becomes a counter-proposal in the
     * speaker's response of the day.
     */
    private void counter(Placed placed, String party, String item, Evidence evidence) {
      for (String opposed : opposedTo(item)) {
        List<CommunicationDraft> proposals = proposalsOf(opposed, party, placed.date());
        if (!proposals.isEmpty()) {
          responseAnswering(placed, party, proposals).addCounter(opposed, item, evidence);
        }
      }
    }

    /**
     * Openness to discuss {@code item}, or an offer of it, carried to the items the case lexicon
     * says it includes: the speaker is open to discuss each of them as other parties' earlier
     * proposals put it forward, by the statement's evidence, through {@code item}. Whether anything
     * was carried.
     */
    private boolean carryOpenness(Placed placed, String party, String item, Evidence evidence) {
      boolean any = false;
      for (String included : caseLexicon.included(item)) {
        List<CommunicationDraft> proposals = proposalsOf(included, party, placed.date());
        if (!proposals.isEmpty()) {
          responseAnswering(placed, party, proposals)
              .addCarriedStance(included, StanceKind.OPEN_TO_DISCUSS, item, evidence);
          any = true;
        }
      }
      return any;
    }

    /**
     * The speaker's response of the statement's day, made to answer {@code proposals}: remarks are
     * addressed to their authors.
     */
    private CommunicationDraft responseAnswering(
        Placed placed, String party, List<CommunicationDraft> proposals) {
      CommunicationDraft response = responseOf(placed, party);
      proposals.forEach(p -> response.answers.add(p.id));
      if (response.isRemarks()) {
        proposals.forEach(p -> response.addressees.add(p.author));
      }
      return response;
    }

    /** The items {@code item} opposes, or that oppose it: opposition goes both ways. */
    private Set<String> opposedTo(String item) {
      Set<String> opposed = new LinkedHashSet<>();
      caseLexicon.item(item).ifPresent(i -> opposed.addAll(i.opposes()));
      for (ItemEntry other : caseLexicon.items()) {
        if (other.opposes().contains(item)) {
          opposed.add(other.id());
        }
      }
      return opposed;
    }

    /** Whether {@code party} has itself put {@code item} forward on or before {@code date}. */
    private boolean ownItem(String party, String item, LocalDate date) {
      return drafts.values().stream()
          .anyMatch(d -> d.author.equals(party) && !d.date.isAfter(date) && d.putsForward(item));
    }

    /** Whether {@code party} has itself offered {@code item} on or before {@code date}. */
    private boolean offeredBy(String party, String item, LocalDate date) {
      return drafts.values().stream()
          .anyMatch(
              d -> d.author.equals(party) && !d.date.isAfter(date) && d.offers().contains(item));
    }

    private void answer(Placed placed, String party, StanceKind kind, Evidence evidence) {
      List<String> items = knownItems(placed.statement());
      if (items.isEmpty()) {
        verdict(placed, party, kind, evidence);
        return;
      }
      boolean placedAny = false;
      Set<String> asked = itemsNamedAsDemands(placed.statement().quote());
      for (String item : items) {
        if (kind == StanceKind.REJECTED && ownItem(party, item, placed.date())) {
          // Refusing to give up one's own item ("there will be no change") is holding to it.
          putForward(placed, party, EntryKind.DEMAND, evidence, List.of(item));
          placedAny = true;
          continue;
        }
        if (kind == StanceKind.OPEN_TO_DISCUSS && offeredBy(party, item, placed.date())) {
          // Being ready to talk about what one has offered ("sees progress on the truce it
          // proposed") restates the offer.
          putForward(placed, party, EntryKind.OFFER, evidence, List.of(item));
          placedAny = true;
          continue;
        }
        if (kind == StanceKind.OPEN_TO_DISCUSS && carryOpenness(placed, party, item, evidence)) {
          placedAny = true;
        }
        List<CommunicationDraft> proposals = proposalsOf(item, party, placed.date());
        if (proposals.isEmpty()) {
          continue;
        }
        responseAnswering(placed, party, proposals).addStance(item, kind, evidence);
        if (asked.contains(item)) {
          // "the unacceptability of demands to withdraw troops": the answer reports the demand.
          proposals.stream()
              .filter(p -> p.demands(item))
              .forEach(p -> p.addEntry(item, EntryKind.DEMAND, List.of(evidence)));
        } else {
          // "discussed the ratios, part of the union's draft": the answer reports what the draft
          // it names puts forward.
          proposals.stream()
              .filter(p -> placed.statement().documents().contains(p.id))
              .forEach(
                  p ->
                      p.addEntry(
                          item,
                          p.demands(item) ? EntryKind.DEMAND : EntryKind.OFFER,
                          List.of(evidence)));
        }
        placedAny = true;
      }
      if (!placedAny) {
        setAside(
            placed.statement(),
            "no earlier proposal by another party puts forward " + String.join(", ", items));
      }
    }

    /**
     * The items a sentence names as another side's demands, by a noun of asking right before them
     * ("rejected calls for a truce"); none when it holds no such noun.
     */
    private Set<String> itemsNamedAsDemands(String sentence) {
      if (!DemandsNamed.mayName(sentence)) {
        return Set.of();
      }
      Set<String> items = new LinkedHashSet<>();
      for (LexiconMatch m : lexicon.match(sentence, 0, sentence.length())) {
        if (m.kind() == MatchKind.ITEM && DemandsNamed.before(sentence, m.start())) {
          items.add(m.entryId());
        }
      }
      return items;
    }

    private void verdict(Placed placed, String party, StanceKind kind, Evidence evidence) {
      Statement statement = placed.statement();
      if (kind == StanceKind.OPEN_TO_DISCUSS) {
        openToOffersOf(placed, party, evidence);
        return;
      }
      List<CommunicationDraft> answered = new ArrayList<>();
      for (String document : statement.documents()) {
        CommunicationDraft draft = drafts.get(document);
        if (draft != null && !draft.author.equals(party) && !draft.date.isAfter(placed.date())) {
          answered.add(draft);
        }
      }
      if (answered.isEmpty()
          && !statement.documents().isEmpty()
          && statement.documents().stream()
              .allMatch(d -> drafts.containsKey(d) && drafts.get(d).author.equals(party))) {
        // "endorsed the draft Russian response": a judgement of one's own document.
        setAside(statement, "it judges only documents of the speaker's own party");
        return;
      }
      if (answered.isEmpty() && !CommunicationNouns.named(statement.quote())) {
        setAside(statement, "it names no item, and no communication it judges");
        return;
      }
      CommunicationDraft response = responseOf(placed, party);
      if (answered.isEmpty()) {
        Set<String> named = partiesNamedIn(statement.quote());
        Set<LocalDate> days = daysNamedIn(statement.quote(), placed.date());
        for (String addressee : statement.addressees()) {
          if (named.contains(addressee)) {
            latestBy(addressee, party, placed.date(), response, days).ifPresent(answered::add);
          }
        }
      }
      if (answered.isEmpty()) {
        setAside(statement, "it names no item, and no earlier communication it could judge");
        return;
      }
      Set<String> judged = new LinkedHashSet<>();
      for (CommunicationDraft draft : answered) {
        response.answers.add(draft.id);
        judged.add(draft.id);
        if (response.isRemarks()) {
          response.addressees.add(draft.author);
        }
      }
      response.addVerdict(kind, judged, evidence);
    }

    /**
     * Readiness to talk about another party's document that names no item of it ("possible to move
     * forward on certain issues" of their reply): an openness to discuss what the document offers,
     * which keeps those offers open, and no position on what it demands. "Sees room for progress"
     * naming no document, or a document that offers nothing, is set aside.
     */
    private void openToOffersOf(Placed placed, String party, Evidence evidence) {
      List<CommunicationDraft> documents = new ArrayList<>();
      for (String document : placed.statement().documents()) {
        CommunicationDraft draft = drafts.get(document);
        if (draft != null
            && !draft.author.equals(party)
            && !draft.date.isAfter(placed.date())
            && !draft.offers().isEmpty()) {
          documents.add(draft);
        }
      }
      if (documents.isEmpty()) {
        setAside(
            placed.statement(),
            "it offers talks without naming an item or an offer it answers: no position on any item");
        return;
      }
      CommunicationDraft response = responseOf(placed, party);
      for (CommunicationDraft document : documents) {
        response.answers.add(document.id);
        if (response.isRemarks()) {
          response.addressees.add(document.author);
        }
        for (String item : document.offers()) {
          response.addStance(item, StanceKind.OPEN_TO_DISCUSS, evidence);
          carryOpenness(placed, party, item, evidence);
        }
      }
    }

    /**
     * The parties a sentence names itself, by a name, capital, adjective or actor: a verdict judges
     * the communication of a party it names, not of one it inherits from the sentences before.
     */
    private Set<String> partiesNamedIn(String sentence) {
      Set<String> parties = new LinkedHashSet<>();
      for (LexiconMatch m : lexicon.match(sentence, 0, sentence.length())) {
        if (m.kind() == MatchKind.PARTY) {
          parties.add(lexicon.partyIdOf(m.entryId()).orElse(m.entryId()));
        } else if (m.kind() == MatchKind.ACTOR) {
          lexicon.actor(m.entryId()).ifPresent(a -> parties.add(a.party()));
        }
      }
      return parties;
    }

    private void respond(Placed placed, String party, Evidence evidence) {
      boolean any = false;
      for (String document : placed.statement().documents()) {
        CommunicationDraft draft = drafts.get(document);
        if (draft != null && draft.author.equals(party)) {
          draft.addEvidence(evidence);
          any = true;
        }
      }
      if (!any) {
        Optional<CommunicationDraft> own = ownDocument(placed, party);
        if (own.isPresent()) {
          own.get().addEvidence(evidence);
        } else {
          setAside(placed.statement(), "it names no document of the speaker's party");
        }
      }
    }

    /**
     * The last day the statement's date may stand for: the end of its month when the statement
     * gives only a month ("in December Moscow demanded ..."), else its day.
     */
    private static LocalDate latestDayOf(Placed placed) {
      boolean month =
          placed.statement().datePrecision().equals(Optional.of(DatePrecision.MONTH))
              && placed.statement().date().equals(Optional.of(placed.date()));
      return month ? placed.date().with(TemporalAdjusters.lastDayOfMonth()) : placed.date();
    }

    /**
     * The speaker party's case document that the statement names, or else its document of that day:
     * of several that day, the first addressed to one of the statement's addressees (a demand put
     * to NATO on the day of two drafts, one to the US and one to NATO, is the NATO draft's).
     */
    private Optional<CommunicationDraft> ownDocument(Placed placed, String party) {
      for (String document : placed.statement().documents()) {
        CommunicationDraft draft = drafts.get(document);
        if (draft != null && draft.author.equals(party) && !draft.date.isAfter(placed.date())) {
          return Optional.of(draft);
        }
      }
      List<CommunicationDraft> ofTheDay =
          drafts.values().stream()
              .filter(d -> d.author.equals(party) && d.date.equals(placed.date()))
              .filter(d -> !d.isRemarks())
              .toList();
      List<String> addressees = placed.statement().addressees();
      return ofTheDay.stream()
          .filter(d -> !Collections.disjoint(d.addressees, addressees))
          .findFirst()
          .or(() -> ofTheDay.stream().findFirst());
    }

    /**
     * The communication by {@code party} that answers on the statement's day: its document of that
     * day (preferring one the statement names), or else its remarks of that day.
     */
    private CommunicationDraft responseOf(Placed placed, String party) {
      return ownDocument(placed, party)
          .filter(d -> d.date.equals(placed.date()))
          .orElseGet(() -> remarks(party, placed.date()));
    }

    /**
     * Proposals by other parties, dated on or before {@code date}, that put {@code item} forward.
     */
    private List<CommunicationDraft> proposalsOf(String item, String party, LocalDate date) {
      return drafts.values().stream()
          .filter(d -> !d.author.equals(party) && !d.date.isAfter(date))
          .filter(d -> d.putsForward(item))
          .toList();
    }

    /**
     * The communication by {@code author} to {@code about}, dated on or before {@code date}, that
     * {@code response} judges: the latest of those dated on one of {@code days}, else the latest,
     * never one that itself answers {@code response}. A reply that tells of the other side's
     * refusal ("in the absence of their readiness to agree on ...") gives that side a stance
     * answering the reply; a verdict in the same reply ("their answer did not suit us") judges what
     * the other side sent before, not that account of it.
     */
    private Optional<CommunicationDraft> latestBy(
        String author,
        String about,
        LocalDate date,
        CommunicationDraft response,
        Set<LocalDate> days) {
      List<CommunicationDraft> judged =
          drafts.values().stream()
              .filter(d -> d.author.equals(author) && !d.date.isAfter(date))
              .filter(d -> d.addressees.contains(about) && d.hasContent())
              .filter(d -> !d.answers.contains(response.id))
              .toList();
      Comparator<CommunicationDraft> byDate = Comparator.comparing(d -> d.date);
      return judged.stream()
          .filter(d -> days.contains(d.date))
          .max(byDate)
          .or(() -> judged.stream().max(byDate));
    }

    /**
     * The days a verdict's sentence names, which say which communication it judges ("the answer
     * received from Aldmark on March 1"); none when it names no day. A sentence with no digit is
     * not scanned.
     */
    private static Set<LocalDate> daysNamedIn(String sentence, LocalDate day) {
      if (sentence.chars().noneMatch(Character::isDigit)) {
        return Set.of();
      }
      Set<LocalDate> days = new LinkedHashSet<>();
      for (DateMention m : DateMentions.find(sentence, 0, sentence.length(), day)) {
        if (m.precision() == DatePrecision.DAY) {
          days.add(m.date());
        }
      }
      return days;
    }

    private CommunicationDraft remarks(String party, LocalDate date) {
      String id = REMARKS + party.toLowerCase(java.util.Locale.ROOT) + "-" + date;
      return drafts.computeIfAbsent(
          id,
          k ->
              new CommunicationDraft(
                  k,
                  CommunicationKind.REMARKS,
                  date,
                  parties.get(party).name() + ": remarks of " + date,
                  party,
                  Optional.empty(),
                  true));
    }

    private Set<String> addresseesFor(Statement statement, String party, String item) {
      Set<String> addressees = new LinkedHashSet<>();
      statement.addressees().stream()
          .filter(p -> caseLexicon.party(p).isPresent())
          .forEach(addressees::add);
      if (addressees.isEmpty()) {
        lexicon.item(item).ifPresent(i -> addressees.addAll(i.acting()));
      }
      addressees.remove(party);
      addressees.removeIf(p -> !knowParty(p));
      return addressees;
    }

    private List<String> knownItems(Statement statement) {
      return statement.items().stream().filter(i -> caseLexicon.item(i).isPresent()).toList();
    }

    /** Whether the party is in the record, adding a generic lexicon's state or organisation. */
    private boolean knowParty(String id) {
      if (parties.containsKey(id)) {
        return true;
      }
      Optional<PartyEntry> entry = lexicon.party(id);
      entry.ifPresent(p -> parties.put(id, toParty(p)));
      return entry.isPresent();
    }

    private Optional<String> actorId(Statement statement) {
      return statement.speakerActor().filter(a -> caseLexicon.actor(a).isPresent());
    }

    private CommunicationDraft draftOf(DocumentEntry document) {
      CommunicationDraft draft =
          new CommunicationDraft(
              document.id(),
              document.kind(),
              document.date(),
              document.title(),
              document.author(),
              document.packageId(),
              false);
      draft.addressees.addAll(document.addressees());
      draft.supersedes = document.supersedes();
      for (String answered : document.answers()) {
        draft.answers.add(answered);
      }
      for (String item : document.packageId().map(this::leafItems).orElse(List.of())) {
        for (String opposed : opposedTo(item)) {
          for (String answered : document.answers()) {
            boolean holds =
                caseLexicon
                    .document(answered)
                    .flatMap(DocumentEntry::packageId)
                    .map(p -> leafItems(p).contains(opposed))
                    .orElse(false);
            if (holds) {
              draft.addCounter(opposed, item, EvidenceOf.lexicon(caseLexicon, document, item));
            }
          }
        }
      }
      if (document.packageId().isPresent()) {
        Set<String> offered = new LinkedHashSet<>();
        for (String offer : document.offers()) {
          if (caseLexicon.item(offer).isPresent()) {
            offered.add(offer);
          } else {
            offered.addAll(leafItems(offer));
          }
        }
        for (String item : leafItems(document.packageId().get())) {
          boolean offer =
              document.offers().isEmpty() ? onlyAuthorActs(item, document) : offered.contains(item);
          draft.addEntry(
              item,
              offer ? EntryKind.OFFER : EntryKind.DEMAND,
              List.of(EvidenceOf.lexicon(caseLexicon, document, item)));
        }
      }
      return draft;
    }

    /** Whether the author of a document is the only party that would act on an item. */
    private boolean onlyAuthorActs(String item, DocumentEntry document) {
      return caseLexicon
          .item(item)
          .map(i -> i.acting().equals(List.of(document.author())))
          .orElse(false);
    }

    /** The items a package holds, directly or through nested packages, each once. */
    private List<String> leafItems(String packageId) {
      Set<String> out = new LinkedHashSet<>();
      collectLeaves(packageId, out, new LinkedHashSet<>());
      return List.copyOf(out);
    }

    private void collectLeaves(String packageId, Set<String> out, Set<String> visiting) {
      if (!visiting.add(packageId)) {
        return;
      }
      caseLexicon
          .packageEntry(packageId)
          .ifPresent(
              p -> {
                for (String member : p.members()) {
                  if (caseLexicon.item(member).isPresent()) {
                    out.add(member);
                  } else {
                    collectLeaves(member, out, visiting);
                  }
                }
              });
    }

    private Assembly finish() {
      var record = NegotiationRecord.builder().title(caseLexicon.name());
      List<Conflict> conflicts = new ArrayList<>();
      List<CommunicationDraft> kept =
          drafts.values().stream().filter(d -> !d.isRemarks() || d.hasContent()).toList();
      for (CommunicationDraft draft : kept) {
        draft.answers.removeIf(
            id ->
                !drafts.containsKey(id)
                    || id.equals(draft.id)
                    || drafts.get(id).date.isAfter(draft.date));
        draft.addressees.remove(draft.author);
        draft.addressees.forEach(this::knowParty);
        record.addCommunications(draft.build());
        draft
            .contradictions()
            .forEach(
                (item, kinds) ->
                    conflicts.add(
                        Conflict.builder()
                            .communication(draft.id)
                            .party(draft.author)
                            .item(item)
                            .date(draft.date)
                            .stances(kinds)
                            .evidence(draft.stanceEvidence(item))
                            .build()));
      }
      for (ActorEntry actor : caseLexicon.actors()) {
        if (parties.containsKey(actor.party())) {
          record.addActors(toActor(actor));
        }
      }
      for (ItemEntry item : caseLexicon.items()) {
        item.acting().forEach(this::knowParty);
        record.addItems(
            Item.builder()
                .id(item.id())
                .text(item.text())
                .actingParties(item.acting().stream().filter(parties::containsKey).toList())
                .build());
      }
      for (PackageEntry entry : caseLexicon.packages()) {
        record.addPackages(
            ItemPackage.builder()
                .id(entry.id())
                .title(entry.title())
                .linkage(entry.linkage())
                .members(entry.members())
                .build());
      }
      return Assembly.builder()
          // Parties last: items and addressees may have brought in states of the generic lexicon.
          .record(record.parties(parties.values()).build())
          .conflicts(conflicts)
          .setAside(setAside)
          .build();
    }

    private void setAside(Statement statement, String reason) {
      setAside.add(
          SetAside.builder()
              .articleId(statement.articleId())
              .sentence(statement.sentence())
              .act(statement.act())
              .quote(statement.quote())
              .reason(reason)
              .build());
    }
  }

  private static final String REMARKS = "remarks-";

  private record Placed(Article article, Statement statement, LocalDate date) {}

  private static Party toParty(PartyEntry entry) {
    return Party.of(entry.id(), entry.name(), entry.kind());
  }

  private static Actor toActor(ActorEntry entry) {
    return Actor.builder()
        .id(entry.id())
        .name(entry.name())
        .party(entry.party())
        .role(entry.role())
        .title(entry.title())
        .build();
  }
}
