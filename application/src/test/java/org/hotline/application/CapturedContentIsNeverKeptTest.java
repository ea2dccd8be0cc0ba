package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.hotline.adapters.web.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Nothing fetched is kept: after a loopback page with three pictures was captured, its previews made and one
 * revealed, none of the markers the pictures carry is in any table of the database, in any file of the data
 * directory (the database's own files and write-ahead log included, after the program stopped), in any file the
 * temporary directory gained meanwhile, or in the program's log.
 */
class CapturedContentIsNeverKeptTest {

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    @Test
    void no_byte_of_a_captured_picture_is_in_the_database_the_data_directory_the_temporary_directory_or_the_log()
            throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        ListAppender<ILoggingEvent> log = listening();
        List<String> markers;
        try (LoopbackGallery gallery = new LoopbackGallery()) {
            markers = gallery.markers();
            try (Hotline hotline = CaptureOfReportsTest.capturing(data, "127.0.0.0/8")) {
                Visitor ann = CaptureOfReportsTest.analyst(hotline);
                String caseId = CaptureOfReportsTest.report(hotline, gallery.address(LoopbackGallery.PAGE));
                Document page = CaptureOfReportsTest.captured(ann, caseId);
                assertThat(page.select("#capture-items li.capture-item")).hasSize(3);
                for (var preview : page.select("img.preview-blurred")) {
                    assertThat(ann.getBytes(preview.attr("src")).statusCode()).isEqualTo(200);
                }
                String item = page.select("li.capture-item").first().attr("data-item");
                Document revealed = Jsoup.parse(ann.postForm("/cases/" + caseId + "/reveal", "item", item).body());
                assertThat(revealed.select("img.preview-revealed")).hasSize(1);
                assertThat(tablesHolding(hotline, markers)).as("tables holding a marker").isEmpty();
            }
            assertThat(scanner(markers, elsewhere, gallery.pictures().get(1))).as("the scan finds what is there").isNotEmpty();
        } finally {
            root().detachAppender(log);
        }

        assertThat(filesHolding(markers, data, Instant.MIN)).as("files of the data directory").isEmpty();
        assertThat(filesHolding(markers, Path.of(System.getProperty("java.io.tmpdir")), started))
                .as("files the temporary directory gained").isEmpty();
        List<String> lines = log.list.stream().map(CapturedContentIsNeverKeptTest::line).toList();
        assertThat(lines).as("the log was read").anyMatch(line -> line.contains("capture ran"));
        assertThat(lines).noneMatch(line -> markers.stream().anyMatch(line::contains));
    }

    /** A positive control: the scan finds a marker in a file that holds the picture (removed again at once). */
    private static List<Path> scanner(List<String> markers, Path directory, byte[] picture) throws IOException {
        Path control = Files.write(directory.resolve("holds-a-picture.bin"), picture);
        try {
            return filesHolding(markers, directory, Instant.MIN);
        } finally {
            Files.delete(control);
        }
    }

    /** Every table's rows as text (bytea as hexadecimal), searched for the markers as text and as hexadecimal. */
    private static List<String> tablesHolding(Hotline hotline, List<String> markers) {
        List<String> needles = new ArrayList<>(markers);
        markers.forEach(marker -> needles.add(HexFormat.of().formatHex(marker.getBytes(StandardCharsets.US_ASCII))));
        return hotline.database().jdbi().withHandle(handle -> {
            List<String> tables = handle.createQuery("""
                    select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")
                    .mapTo(String.class).list();
            assertThat(tables).as("the capture's tables are among those read").anyMatch(t -> t.endsWith(".capture_item"));
            return tables.stream().filter(table -> handle.createQuery("select t::text from " + table + " t")
                    .mapTo(String.class).stream().anyMatch(row -> needles.stream().anyMatch(row::contains))).toList();
        });
    }

    /** The regular files under the directory, changed since {@code since}, that hold one of the markers. */
    private static List<Path> filesHolding(List<String> markers, Path directory, Instant since) throws IOException {
        List<Path> holding = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isAfter(since)
                        && attributes.size() < 64L * 1024 * 1024 && holds(file, markers)) {
                    holding.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return holding;
    }

    private static boolean holds(Path file, List<String> markers) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return markers.stream().anyMatch(text::contains);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static ListAppender<ILoggingEvent> listening() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root().addAppender(appender);
        return appender;
    }

    /** An event as a log line would show it: message, key-value pairs and any exception's messages. */
    private static String line(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getFormattedMessage());
        if (event.getKeyValuePairs() != null) {
            event.getKeyValuePairs().forEach(pair -> line.append(' ').append(pair.key).append('=').append(pair.value));
        }
        for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            line.append(' ').append(thrown.getMessage());
        }
        return line.toString();
    }
}
