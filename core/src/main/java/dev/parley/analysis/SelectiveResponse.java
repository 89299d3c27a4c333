package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A response that answered some items of an indivisible package one by one and passed over the
 * rest, treating as separable what was put forward as a whole.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSelectiveResponse.class)
@JsonDeserialize(as = ImmutableSelectiveResponse.class)
public interface SelectiveResponse {
  /** The id of the response. */
  String response();

  /** The id of the party that responded. */
  String responder();

  /** The date of the response. */
  LocalDate date();

  /** The id of the proposal answered. */
  String proposal();

  /** The id of the indivisible package, the proposal's own or one nested in it. */
  String itemPackage();

  /** The package's items the response took an explicit stance on, in package order. */
  List<String> answered();

  /** The package's items the response neither named nor covered by a verdict, in package order. */
  List<String> passedOver();

  /** Returns a builder. */
  static ImmutableSelectiveResponse.Builder builder() {
    return ImmutableSelectiveResponse.builder();
  }

  /** Checks that the response answered some items and passed over others, never the same one. */
  @Value.Check
  default void check() {
    checkArgument(
        !answered().isEmpty() && !passedOver().isEmpty(),
        "response %s to package %s of %s is selective only if it answers some items and passes"
            + " over others",
        response(),
        itemPackage(),
        proposal());
    for (String item : answered()) {
      checkArgument(
          !passedOver().contains(item),
          "response %s to package %s of %s both answers and passes over %s",
          response(),
          itemPackage(),
          proposal(),
          item);
    }
  }
}
