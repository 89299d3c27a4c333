/**
 * JSON in and out: {@link dev.parley.io.json.ParleyJson} writes any parley value (a record, its
 * parts, articles, statements, analysis results) as JSON and reads it back, reporting a bad file as
 * an {@link dev.parley.io.InputParseException} that says where and why.
 */
package dev.parley.io.json;
