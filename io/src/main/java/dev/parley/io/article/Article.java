package dev.parley.io.article;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import org.immutables.value.Value;

/**
 * A news article read from a plain-text file: its decoded text and, as offset spans into that text,
 * its body paragraphs and sentences and the boilerplate set aside from them.
 *
 * <p>Every non-blank character of {@link #text()} lies in exactly one sentence or one boilerplate
 * span (the headline, when it stands on its own line, is boilerplate with rule {@code headline}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
public interface Article {
  /** The article's id, unique in a corpus: by default the file name without its extension. */
  String id();

  /** The name of the file or stream the article was read from. */
  String source();

  /** The headline: the first substantial line that is not boilerplate, trimmed. */
  String headline();

  /** When the article was published, and how that is known. */
  PublicationDate published();

  /** The whole decoded file (byte order mark removed, nothing else changed); offsets index it. */
  String text();

  /** The body paragraphs, in order. */
  List<Paragraph> paragraphs();

  /** The body sentences, in order. */
  List<Sentence> sentences();

  /** The spans set aside as boilerplate, in order. */
  List<Boilerplate> boilerplate();

  /** A guess at the language: {@code en}, {@code ru} or {@code und} (unknown or other). */
  String language();

  /** A builder. */
  static ImmutableArticle.Builder builder() {
    return ImmutableArticle.builder();
  }

  /** The sentence at {@code index}. */
  default Sentence sentence(int index) {
    checkElementIndex(index, sentences().size(), "sentence index");
    return sentences().get(index);
  }

  /** The 1-based line on which the character at {@code offset} stands. */
  default int lineOf(int offset) {
    checkArgument(
        offset >= 0 && offset <= text().length(),
        "article %s: offset %s is outside the text of length %s",
        id(),
        offset,
        text().length());
    return Lines.lineOf(lineStarts(), offset);
  }

  /** The offsets at which lines start, derived from the text. */
  @JsonIgnore
  @Value.Lazy
  default ImmutableIntArray lineStarts() {
    return Lines.starts(text());
  }

  /** Checks that ids are present and that every span lies in the text and matches it. */
  @Value.Check
  default void check() {
    checkArgument(!id().isEmpty(), "article from %s: id must not be empty", source());
    int length = text().length();
    for (int i = 0; i < paragraphs().size(); i++) {
      Paragraph p = paragraphs().get(i);
      checkArgument(p.index() == i, "article %s: paragraph %s has index %s", id(), i, p.index());
      checkArgument(p.end() <= length, "article %s: paragraph %s ends past the text", id(), i);
    }
    for (int i = 0; i < sentences().size(); i++) {
      Sentence s = sentences().get(i);
      checkArgument(s.index() == i, "article %s: sentence %s has index %s", id(), i, s.index());
      checkArgument(
          s.end() <= length && text().startsWith(s.text(), s.start()),
          "article %s: sentence %s does not match the text at [%s, %s)",
          id(),
          i,
          s.start(),
          s.end());
      checkArgument(
          s.paragraph() < paragraphs().size(),
          "article %s: sentence %s names paragraph %s of %s",
          id(),
          i,
          s.paragraph(),
          paragraphs().size());
    }
    for (Boilerplate b : boilerplate()) {
      checkArgument(
          b.end() <= length && text().startsWith(b.text(), b.start()),
          "article %s: boilerplate at [%s, %s) does not match the text",
          id(),
          b.start(),
          b.end());
    }
  }
}
