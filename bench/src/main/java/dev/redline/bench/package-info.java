/**
 * Generated, labelled draft pairs and the benchmarks that measure Redline on them. Every
 * generator takes a seed and gives the same drafts for the same seed.
 */
package dev.redline.bench;
