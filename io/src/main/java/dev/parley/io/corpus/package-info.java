/**
 * The whole reading of a corpus: {@link dev.parley.io.corpus.CorpusReader} reads folders of
 * articles with a case lexicon into statements and a negotiation record, and accounts for every
 * sentence.
 */
@ParleyStyle
package dev.parley.io.corpus;

import dev.parley.style.ParleyStyle;
