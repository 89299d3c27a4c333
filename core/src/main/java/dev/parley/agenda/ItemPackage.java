package dev.parley.agenda;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A set of items and nested packages put forward together under a {@link Linkage} rule.
 *
 * <p>Members are ids of {@link Item items} or of other packages; items and packages share one id
 * space in a record. An empty package is allowed and is met trivially.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemPackage.class)
@JsonDeserialize(as = ImmutableItemPackage.class)
public interface ItemPackage {
  /** The id proposals refer to. */
  String id();

  /** A short title, such as "Russia's draft treaty with the United States". */
  String title();

  /** Whether the package must be taken as a whole. */
  Linkage linkage();

  /** The ids of the member items and packages, in the order they were put forward. */
  List<String> members();

  /** Returns a builder. */
  static ImmutableItemPackage.Builder builder() {
    return ImmutableItemPackage.builder();
  }

  /** Creates an indivisible package of the given members. */
  static ItemPackage indivisible(String id, String title, String... members) {
    return builder().id(id).title(title).linkage(Linkage.INDIVISIBLE).addMembers(members).build();
  }

  /** Creates a separable package of the given members. */
  static ItemPackage separable(String id, String title, String... members) {
    return builder().id(id).title(title).linkage(Linkage.SEPARABLE).addMembers(members).build();
  }

  /** Checks the id and that no member is listed twice or is the package itself. */
  @Value.Check
  default void check() {
    checkArgument(!id().isBlank(), "package id must not be blank");
    Set<String> seen = new HashSet<>();
    for (String member : members()) {
      checkArgument(!member.equals(id()), "package %s contains itself", id());
      checkArgument(seen.add(member), "package %s lists member %s twice", id(), member);
    }
  }
}
