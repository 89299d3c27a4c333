package dev.parley.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Signals that an input file (an article, a lexicon, a JSON record) could not be read, and says
 * where and why.
 *
 * <p>The message has the form {@code source:line:column: problem}, so a user can go straight to the
 * place. Line and column are 1-based; a problem that concerns a whole file (for example, it is
 * empty or not text) uses line 0 and column 0.
 */
public final class InputParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates an error for {@code source} at {@code line} and {@code column}.
   *
   * @param source the name of the file or stream, as a user would recognise it
   * @param line the 1-based line, or 0 for the whole file
   * @param column the 1-based column, or 0 for the whole line or file
   * @param problem what was wrong and, where it helps, what was expected
   */
  public InputParseException(String source, int line, int column, String problem) {
    this(source, line, column, problem, null);
  }

  /** Like {@link #InputParseException(String, int, int, String)}, keeping the underlying cause. */
  public InputParseException(String source, int line, int column, String problem, Throwable cause) {
    super(format(source, line, column, problem), cause);
    checkArgument(line >= 0, "line must be >= 0 but was %s", line);
    checkArgument(column >= 0, "column must be >= 0 but was %s", column);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** Creates an error about a whole file, such as an empty or binary one. */
  public static InputParseException wholeFile(String source, String problem) {
    return new InputParseException(source, 0, 0, problem);
  }

  private static String format(String source, int line, int column, String problem) {
    checkNotNull(source, "source");
    checkNotNull(problem, "problem");
    if (line == 0) {
      return source + ": " + problem;
    }
    if (column == 0) {
      return source + ":" + line + ": " + problem;
    }
    return source + ":" + line + ":" + column + ": " + problem;
  }

  /** The name of the file or stream. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when the problem concerns the whole line or file. */
  public int column() {
    return column;
  }

  /** What was wrong, without the location prefix. */
  public String problem() {
    return problem;
  }
}
