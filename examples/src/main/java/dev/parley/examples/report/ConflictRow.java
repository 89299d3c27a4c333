package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Reports that contradict each other, as a report shows them: on one day, one party is reported to
 * have taken different stances on one item.
 *
 * @param party the party reported to have taken the stances
 * @param item the item they concern
 * @param communicationId the communication that holds them
 * @param date the day
 * @param stances the stances reported, such as {@code REJECTED}, from the least to the most
 *     accepting
 * @param evidence the quotes behind every stance
 */
public record ConflictRow(
    PartyRef party,
    Member item,
    String communicationId,
    LocalDate date,
    List<String> stances,
    List<Quote> evidence) {}
