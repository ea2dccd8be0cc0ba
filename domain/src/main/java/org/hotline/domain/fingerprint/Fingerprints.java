package org.hotline.domain.fingerprint;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What is kept of an item instead of the item: its MD5, SHA-1 and SHA-256, and for a picture that decoded, its PDQ
 * hash with the hash's quality. Computed in memory from the bytes, which are then let go.
 */
@ValueObject
public record Fingerprints(Digest md5, Digest sha1, Digest sha256, Option<PdqFingerprint> pdq) {

    public Fingerprints {
        requireAlgorithm(md5, Digest.Algorithm.MD5, "md5");
        requireAlgorithm(sha1, Digest.Algorithm.SHA1, "sha1");
        requireAlgorithm(sha256, Digest.Algorithm.SHA256, "sha256");
        Objects.requireNonNull(pdq, "pdq");
    }

    /** The three digests of these bytes, and no perceptual hash (a video, or a picture yet to be decoded). */
    public static Fingerprints ofContent(byte[] content) {
        Objects.requireNonNull(content, "content");
        return new Fingerprints(Digest.of(Digest.Algorithm.MD5, content), Digest.of(Digest.Algorithm.SHA1, content),
                Digest.of(Digest.Algorithm.SHA256, content), Option.none());
    }

    /** The same digests with the picture's PDQ hash. */
    public Fingerprints withPdq(PdqFingerprint hash) {
        return new Fingerprints(md5, sha1, sha256, Option.some(Objects.requireNonNull(hash, "hash")));
    }

    /** The three digests, MD5 first. */
    public Seq<Digest> digests() {
        return List.of(md5, sha1, sha256);
    }

    private static void requireAlgorithm(Digest digest, Digest.Algorithm algorithm, String name) {
        Objects.requireNonNull(digest, name);
        if (digest.algorithm() != algorithm) {
            throw new IllegalArgumentException(name + " holds a " + digest.algorithm().standardName() + " digest");
        }
    }
}
