package org.hotline.benchmarks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.vavr.control.Either;
import org.hotline.adapters.capture.image.ExaminedImage;
import org.hotline.adapters.capture.image.FingerprintedImage;
import org.hotline.adapters.capture.image.ImageFailure;
import org.hotline.adapters.capture.image.ImageFingerprinter;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDQ on one thread, on the shared test pictures (../shared/testdata/pdq from the repository root, or the folder
 * named by {@code -Dpdq.pictures=...}):
 *
 * <ul>
 * <li>{@code hashFromPixels}: pixels already decoded to the hash (target: 4 ms for 1.6 megapixels);</li>
 * <li>{@code hashFromBytes}: file bytes to the hash, sniffing, header checks and decoding included (target: 20 ms
 * from a 1.6-megapixel JPEG);</li>
 * <li>{@code fingerprintFromBytes}: the same plus MD5, SHA-1 and SHA-256, what capture does for each picture;</li>
 * <li>{@code straightforwardFromPixels} and {@code decodeOnly}: the baselines in the same run, the first the
 * algorithm computed the way the reference implementations do, the second ImageIO's plain decode of the file.</li>
 * </ul>
 *
 * <pre>bench/jmh.sh PdqBenchmark</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class PdqBenchmark {

    /** A 1.6-megapixel baseline JPEG, the same turned as a progressive JPEG, and a 0.7-megapixel PNG. */
    @Param({"dih/bridge-1-original.jpg", "dih/bridge-2-rotate-90.jpg", "pen-and-coaster.png"})
    public String picture;

    private byte[] content;
    private BufferedImage pixels;
    private final ImageFingerprinter fingerprinter = new ImageFingerprinter();

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path folder = Path.of(System.getProperty("pdq.pictures", "../shared/testdata/pdq"));
        Path file = folder.resolve(picture);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no test picture at " + file.toAbsolutePath()
                    + "; run from the repository root with ../shared beside it, or pass -Dpdq.pictures=FOLDER");
        }
        content = Files.readAllBytes(file);
        pixels = ImageIO.read(new ByteArrayInputStream(content));
    }

    @Benchmark
    public PdqFingerprint hashFromPixels() {
        return ImageFingerprinter.hash(pixels);
    }

    @Benchmark
    public Either<ImageFailure, ExaminedImage> hashFromBytes() {
        return fingerprinter.examine(content);
    }

    @Benchmark
    public Either<ImageFailure, FingerprintedImage> fingerprintFromBytes() {
        return fingerprinter.fingerprint(content);
    }

    @Benchmark
    public float[] straightforwardFromPixels() {
        return StraightforwardPdq.grid(pixels);
    }

    @Benchmark
    public BufferedImage decodeOnly() throws IOException {
        return ImageIO.read(new ByteArrayInputStream(content));
    }
}
