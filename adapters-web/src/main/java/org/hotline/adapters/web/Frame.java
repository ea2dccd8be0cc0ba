package org.hotline.adapters.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every page shows around its own content, and what every form needs: the signed-in member and their
 * navigation bar, and the form token. {@link Templates} binds one to the thread for the length of one rendering, so
 * that the layout and the {@code csrf} template reach it without each page record carrying it: a form includes its
 * token with {@code @template.csrf()}.
 */
public final class Frame {

    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

    private final Optional<SignedInStaff> staff;
    private final List<Navigation.Link> links;
    private final Supplier<String> formToken;

    Frame(Optional<SignedInStaff> staff, List<Navigation.Link> links, Supplier<String> formToken) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.links = List.copyOf(links);
        this.formToken = Objects.requireNonNull(formToken, "formToken");
    }

    /** The frame of the page being rendered on this thread. */
    public static Frame current() {
        Frame frame = CURRENT.get();
        if (frame == null) {
            throw new IllegalStateException("a page is rendered through Templates.render, which provides its frame");
        }
        return frame;
    }

    static void renderWithin(Frame frame, Runnable rendering) {
        CURRENT.set(frame);
        try {
            rendering.run();
        } finally {
            CURRENT.remove();
        }
    }

    /** The token for this page's forms, in the hidden field {@value FormTokens#FIELD}. */
    public String formToken() {
        return formToken.get();
    }

    public boolean signedIn() {
        return staff.isPresent();
    }

    public String displayName() {
        return staff.map(SignedInStaff::displayName).orElse("");
    }

    /** The staff pages this member may open, for the navigation bar; none for the public. */
    public List<Navigation.Link> links() {
        return links;
    }
}
