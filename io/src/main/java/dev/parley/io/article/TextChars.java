package dev.parley.io.article;

/**
 * The chars of the article a thread reads, copied once into a buffer the thread keeps, so that the
 * rules that read every char (the sentence split, the language guess) read an array without a copy
 * of their own and without the index checks of {@link String#charAt}.
 */
final class TextChars {
  private TextChars() {}

  /** The largest buffer a thread keeps between articles, in chars: a longer one is let go. */
  private static final int KEPT = 1 << 20;

  private static final ThreadLocal<char[]> BUFFERS =
      ThreadLocal.withInitial(() -> new char[1 << 14]);

  /**
   * The chars of {@code text} at their indices in a buffer at least as long: the calling thread's
   * own, valid until the thread asks for another text's chars.
   */
  static char[] of(String text) {
    int n = text.length();
    char[] buffer = BUFFERS.get();
    if (buffer.length < n) {
      if (n > KEPT) {
        buffer = new char[n];
      } else {
        buffer = new char[Math.min(KEPT, Math.max(n, buffer.length * 2))];
        BUFFERS.set(buffer);
      }
    }
    text.getChars(0, n, buffer, 0);
    return buffer;
  }
}
