package org.hotline.adapters.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotline.domain.staff.Role;

/**
 * The staff pages in the navigation bar, in order, each with the message key of its name. A member sees the pages
 * whose route admits one of their roles: the route table, not this list, says who may use a page. A new staff page
 * is added to the bar by adding it here.
 */
public final class Navigation {

    static final Map<String, String> PAGES = pages();

    private Navigation() {
    }

    /** One link of the bar. */
    public record Link(String path, String label, boolean current) {
    }

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(QueuePages.QUEUE, "nav.queue");
        pages.put(QueuePages.LEGAL_REVIEW, "nav.legalReview");
        pages.put(TakedownPages.POLICE, "nav.police");
        pages.put(TakedownPages.NOTICES, "nav.notices");
        pages.put(LawChangesPages.PATH, "nav.lawChanges");
        pages.put(WelfarePages.PATH, "nav.welfare");
        pages.put(StatisticsPages.PATH, "nav.statistics");
        pages.put("/admin/staff", "nav.staff");
        pages.put("/admin/known-lists", "nav.knownLists");
        pages.put("/admin/contacts", "nav.contacts");
        pages.put("/account", "nav.account");
        return java.util.Collections.unmodifiableMap(pages);
    }

    static boolean opens(List<Route> routes, String path, SignedInStaff staff) {
        return routes.stream().anyMatch(route -> route.method().equals("GET") && route.path().equals(path)
                && staff.roles().stream().map(Access::of).anyMatch(route.access()::contains));
    }

    static List<Link> linksFor(SignedInStaff staff, List<Route> routes, String currentPath, Messages t) {
        return PAGES.entrySet().stream()
                .filter(page -> opens(routes, page.getKey(), staff))
                .map(page -> new Link(page.getKey(), t.get(page.getValue()), page.getKey().equals(currentPath)))
                .toList();
    }

    /** The roles of a member as the pages name them. */
    static List<String> roleNames(java.util.Collection<Role> roles, Messages t) {
        return roles.stream().sorted().map(role -> t.get("role." + role.name())).toList();
    }
}
