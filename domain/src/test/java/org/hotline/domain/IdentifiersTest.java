package org.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @Test
    void an_identifier_as_the_program_writes_it_is_read_back() {
        UUID id = UUID.fromString("3f1c2a44-9b0e-4c55-8d21-0a6e7f9b1c2d");
        assertThat(Identifiers.uuid(id.toString())).containsExactly(id);
        assertThat(Identifiers.uuid("3F1C2A44-9B0E-4C55-8D21-0A6E7F9B1C2D")).as("upper case is the same identifier")
                .containsExactly(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not-an-id", "1-1-1-1-1", "3f1c2a44-9b0e-4c55-8d21-0a6e7f9b1c2", "3f1c2a44-9b0e-4c55-8d21-0a6e7f9b1c2dd",
            "3f1c2a44-9b0e-4c55-8d21-0a6e7f9b1c2g", "3f1c2a44x9b0e-4c55-8d21-0a6e7f9b1c2d"})
    void anything_else_names_no_identifier(String text) {
        assertThat(Identifiers.uuid(text)).isEmpty();
    }
}
