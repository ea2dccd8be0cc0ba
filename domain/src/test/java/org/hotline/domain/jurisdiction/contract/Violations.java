package org.hotline.domain.jurisdiction.contract;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects what broke one rule of the contract, each with the facts, day or hosting location that broke it, and
 * fails once with the first few: an adapter author sees which answers to look at, not just "false".
 */
final class Violations {

    private static final int SHOWN = 12;

    private final String rule;
    private final List<String> found = new ArrayList<>();

    Violations(String rule) {
        this.rule = rule;
    }

    void add(String violation) {
        found.add(violation);
    }

    void check(boolean holds, String violation) {
        if (!holds) {
            add(violation);
        }
    }

    void assertNone() {
        if (!found.isEmpty()) {
            fail(rule + ": " + found.size() + " violation(s)"
                    + (found.size() > SHOWN ? ", the first " + SHOWN : "") + ":\n  - "
                    + found.stream().limit(SHOWN).collect(Collectors.joining("\n  - ")));
        }
    }
}
