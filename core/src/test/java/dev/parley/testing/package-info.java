/**
 * Helpers for tests of parley and of modules built on it: small hand-built values, a generator of
 * random valid records, and a runner of seeded laws. Shipped in core's test jar.
 */
package dev.parley.testing;
