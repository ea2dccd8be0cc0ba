package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.hotline.domain.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberHotlinesTest {

    @TempDir
    Path directory;

    @Test
    void the_built_in_list_holds_the_networks_long_standing_members_and_not_every_country() {
        MemberHotlines members = new MemberHotlines(directory);

        assertThat(members.has(new CountryCode("NL"))).isTrue();
        assertThat(members.has(new CountryCode("GB"))).isTrue();
        assertThat(members.has(new CountryCode("BE"))).isTrue();
        assertThat(members.has(new CountryCode("KP"))).isFalse();
        assertThat(members.size()).isBetween(30, 80);
    }

    @Test
    void an_administrators_list_replaces_the_built_in_one_when_it_changes_and_a_wrong_one_leaves_the_last_good_in_use()
            throws Exception {
        MemberHotlines members = new MemberHotlines(directory);
        Path file = directory.resolve(MemberHotlines.FILE);

        Files.writeString(file, "# ours\nKP Somewhere\n\nNL\n");
        members.refresh();
        assertThat(members.has(new CountryCode("KP"))).isTrue();
        assertThat(members.has(new CountryCode("GB"))).isFalse();

        Files.writeString(file, "NL\nnl lower case\nXYZ\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        members.refresh();
        assertThat(members.has(new CountryCode("KP"))).as("the last good list stays").isTrue();

        Files.delete(file);
        members.refresh();
        assertThat(members.has(new CountryCode("GB"))).as("the built-in list again").isTrue();
    }

    @Test
    void a_list_names_every_line_that_is_not_a_country_code() {
        assertThat(MemberHotlines.parse("NL\nnl\n\n# fine\nXYZ Somewhere\n", "the test list").getLeft())
                .isEqualTo("the test list: line 2 ('nl') is not a two-letter country code in capitals;"
                        + " line 5 ('XYZ') is not a two-letter country code in capitals");
    }
}
