package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/**
 * A member's own account: who they are, what their roles let them do, where they are signed in, and the language
 * of their pages.
 *
 * @param sessions the member's open sessions, the most recently used first
 */
public record AccountPage(Messages t, String displayName, String username, List<String> roles, List<OpenSession> sessions,
        List<LanguageChoice> languages, boolean languageSaved, FieldErrors errors) {

    /** A language the member may choose for their pages: its code, its name in itself, and whether it is chosen. */
    public record LanguageChoice(String code, String name, boolean chosen) {
    }

    /** Whether the member chose none of the languages, and the pages follow their browser. */
    public boolean followsBrowser() {
        return languages.stream().noneMatch(LanguageChoice::chosen);
    }

    /**
     * One open session: when it began and was last used, where from, in what; {@code current} for the one reading.
     *
     * @param id what identifies it in the form that ends it (the digest of its token, never the token)
     */
    public record OpenSession(String id, String since, String lastUsed, String client, String browser, boolean current) {
    }

    public boolean hasOthers() {
        return sessions.stream().anyMatch(session -> !session.current());
    }
}
