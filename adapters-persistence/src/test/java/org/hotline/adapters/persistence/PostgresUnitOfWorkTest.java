package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hotline.domain.partner.PartnerRegistry;
import org.hotline.domain.report.Channel;
import org.hotline.domain.report.ReportIntake;
import org.hotline.domain.report.ReportSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresUnitOfWorkTest {

    private Database database;
    private PostgresUnitOfWork unit;

    @BeforeEach
    void emptyDatabase() {
        database = TestDatabase.empty();
        unit = new PostgresUnitOfWork(database);
    }

    @Test
    void changes_through_several_repositories_commit_together() {
        unit.inOneUnit(() -> {
            new PartnerRegistry(new PostgresPartners(database), Instant::now, UUID::randomUUID).register("Example Partner");
            return intake().submit(aReport());
        });

        assertThat(count("partner")).isEqualTo(1);
        assertThat(count("report")).isEqualTo(1);
    }

    @Test
    void a_failure_anywhere_in_the_unit_keeps_nothing_of_it() {
        assertThatThrownBy(() -> unit.inOneUnit(() -> {
            new PartnerRegistry(new PostgresPartners(database), Instant::now, UUID::randomUUID).register("Example Partner");
            intake().submit(aReport());
            throw new IllegalStateException("the audit record could not be written");
        })).hasMessageContaining("audit record");

        assertThat(count("partner")).isZero();
        assertThat(count("report")).isZero();
    }

    @Test
    void a_nested_unit_joins_the_outer_one() {
        assertThatThrownBy(() -> unit.inOneUnit(() -> {
            unit.inOneUnit(() -> intake().submit(aReport()));
            throw new IllegalStateException("outer unit fails after the inner one finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("report")).isZero();
    }

    private ReportIntake intake() {
        return new ReportIntake(new PostgresReports(database), Instant::now, UUID::randomUUID);
    }

    private static ReportSubmission aReport() {
        return new ReportSubmission(Channel.WEB_FORM, List.of("example.org/" + UUID.randomUUID()), List.of(), null, null, null, null);
    }

    private long count(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }
}
