package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Set;

import org.hotline.adapters.web.Messages;

/**
 * The administrators' page of accounts: everyone, with what can be changed about each, and the form to create one.
 *
 * @param typed what was typed into the form to create an account, kept when it is shown again with errors
 * @param locked the accounts locked now after failed sign-ins, named and with the end of their lock, to tell the
 *               administrators
 */
public record StaffPage(Messages t, List<Member> members, List<RoleChoice> roles, NewMember typed, FieldErrors errors,
        List<String> locked) {

    public static final List<String> FIELDS = List.of("username", "displayName", "roles");

    /** One account as the list shows it. */
    public record Member(String id, String username, String displayName, Set<String> roles, String roleNames,
            boolean active, String lockedUntil, boolean mustChangePassword, boolean self) {

        public boolean holds(String role) {
            return roles.contains(role);
        }
    }

    /** A role to tick, by its name in the code and in words. */
    public record RoleChoice(String name, String label) {
    }

    /** The form to create an account, as typed. */
    public record NewMember(String username, String displayName, Set<String> roles) {

        public static NewMember empty() {
            return new NewMember("", "", Set.of());
        }
    }
}
