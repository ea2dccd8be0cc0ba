package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/**
 * The administrators' page of abuse contacts: every contact with its scope, role, addresses and source, the form to
 * add one (or change the one being edited), and the form to import a CSV file.
 *
 * @param editing the identifier of the contact being changed, or null when the form adds one
 * @param outcome what the last import did, or why it was refused (empty when none was just made)
 */
public record ContactsPage(Messages t, List<Row> contacts, String editing, Typed typed, FieldErrors errors,
        String outcome, boolean refused, String uploadLimit) {

    public static final List<String> FIELDS = List.of("scope", "value", "role", "name", "emails");
    public static final List<String> SCOPES = List.of("asn", "organisation", "domain");
    public static final List<String> ROLES = List.of("hosting_provider", "site_owner", "registrar");

    /** One contact as the table shows it. */
    public record Row(String id, String scope, String value, String role, String name, String emails, String source,
            String learnt) {
    }

    /** The form, as typed. */
    public record Typed(String scope, String value, String role, String name, String emails) {

        public static Typed empty() {
            return new Typed("asn", "", "hosting_provider", "", "");
        }
    }

    public boolean isEditing() {
        return editing != null;
    }
}
