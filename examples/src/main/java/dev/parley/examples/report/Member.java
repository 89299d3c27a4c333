package dev.parley.examples.report;

/**
 * An item or package named in a report, with its words.
 *
 * @param id the id the record uses
 * @param text the item's text or the package's title
 */
public record Member(String id, String text) {}
