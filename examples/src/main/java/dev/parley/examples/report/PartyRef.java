package dev.parley.examples.report;

/**
 * A party as a report names it.
 *
 * @param id the id the record uses, such as {@code "RU"}
 * @param name the name to show, such as {@code "Russia"}
 */
public record PartyRef(String id, String name) {}
