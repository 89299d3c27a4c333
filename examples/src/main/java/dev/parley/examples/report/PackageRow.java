package dev.parley.examples.report;

import java.util.List;

/**
 * The verdict on one package of one proposal: met or not, and which members block it.
 *
 * @param proposalId the communication that put the package forward
 * @param proposalTitle that communication's title
 * @param itemPackage the package
 * @param linkage {@code INDIVISIBLE} or {@code SEPARABLE}
 * @param depth 0 for a package put forward directly, 1 for one nested in it, and so on
 * @param met whether the package is met
 * @param metMembers the members that are met
 * @param blockingMembers the members that keep the package from being met
 */
public record PackageRow(
    String proposalId,
    String proposalTitle,
    Member itemPackage,
    String linkage,
    int depth,
    boolean met,
    List<Member> metMembers,
    List<Member> blockingMembers) {}
