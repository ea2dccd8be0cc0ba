package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/**
 * A member's own account: who they are, what their roles let them do, and where they are signed in.
 *
 * @param sessions the member's open sessions, the most recently used first
 */
public record AccountPage(Messages t, String displayName, String username, List<String> roles, List<OpenSession> sessions) {

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
