/** The shared code style of parley's immutable value types. */
package dev.parley.style;
