/**
 * JMH benchmarks of the article-to-statement pipeline, with the generator of the synthetic corpus
 * they read and a probe of the heap the streaming pass needs.
 */
package dev.parley.benchmarks;
