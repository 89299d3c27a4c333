package dev.parley.io.statement;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.parley.io.article.Article;
import dev.parley.io.article.DateMention;
import dev.parley.io.match.SpelledWords;
import dev.parley.party.PartyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An article whose lexicon scans and date readings were recorded as its extraction asked for them,
 * so that the statement rules can read it again without them: what {@link #extract} costs is the
 * statement layer's own work (splitting tokens, mentions, the rules), measured apart from the scans
 * it stands on. Each extraction gives the statements {@link StatementExtractor#extract} gives. Not
 * safe for use by more than one thread.
 */
public final class RecordedScans {
  /** One scan or date reading as the extraction asked for it, with what it gave. */
  private record Call(String text, int start, int end, Object asked, Object answer) {}

  /** A sentence's scan: its cues, and where its words are among the recorded spellings. */
  private record SentenceScan(
      List<Cue> cues,
      int firstWord,
      int endWord,
      boolean coversLetters,
      WordSetCensus.@Nullable Keys traits) {}

  /** The arguments of a date reading beside its span. */
  private record DateAnchors(@Nullable LocalDate anchor, @Nullable LocalDate previous) {}

  private static final Object CUES = new Object();

  private final Article article;
  private final Knowledge knowledge;
  private final SpelledWords spelt = new SpelledWords();
  private final List<Call> calls = new ArrayList<>();

  private RecordedScans(Article article, Knowledge knowledge) {
    this.article = article;
    this.knowledge = knowledge;
  }

  /** Extracts the statements of {@code article} with {@code knowledge}, recording its scans. */
  static RecordedScans record(Article article, Knowledge knowledge) {
    RecordedScans recorded = new RecordedScans(checkNotNull(article), checkNotNull(knowledge));
    new ArticleReading(article, recorded.new Recording()).read();
    return recorded;
  }

  /** The statements of the article, read again from the recorded scans. */
  public ArticleStatements extract() {
    return new ArticleReading(article, new Replay()).read();
  }

  /** The knowledge the rules ask, save for the scans and date readings. */
  private abstract class Asking implements Knowledge {
    @Override
    public Optional<String> partyOfActor(String actorId) {
      return knowledge.partyOfActor(actorId);
    }

    @Override
    public Optional<String> soleActorIn(String party, String role) {
      return knowledge.soleActorIn(party, role);
    }

    @Override
    public Optional<String> authorOfDocument(String documentId) {
      return knowledge.authorOfDocument(documentId);
    }

    @Override
    public List<String> partiesActingOn(String itemId) {
      return knowledge.partiesActingOn(itemId);
    }

    @Override
    public boolean isSide(String party) {
      return knowledge.isSide(party);
    }

    @Override
    public Optional<PartyKind> kindOf(String party) {
      return knowledge.kindOf(party);
    }

    @Override
    public boolean actTogether(Set<String> parties) {
      return knowledge.actTogether(parties);
    }

    @Override
    public Optional<Act> negationOf(Act act) {
      return knowledge.negationOf(act);
    }
  }

  /** Asks the knowledge for each scan and date reading and keeps what it gives. */
  private final class Recording extends Asking {
    @Override
    public List<Cue> cues(String text, int start, int end) {
      List<Cue> cues = knowledge.cues(text, start, end);
      calls.add(new Call(text, start, end, CUES, cues));
      return cues;
    }

    @Override
    public Scanned scan(String text, int start, int end, SpelledWords ignored) {
      int first = spelt.count();
      Scanned scanned = knowledge.scan(text, start, end, spelt);
      SentenceScan scan =
          new SentenceScan(
              scanned.cues(),
              first,
              spelt.count(),
              scanned.tokens().wordsCoverLetters(),
              scanned.tokens().spelt());
      calls.add(new Call(text, start, end, SentenceScan.class, scan));
      return scanned;
    }

    @Override
    public List<DateMention> dates(
        String text, int start, int end, @Nullable LocalDate anchor, @Nullable LocalDate previous) {
      List<DateMention> dates = knowledge.dates(text, start, end, anchor, previous);
      calls.add(new Call(text, start, end, new DateAnchors(anchor, previous), dates));
      return dates;
    }
  }

  /** Gives the recorded scans and date readings back, in the order they were asked for. */
  private final class Replay extends Asking {
    private int next;

    private Object answer(String text, int start, int end, Object asked) {
      checkState(next < calls.size(), "more scans asked for than were recorded");
      Call call = calls.get(next++);
      checkState(
          call.text().equals(text)
              && call.start() == start
              && call.end() == end
              && Objects.equals(call.asked(), asked),
          "scan %s of %s asked for [%s, %s) where [%s, %s) was recorded",
          next,
          article.id(),
          start,
          end,
          call.start(),
          call.end());
      return call.answer();
    }

    @Override
    @SuppressWarnings("unchecked") // a cue reading's answer is recorded as its list of cues
    public List<Cue> cues(String text, int start, int end) {
      return (List<Cue>) answer(text, start, end, CUES);
    }

    @Override
    public Scanned scan(String text, int start, int end, SpelledWords ignored) {
      SentenceScan scan = (SentenceScan) answer(text, start, end, SentenceScan.class);
      // New tokens each time: a sentence's tokens keep their split and census once read.
      WordSetCensus.Keys traits = scan.traits();
      return new Scanned(
          scan.cues(),
          traits == null
              ? Tokens.of(text, start, end)
              : Tokens.of(
                  text,
                  start,
                  end,
                  spelt,
                  scan.firstWord(),
                  scan.endWord(),
                  scan.coversLetters(),
                  traits));
    }

    @Override
    @SuppressWarnings("unchecked") // a date reading's answer is recorded as its list of mentions
    public List<DateMention> dates(
        String text, int start, int end, @Nullable LocalDate anchor, @Nullable LocalDate previous) {
      return (List<DateMention>) answer(text, start, end, new DateAnchors(anchor, previous));
    }
  }
}
