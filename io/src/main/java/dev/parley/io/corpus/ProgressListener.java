package dev.parley.io.corpus;

/** Hears how far a {@link CorpusReader} has come, for a progress bar. */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that does nothing. */
  ProgressListener NONE = (done, total, current) -> {};

  /**
   * Called after each article.
   *
   * @param done how many articles have been read
   * @param total how many there are in all
   * @param current the name of the article just read
   */
  void articleRead(int done, int total, String current);
}
