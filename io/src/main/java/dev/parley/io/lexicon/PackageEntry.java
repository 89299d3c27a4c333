package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A package of items (and smaller packages) put forward together. */
@Value.Immutable
@JsonSerialize(as = ImmutablePackageEntry.class)
@JsonDeserialize(as = ImmutablePackageEntry.class)
public interface PackageEntry {
  /** The id, such as {@code ru-security-guarantees}. */
  String id();

  /** A short title. */
  String title();

  /** Whether the members stand or fall together. */
  Linkage linkage();

  /** The ids of member items or packages. */
  List<String> members();

  /** Starts a builder. */
  static ImmutablePackageEntry.Builder builder() {
    return ImmutablePackageEntry.builder();
  }

  /** Checks ids. */
  @Value.Check
  default void check() {
    Checks.id(id(), "package");
    Checks.text(title(), "title", id());
    checkArgument(!members().isEmpty(), "package '%s' has no members", id());
    members().forEach(m -> Checks.id(m, "member"));
    checkArgument(!members().contains(id()), "package '%s' contains itself", id());
  }
}
