package org.hotline.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;

import org.hotline.adapters.persistence.Backups;
import org.hotline.adapters.persistence.ScheduledRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups written by the running program at a fixed interval into a directory, keeping the newest few. The way to
 * back up the embedded database without stopping the program (the backup command needs it stopped). With several
 * instances on one database, each backup is written once, by the instance whose tick finds it due, into that
 * instance's directory.
 */
final class ScheduledBackups implements AutoCloseable {

    static final String PREFIX = "hotline-";
    static final String SUFFIX = ".backup";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);

    private final Backups backups;
    private final Path directory;
    private final int keep;
    private final ScheduledExecutorService schedule;

    private ScheduledBackups(Backups backups, Path directory, int keep, Duration every, ScheduledRounds rounds) {
        this.backups = backups;
        this.directory = directory;
        this.keep = keep;
        Duration tick = every.compareTo(TICK) < 0 ? every : TICK;
        this.schedule = Rounds.every(tick, "scheduled-backups", () -> {
            try {
                rounds.runIfDue("backups", every, this::backUp);
            } catch (RuntimeException e) {
                LOG.atWarn().addKeyValue("cause", e.getMessage()).log("the backup round could not be scheduled this time");
            }
        });
    }

    /** How often an instance asks whether a backup is due. */
    static final Duration TICK = Duration.ofMinutes(1);

    static ScheduledBackups start(Backups backups, Path directory, int keep, Duration every, ScheduledRounds rounds)
            throws IOException {
        Files.createDirectories(directory);
        LOG.atInfo().addKeyValue("directory", directory).addKeyValue("every", every).addKeyValue("keep", keep)
                .log("scheduled backups on");
        return new ScheduledBackups(backups, directory, keep, every, rounds);
    }

    /** Writes one backup now and removes the oldest beyond the number kept; a failure is logged, never thrown. */
    void backUp() {
        Path file = directory.resolve(PREFIX + STAMP.format(Instant.now()) + SUFFIX);
        try {
            backups.backup(file);
            List<Path> existing;
            try (Stream<Path> files = Files.list(directory)) {
                existing = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                        && p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
            }
            for (Path old : existing.subList(0, Math.max(0, existing.size() - keep))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            LOG.atError().setCause(e).addKeyValue("file", file).log("a scheduled backup failed");
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
