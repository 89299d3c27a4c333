package dev.parley.examples.report;

import dev.parley.io.json.ParleyJson;

/**
 * Renders a {@link Report} as JSON in parley's JSON conventions: the same demands, positions,
 * quotes and citations as the other formats, for programs to read. Dates are ISO strings; absent
 * values and empty lists are left out.
 */
public final class JsonReport {
  private static final ParleyJson JSON = ParleyJson.create();

  private JsonReport() {}

  /** Renders the report, with a trailing newline. */
  public static String render(Report report) {
    return JSON.write(report);
  }
}
