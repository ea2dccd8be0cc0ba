package org.hotline.adapters.web;

import java.util.Objects;
import java.util.Optional;

import io.javalin.http.Context;
import org.hotline.adapters.web.pages.LawChangesPage;
import org.hotline.domain.assessment.ReviewLawChanges;
import org.hotline.domain.staff.Role;

/** The open cases a change of the home law's rules or settings would decide otherwise, for people to decide again. */
final class LawChangesPages {

    static final String PATH = "/law/changes";

    private final ReviewLawChanges lawChanges;
    private final CaseworkViews views;
    private final Templates templates;

    LawChangesPages(ReviewLawChanges lawChanges, CaseworkViews views, Templates templates) {
        this.lawChanges = Objects.requireNonNull(lawChanges, "lawChanges");
        this.views = Objects.requireNonNull(views, "views");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    void show(Context ctx) {
        Messages t = Languages.messagesFor(ctx);
        var changes = lawChanges.affectedOpenCases(SignedInStaff.required(ctx).as(Role.SUPERVISOR, Role.LEGAL_ADVISER));
        if (changes.isLeft()) {
            Rejections.refuseWholePage(Rejections.answer(changes.getLeft().reason()), changes.getLeft());
            throw new IllegalStateException("the law changes are refused only for a role: " + changes.getLeft());
        }
        var rows = changes.get().map(change -> new LawChangesPage.Row(change.theCase().id().toString(),
                change.theCase().url().canonical(), change.theCase().state().name(),
                views.times().when(change.recorded().at(), t), CaseworkViews.verdictOf(change.recorded(), views.wording(t)),
                change.now().toJavaOptional().map(now -> CaseworkViews.verdictOf(now, views.wording(t))),
                change.now().isLeft() ? Optional.of(change.now().getLeft()) : Optional.empty())).toJavaList();
        templates.render(ctx, "law-changes.jte", new LawChangesPage(t, lawChanges.ruleBookVersion(),
                rows));
    }
}
