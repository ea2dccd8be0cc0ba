package org.hotline.adapters.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotline.adapters.web.Messages;
import org.hotline.domain.FieldError;

/**
 * The errors of a form, in words for people, by the name of the field each belongs beside; errors about the form as
 * a whole are under {@link #GENERAL}.
 */
public record FieldErrors(Map<String, List<String>> byField) {

    public static final String GENERAL = "general";

    public FieldErrors {
        byField = Map.copyOf(byField);
    }

    public static FieldErrors none() {
        return new FieldErrors(Map.of());
    }

    public static FieldErrors general(String message) {
        return new FieldErrors(Map.of(GENERAL, List.of(message)));
    }

    /** The domain's errors translated; an error without a field is about the whole form. */
    public static FieldErrors of(Iterable<FieldError> errors, Messages t) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String field = error.field().isEmpty() ? GENERAL : error.field();
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(t.error(error));
        }
        return new FieldErrors(byField);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** The fields with errors, in the order of the form, for the summary's links. */
    public Set<String> fields(List<String> formOrder) {
        Set<String> fields = new LinkedHashSet<>();
        for (String field : formOrder) {
            if (byField.containsKey(field)) {
                fields.add(field);
            }
        }
        return fields;
    }
}
