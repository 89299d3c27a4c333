package dev.parley.evidence;

/** Whether a source gives a speaker's own words or an account of them. */
public enum Quotation {
  /** The speaker's own words, in quotation marks or in the speaker's own document. */
  DIRECT,
  /** The source's account of what the speaker said. */
  REPORTED
}
