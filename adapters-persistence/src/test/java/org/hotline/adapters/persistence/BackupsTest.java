package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hotline.domain.partner.PartnerRegistry;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.Receipt;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path directory;

    @Test
    void a_backup_restores_into_a_fresh_database_with_every_row_and_type_intact() throws Exception {
        Path file = directory.resolve("hotline.backup");
        Receipt receipt;
        String partnerKey;
        try (Database original = Database.start(DatabaseSettings.embedded(directory.resolve("original")))) {
            var registration = new PartnerRegistry(new PostgresPartners(original), Instant::now, UUID::randomUUID)
                    .register("Example Partner").get();
            partnerKey = registration.key().secret();
            // The database keeps microseconds; so does the program's clock.
            var intake = new ReportIntake(new PostgresReports(original),
                    () -> Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS), UUID::randomUUID);
            receipt = intake.submit(new ReportSubmission(Channel.API, List.of("bücher.example/ä", "example.org/b"),
                    List.of("IMAGES", "TEXT"), "ünïcode, \"quotes\", tab\there", "A. Reporter", "a@example.org", null,
                    io.vavr.control.Option.some(registration.partner().id()), io.vavr.control.Option.none())).get();
            intake.submit(new ReportSubmission(Channel.WEB_FORM, List.of("EXAMPLE.org/b#x"), List.of(), null, null, null, null));

            var summary = new Backups(original).backup(file);
            assertThat(summary.rows()).containsEntry("report", 2L).containsEntry("partner", 1L).containsEntry("report_url", 3L);
        }
        assertThat(directory.resolve("hotline.backup.partial")).doesNotExist();

        try (Database fresh = Database.openForRestore(DatabaseSettings.embedded(directory.resolve("restored")))) {
            var restored = new Backups(fresh).restore(file);
            assertThat(restored.rows()).containsEntry("report", 2L).containsEntry("case_file", 2L);
        }
        try (Database restored = Database.start(DatabaseSettings.embedded(directory.resolve("restored")))) {
            var reports = new PostgresReports(restored);
            var filing = reports.byId(receipt.id()).get();
            assertThat(filing.report().description()).contains("ünïcode, \"quotes\", tab\there");
            assertThat(filing.report().receivedAt()).isEqualTo(receipt.receivedAt());
            assertThat(filing.links()).isEqualTo(receipt.links());
            assertThat(new PartnerRegistry(new PostgresPartners(restored), Instant::now, UUID::randomUUID)
                    .recognise(partnerKey)).hasSize(1);
            assertThat(new org.hotline.domain.report.CaseQueue(new PostgresCases(restored), Instant::now).list(10).entries()
                    .map(e -> e.reportCount())).containsExactlyInAnyOrder(1, 2);
            var again = new ReportIntake(reports, Instant::now, UUID::randomUUID)
                    .submit(new ReportSubmission(Channel.WEB_FORM, List.of("example.org/b"), List.of(), null, null, null, null)).get();
            assertThat(again.links().head().folded()).as("the open-case rule holds on restored data").isTrue();
        }
    }

    @Test
    void a_restore_refuses_a_database_that_has_data() throws Exception {
        Path file = directory.resolve("hotline.backup");
        try (Database original = Database.start(DatabaseSettings.embedded(directory.resolve("original")))) {
            new ReportIntake(new PostgresReports(original), Instant::now, UUID::randomUUID)
                    .submit(new ReportSubmission(Channel.WEB_FORM, List.of("example.org/a"), List.of(), null, null, null, null));
            new Backups(original).backup(file);
            assertThatThrownBy(() -> new Backups(original).restore(file))
                    .isInstanceOf(IOException.class).hasMessageContaining("empty database");
            assertThat(new PostgresCases(original).countOpen()).isEqualTo(1);
        }
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused() throws Exception {
        Path notABackup = Files.writeString(directory.resolve("notes.txt"), "hello");
        try (Database fresh = Database.openForRestore(DatabaseSettings.embedded(directory.resolve("fresh")))) {
            assertThatThrownBy(() -> new Backups(fresh).restore(notABackup)).isInstanceOf(IOException.class);
        }
    }
}
