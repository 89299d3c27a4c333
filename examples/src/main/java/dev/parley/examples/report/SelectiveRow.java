package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A response that answered some members of an indivisible package and passed over the others.
 *
 * @param responseId the response
 * @param responseTitle its title
 * @param responder the party that responded
 * @param date the day of the response
 * @param proposalId the proposal whose package it answered in part
 * @param itemPackage the package
 * @param answered the items it answered
 * @param passedOver the items it passed over
 */
public record SelectiveRow(
    String responseId,
    String responseTitle,
    PartyRef responder,
    LocalDate date,
    String proposalId,
    Member itemPackage,
    List<Member> answered,
    List<Member> passedOver) {}
