package org.hotline.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.vavr.control.Either;
import org.hotline.adapters.capture.image.ImageFailure;
import org.hotline.adapters.capture.image.ImageFingerprinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pdq FILE...}: prints {@code hash,quality,file} for each picture (as Meta's photo hasher does), and for a file
 * that cannot be read or decoded, a line on the error stream saying why; 0 when every file was hashed, 1 otherwise.
 */
@Command(name = "pdq", description = {"Print hash,quality,file for each picture (the PDQ hash in 64 hexadecimal digits), "
        + "as Meta's photo hasher does.", "A file that cannot be read or decoded gets a line on the error stream saying "
        + "why, and the exit status is then 1. Needs no database."})
final class PdqCommand extends HotlineCommand {

    /** Largest file the command reads: the capture's own item limit. */
    static final long LARGEST_PICTURE_FILE = 50L * 1024 * 1024;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JPEG, PNG, GIF, WebP or BMP pictures.")
    List<Path> files;

    @Override
    public Integer call() {
        var fingerprinter = new ImageFingerprinter();
        int failed = 0;
        for (Path file : files) {
            var hashed = readPicture(file).flatMap(bytes -> fingerprinter.examine(bytes).mapLeft(ImageFailure::detail));
            if (hashed.isRight()) {
                out().println(hashed.get().pdq().hash().hex() + "," + hashed.get().pdq().quality() + "," + file);
            } else {
                err().println(file + ": " + hashed.getLeft());
                failed++;
            }
        }
        return failed == 0 ? Commands.DONE : Commands.FAILED;
    }

    private static Either<String, byte[]> readPicture(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Either.left(Files.exists(file) ? "not a file" : "no such file");
            }
            if (Files.size(file) > LARGEST_PICTURE_FILE) {
                return Either.left("larger than " + LARGEST_PICTURE_FILE / (1024 * 1024) + " MB");
            }
            return Either.right(Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            return Either.left("cannot be read (" + e.getMessage() + ")");
        }
    }
}
