package org.hotline.domain.staff;

import java.util.Objects;

import org.hotline.domain.Sha256;

/**
 * A password an administrator hands over once, to be changed at the first sign-in: six groups of four hexadecimal
 * digits (96 random bits), easy to read out and to type.
 */
public record TemporaryPassword(String value) {

    public TemporaryPassword {
        Objects.requireNonNull(value, "value");
    }

    /** A temporary password drawn from a random token. */
    static TemporaryPassword from(String token) {
        String hex = Sha256.hex(token).substring(0, 24);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : "-").append(hex, i, i + 4);
        }
        return new TemporaryPassword(grouped.toString());
    }

    @Override
    public String toString() {
        return "TemporaryPassword[...]";
    }
}
