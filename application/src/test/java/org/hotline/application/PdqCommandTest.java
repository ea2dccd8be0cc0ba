package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.hotline.adapters.capture.image.ImageFingerprinter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdqCommandTest {

    @TempDir
    Path files;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Commands.run(List.of(args), TestConfigurations.embeddedIn(files.resolve("unused")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A made-up picture: a few shapes on a gradient. */
    private Path picture(String name, int seed) throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        for (int x = 0; x < 400; x += 4) {
            graphics.setColor(new Color(x * 255 / 400, 90, 255 - x * 255 / 400));
            graphics.fillRect(x, 0, 4, 300);
        }
        graphics.setColor(Color.WHITE);
        graphics.fillOval(40 + seed * 60, 50, 120, 120);
        graphics.setColor(Color.BLACK);
        graphics.fillRect(250 - seed * 50, 180, 100, 80);
        graphics.dispose();
        Path file = files.resolve(name);
        ImageIO.write(image, name.substring(name.lastIndexOf('.') + 1), file.toFile());
        return file;
    }

    @Test
    void each_picture_gets_a_line_of_hash_quality_and_file() throws IOException {
        Path jpeg = picture("first.jpg", 0);
        Path png = picture("second.png", 2);
        assertThat(run("pdq", jpeg.toString(), png.toString())).as(err.toString()).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        var fingerprinter = new ImageFingerprinter();
        var first = fingerprinter.examine(Files.readAllBytes(jpeg)).get().pdq();
        var second = fingerprinter.examine(Files.readAllBytes(png)).get().pdq();
        assertThat(lines.get(0)).matches("[0-9a-f]{64},[0-9]{1,3},.*first\\.jpg")
                .isEqualTo(first.hash().hex() + "," + first.quality() + "," + jpeg);
        assertThat(lines.get(1)).isEqualTo(second.hash().hex() + "," + second.quality() + "," + png);
        assertThat(first.hash()).isNotEqualTo(second.hash());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_file_that_cannot_be_read_gets_a_message_and_the_others_are_still_hashed() throws IOException {
        Path good = picture("good.png", 1);
        Path text = files.resolve("notes.txt");
        Files.writeString(text, "not a picture");
        Path missing = files.resolve("missing.jpg");
        Path truncated = files.resolve("truncated.jpg");
        byte[] whole = Files.readAllBytes(picture("whole.jpg", 1));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(run("pdq", missing.toString(), text.toString(), good.toString(), truncated.toString(),
                files.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().endsWith("good.png");
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                missing + ": no such file",
                text + ": The content is not a JPEG, PNG, GIF, WebP or BMP picture.",
                truncated + ": The JPEG is malformed: it ends before its end-of-image marker (truncated).",
                files + ": not a file");
    }

    @Test
    void the_reference_picture_gets_the_reference_hash() {
        var folder = Path.of("").toAbsolutePath().resolve("../../shared/testdata/pdq").normalize();
        Assumptions.assumeTrue(Files.isDirectory(folder), "the shared PDQ test pictures are absent");
        Path bridge = folder.resolve("dih/bridge-1-original.jpg");
        assertThat(run("pdq", bridge.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22,100," + bridge);
    }

    @Test
    void without_files_the_usage_is_printed() {
        assertThat(run("pdq")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'").contains("pdq [-h] FILE...");
    }
}
