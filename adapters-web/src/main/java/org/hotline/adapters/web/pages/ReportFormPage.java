package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hotline.adapters.web.Messages;

/**
 * The public report form, empty or re-shown with what the reporter typed and an error beside each wrong field.
 *
 * @param errors by field name ({@code urls}, {@code seen}, {@code description}, {@code contactName},
 *               {@code contactEmail}, {@code contactPhone}); a field may have several
 */
public record ReportFormPage(Messages t, Values values, Map<String, List<String>> errors) {

    /** What the reporter typed, kept as typed. */
    public record Values(String urls, Set<String> seen, String description, String contactName, String contactEmail,
            String contactPhone) {

        public static Values empty() {
            return new Values("", Set.of(), "", "", "", "");
        }
    }

    public static final List<String> SEEN_KINDS = List.of("IMAGES", "VIDEOS", "TEXT", "OTHER");
    /** The key of errors about the report as a whole rather than one field. */
    public static final String GENERAL = "general";

    /** Errors about one field, for the summary's links to the fields. */
    public java.util.Set<String> fieldsInError() {
        var fields = new java.util.LinkedHashSet<>(errors.keySet());
        fields.remove(GENERAL);
        return fields;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public List<String> errorsOf(String field) {
        return errors.getOrDefault(field, List.of());
    }

    public boolean isSeen(String kind) {
        return values.seen().contains(kind);
    }

    public List<String> seenKinds() {
        return SEEN_KINDS;
    }
}
