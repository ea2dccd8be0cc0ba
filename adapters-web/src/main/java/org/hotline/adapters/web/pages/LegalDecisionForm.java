package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The legal adviser's form on a case awaiting legal review: illegal or not illegal, the provisions of the home law
 * relied on (and one the law adapter does not model, where needed), the reasoning, and the day whose law applies.
 *
 * @param action where the decision is sent
 * @param provisions the home law's provisions, to choose from
 * @param typed what the adviser typed or chose so far, by field name
 * @param citations the provisions chosen so far
 * @param errors what was wrong with the decision sent, beside each field
 */
public record LegalDecisionForm(String action, List<Provision> provisions, Map<String, String> typed, Set<String> citations,
        FieldErrors errors) {

    /** A provision to rely on, with its period in force: its citation as the law records it, and its title to read. */
    public record Provision(String citation, String title, String from, Optional<String> until, boolean verified) {
    }

    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    public boolean isChosen(String citation) {
        return citations.contains(citation);
    }

    public boolean outcomeIs(String outcome) {
        return outcome.equals(typed.get("outcome"));
    }
}
