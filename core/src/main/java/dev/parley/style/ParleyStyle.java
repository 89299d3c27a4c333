package dev.parley.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of parley's value types, applied to a whole package in its {@code
 * package-info.java}.
 *
 * <p>Value types are interfaces named for what they are ({@code Party}); the generated
 * implementation is {@code ImmutableParty}, reached through the interface's static {@code
 * builder()}. Builders return the interface type, collections are Guava immutable collections, and
 * plural collection attributes get singular adders ({@code addMember}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    allParameters = false)
public @interface ParleyStyle {}
