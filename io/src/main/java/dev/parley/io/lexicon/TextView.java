package dev.parley.io.lexicon;

/**
 * A view of a stretch of a text as a char sequence, set anew for each read, so that a pattern tried
 * at many places of a text reads each in place without a view made for it.
 *
 * <p>Not safe to share between threads; one is kept per thread and per pattern.
 */
final class TextView implements CharSequence {
  private String text = "";
  private int start;
  private int end;

  /** This view, set to {@code text[start, end)}. */
  TextView of(String text, int start, int end) {
    if (start < 0 || end > text.length() || start > end) {
      throw new IllegalArgumentException(
          "stretch [" + start + ", " + end + ") outside a text of " + text.length() + " chars");
    }
    this.text = text;
    this.start = start;
    this.end = end;
    return this;
  }

  @Override
  public int length() {
    return end - start;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= end - start) {
      throw new IndexOutOfBoundsException("index " + index + " of a view of " + length());
    }
    return text.charAt(start + index);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return text.substring(start + from, start + to);
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }
}
