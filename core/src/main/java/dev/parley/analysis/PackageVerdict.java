package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.agenda.Linkage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Whether a package a proposal put forward is met at a date, member by member, with a verdict for
 * each nested package.
 *
 * <p>An item member is met when the proposal's demand or offer of it is accepted by every party it
 * is addressed to; a nested package is met when all its members are, recursively; a package is met
 * exactly when all its direct members are, so an empty package is met. {@link #metMembers()} and
 * {@link #blockingMembers()} split the direct members by that test whatever the linkage. The
 * linkage decides what counts: {@link #countedMembers()} is every met member of a {@link
 * Linkage#SEPARABLE separable} package, but for an {@link Linkage#INDIVISIBLE indivisible} one it
 * is empty until the whole package is met, and then every member.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePackageVerdict.class)
@JsonDeserialize(as = ImmutablePackageVerdict.class)
public interface PackageVerdict {
  /** The id of the proposal that put the package forward. */
  String proposal();

  /** The id of the package. */
  String itemPackage();

  /** The package's linkage rule. */
  Linkage linkage();

  /** Whether every direct member is met. */
  boolean met();

  /** The direct members that are met, in the order they were put forward. */
  List<String> metMembers();

  /** The direct members that are not met, in the order they were put forward. */
  List<String> blockingMembers();

  /** The verdicts of the nested packages that are direct members, in member order. */
  List<PackageVerdict> nested();

  /**
   * The direct members that count as agreed under the linkage: the met members of a separable
   * package; none of an indivisible package until it is met, then all of them.
   */
  @JsonIgnore
  @Value.Derived
  default List<String> countedMembers() {
    if (linkage() == Linkage.SEPARABLE || met()) {
      return metMembers();
    }
    return List.of();
  }

  /** Returns a builder. */
  static ImmutablePackageVerdict.Builder builder() {
    return ImmutablePackageVerdict.builder();
  }

  /** Checks that the package is met exactly when nothing blocks it, and the nesting agrees. */
  @Value.Check
  default void check() {
    checkArgument(
        met() == blockingMembers().isEmpty(),
        "package %s of %s: met is %s but blocking members are %s",
        itemPackage(),
        proposal(),
        met(),
        blockingMembers());
    Set<String> met = new HashSet<>(metMembers());
    for (String member : blockingMembers()) {
      checkArgument(
          !met.contains(member),
          "package %s of %s: member %s is both met and blocking",
          itemPackage(),
          proposal(),
          member);
    }
    for (PackageVerdict inner : nested()) {
      checkArgument(
          inner.proposal().equals(proposal()),
          "package %s of %s: nested verdict for %s belongs to %s",
          itemPackage(),
          proposal(),
          inner.itemPackage(),
          inner.proposal());
      checkArgument(
          (inner.met() ? metMembers() : blockingMembers()).contains(inner.itemPackage()),
          "package %s of %s: nested package %s is not listed as %s",
          itemPackage(),
          proposal(),
          inner.itemPackage(),
          inner.met() ? "met" : "blocking");
    }
  }
}
