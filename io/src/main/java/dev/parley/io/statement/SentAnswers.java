package dev.parley.io.statement;

import java.util.List;
import java.util.Optional;

/**
 * An answer told in the passive or as received: "The response was sent to the hospital on Monday",
 * "Mercy Hospital has received the response". No one is said to answer, but an answer has an
 * author: the party that owns it in its phrase, else the one that last answered in the text. The
 * receiver only acknowledges it and never answers itself.
 */
final class SentAnswers {
  /**
   * An answer told with no agent: the party owning it in its phrase ("the union's reply"), if any,
   * and whether it is told as received, so that the receiver is no author.
   */
  record Answer(Optional<String> owner, boolean received, Optional<String> receiver) {}

  /** Determiners of an answer already told of ("the response", "this reply"). */
  private static final WordSet DEFINITE = WordSet.of("the", "this", "that");

  private SentAnswers() {}

  /**
   * The answer a respond cue tells of with no agent: a participle after a form of "be" with no "by"
   * after it, whose subject holds an answer noun and opens its clause ("The response was sent to
   * Brussels"); or an answer noun after "the" or "this" as the object of a verb of receiving with
   * no sender named ("has received the response"). Empty otherwise, and for a negated receipt ("has
   * not received the response"), the receiver's complaint.
   */
  static Optional<Answer> of(Tokens tokens, List<Mention> mentions, List<Cue> cues, Cue act) {
    if (!Act.RESPOND.id().equals(act.entry())) {
      return Optional.empty();
    }
    int first = tokens.indexAt(act.start());
    if (first <= 0 || first >= tokens.size()) {
      return Optional.empty();
    }
    if (Grammar.isNounForm(tokens.get(first).lower())) {
      return received(tokens, mentions, cues, act, first);
    }
    Optional<PassiveAnswers.Span> span = PassiveAnswers.agentlessSubject(tokens, act);
    if (span.isEmpty()) {
      return Optional.empty();
    }
    int start = span.get().start();
    int end = span.get().end();
    int from = tokens.get(start).start();
    int to = tokens.get(end - 1).end();
    boolean answer = false;
    for (Cue cue : cues) {
      answer |=
          cue.kind() == Cue.Kind.ACT
              && Act.RESPOND.id().equals(cue.entry())
              && cue.start() >= from
              && cue.end() <= to
              && Grammar.isNounForm(tokens.get(tokens.indexAt(cue.start())).lower());
    }
    if (!answer) {
      return Optional.empty();
    }
    Optional<String> owner = Optional.empty();
    for (Mention m : mentions) {
      if (m.isEntity() && m.start() >= from && m.end() <= to) {
        owner = owner.or(m::party);
      }
    }
    return Optional.of(new Answer(owner, false, Optional.empty()));
  }

  private static Optional<Answer> received(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, Cue act, int noun) {
    if (!DEFINITE.contains(tokens.get(noun - 1))
        || Grammar.negationBefore(cues, tokens, act).isPresent()) {
      return Optional.empty();
    }
    Optional<Reception> reception = Reception.of(tokens, mentions, act);
    if (reception.isEmpty() || reception.get().sender() != null) {
      return Optional.empty();
    }
    Mention recipient = reception.get().recipient();
    Optional<String> receiver = recipient == null ? Optional.empty() : recipient.party();
    return Optional.of(new Answer(Optional.empty(), true, receiver));
  }
}
