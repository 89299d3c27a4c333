package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.io.match.TokenSpan;
import org.immutables.value.Value;

/**
 * One place where a text mentions a lexicon entry: a party, actor, item, document, act or cue.
 *
 * <p>Char offsets refer to the text given to {@link CompiledLexicon#match}; token indices to the
 * list {@link CompiledLexicon#tokens} returns for the same range.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLexiconMatch.class)
@JsonDeserialize(as = ImmutableLexiconMatch.class)
public interface LexiconMatch extends TokenSpan {
  /** What kind of entry was found. */
  MatchKind kind();

  /**
   * The entry's id: a party, actor, item, document or act id; for cues the kind's word ({@code
   * negation}, {@code modality}, {@code reporting}); for roles the role's word.
   */
  String entryId();

  /** The char offset where the match starts. */
  int start();

  /** The char offset just after the match. */
  int end();

  @Override
  int firstToken();

  @Override
  int lastToken();

  /**
   * Whether the match is not a listed phrase as written: a garbled spelling of a name, or an item
   * phrase's words in another order or with other words between them.
   */
  boolean fuzzy();

  /** The text as written. */
  String matchedText();

  /** Starts a builder. */
  static ImmutableLexiconMatch.Builder builder() {
    return ImmutableLexiconMatch.builder();
  }

  /** Checks ranges. */
  @Value.Check
  default void check() {
    checkArgument(
        start() >= 0 && end() > start(), "bad char range %s..%s of %s", start(), end(), entryId());
    checkArgument(
        firstToken() >= 0 && lastToken() >= firstToken(),
        "bad token range %s..%s of %s",
        firstToken(),
        lastToken(),
        entryId());
  }
}
