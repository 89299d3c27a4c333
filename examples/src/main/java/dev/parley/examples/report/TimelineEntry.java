package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One communication on the timeline of a negotiation.
 *
 * @param id the communication's id
 * @param date its date
 * @param kind its form, such as {@code DRAFT_TREATY}
 * @param title its title
 * @param author the party it comes from
 * @param addressees the parties it is addressed to
 * @param answers the ids of the communications it answers
 * @param summary what it does, in a few words, such as {@code "6 demands; answers 1"}
 * @param evidence the quotes showing it took place
 */
public record TimelineEntry(
    String id,
    LocalDate date,
    String kind,
    String title,
    PartyRef author,
    List<PartyRef> addressees,
    List<String> answers,
    String summary,
    List<Quote> evidence) {}
