package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import dev.parley.io.article.DateMention;
import dev.parley.io.article.DateMentions;
import dev.parley.io.lexicon.ActEntry;
import dev.parley.io.lexicon.ActorEntry;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.DocumentEntry;
import dev.parley.io.lexicon.ItemEntry;
import dev.parley.io.lexicon.MatchKind;
import dev.parley.io.lexicon.PartyEntry;
import dev.parley.io.match.SpelledWords;
import dev.parley.party.ActorRole;
import dev.parley.party.PartyKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The extractor's knowledge drawn from a compiled lexicon and the article date reader. */
final class LexiconKnowledge implements Knowledge {
  /** The cue kind of each lexicon match kind, by the match kind's ordinal: the same name. */
  private static final Cue.Kind[] CUE_KINDS =
      Arrays.stream(MatchKind.values())
          .map(k -> Cue.Kind.valueOf(k.name()))
          .toArray(Cue.Kind[]::new);

  private final CompiledLexicon lexicon;

  LexiconKnowledge(CompiledLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Cue> cues(String text, int start, int end) {
    ImmutableList.Builder<Cue> cues = ImmutableList.builder();
    lexicon.forEachMatch(
        text,
        start,
        end,
        (kind, entryId, from, to) ->
            cues.add(new Cue(CUE_KINDS[kind.ordinal()], entryId, from, to)));
    return cues.build();
  }

  @Override
  public Scanned scan(String text, int start, int end, SpelledWords spelt) {
    ImmutableList.Builder<Cue> cues = ImmutableList.builder();
    WordSetCensus.Keys traits = WordSetCensus.traits();
    int first = spelt.count();
    boolean coversLetters =
        lexicon.forEachMatch(
            text,
            start,
            end,
            (kind, entryId, from, to) ->
                cues.add(new Cue(CUE_KINDS[kind.ordinal()], entryId, from, to)),
            traits,
            spelt);
    return new Scanned(
        cues.build(),
        Tokens.of(text, start, end, spelt, first, spelt.count(), coversLetters, traits));
  }

  @Override
  public boolean isSide(String party) {
    boolean anyActing = false;
    for (ItemEntry item : lexicon.caseLexicon().items()) {
      anyActing |= !item.acting().isEmpty();
      if (item.acting().contains(party)) {
        return true;
      }
    }
    return !anyActing;
  }

  @Override
  public Optional<PartyKind> kindOf(String party) {
    return lexicon.party(party).map(PartyEntry::kind);
  }

  @Override
  public boolean actTogether(Set<String> parties) {
    Set<String> sides = new HashSet<>();
    boolean alone = false;
    for (ItemEntry item : lexicon.caseLexicon().items()) {
      sides.addAll(item.acting());
      alone |= item.acting().size() == parties.size() && parties.containsAll(item.acting());
    }
    return alone && !parties.containsAll(sides);
  }

  @Override
  public Optional<String> partyOfActor(String actorId) {
    return lexicon.actor(actorId).map(ActorEntry::party);
  }

  @Override
  public Optional<String> soleActorIn(String party, String role) {
    String found = null;
    for (ActorEntry a : lexicon.caseLexicon().actors()) {
      if (a.party().equals(party) && roleId(a.role()).equals(role)) {
        if (found != null) {
          return Optional.empty();
        }
        found = a.id();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The generic lexicon's id of a role: "head-of-government" for HEAD_OF_GOVERNMENT. */
  private static String roleId(ActorRole role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public Optional<String> authorOfDocument(String documentId) {
    return lexicon.document(documentId).map(DocumentEntry::author);
  }

  @Override
  public List<String> partiesActingOn(String itemId) {
    return lexicon.item(itemId).map(ItemEntry::acting).orElse(ImmutableList.of());
  }

  @Override
  public Optional<Act> negationOf(Act act) {
    return lexicon.act(act.id()).flatMap(ActEntry::negated).flatMap(Act::fromId);
  }

  @Override
  public List<DateMention> dates(
      String text, int start, int end, @Nullable LocalDate anchor, @Nullable LocalDate previous) {
    return DateMentions.find(text, start, end, anchor, previous);
  }
}
