package org.hotline.adapters.capture.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The PDQ test pictures of the shared test data: {@code ../shared/testdata/pdq} beside the repository (the directory
 * holding the root pom). Tests that need them are skipped where they are absent.
 */
final class SharedPictures {

    private SharedPictures() {
    }

    /** The folder, if it is there. */
    static Optional<Path> folder() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !isRepositoryRoot(directory)) {
            directory = directory.getParent();
        }
        if (directory == null) {
            return Optional.empty();
        }
        Path pdq = directory.resolve("../shared/testdata/pdq").normalize();
        return Files.isRegularFile(pdq.resolve("expected.csv")) ? Optional.of(pdq) : Optional.empty();
    }

    /** The folder; the calling test is skipped when it is absent. */
    static Path folderOrSkip() {
        Optional<Path> folder = folder();
        Assumptions.assumeTrue(folder.isPresent(), "the shared PDQ test pictures (../shared/testdata/pdq) are absent");
        return folder.get();
    }

    static byte[] read(String name) {
        try {
            return Files.readAllBytes(folderOrSkip().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference hashes: file, hash, quality. */
    static List<String[]> expected() {
        try {
            return Files.readAllLines(folderOrSkip().resolve("expected.csv")).stream().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRepositoryRoot(Path directory) {
        Path pom = directory.resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>hotline-parent</artifactId>")
                    && !Files.readString(pom).contains("<parent>");
        } catch (IOException e) {
            return false;
        }
    }
}
