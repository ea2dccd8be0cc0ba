/**
 * Finds stored hashes in memory: exact digests (MD5, SHA-1, SHA-256) in sorted primitive arrays, PDQ hashes within a
 * Hamming distance through a multi-index that finds exactly what a full scan finds. Everything here is an immutable
 * snapshot; an adapter holds the current one and swaps it when lists change.
 */
package org.hotline.domain.knowncontent.matching;
