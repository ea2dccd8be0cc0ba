/**
 * JMH benchmarks of the hot paths (fingerprinting, matching, address lookups). Run with {@code bench/jmh.sh}; each
 * reports its figures against a baseline measured in the same run.
 */
package org.hotline.benchmarks;
