package org.hotline.adapters.web;

import java.util.List;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the precompiled JTE templates; each template takes one page record, and finds the signed-in member, the
 * navigation and the form token in the {@link Frame} bound while it renders.
 */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final FormTokens formTokens;
    private final List<Route> routes;

    /**
     * @param routes the server's route table, which the navigation bar is drawn from (filled as routes are added)
     */
    Templates(FormTokens formTokens, List<Route> routes) {
        this.formTokens = formTokens;
        this.routes = routes;
    }

    void render(Context ctx, String template, Object page) {
        var staff = SignedInStaff.of(ctx);
        var links = staff.map(member -> Navigation.linksFor(member, routes, ctx.path(), Languages.messagesFor(ctx)))
                .orElse(List.of());
        StringOutput output = new StringOutput();
        Frame.renderWithin(new Frame(staff, links, () -> formTokens.tokenFor(ctx)),
                () -> engine.render(template, page, output));
        ctx.contentType("text/html; charset=utf-8").result(output.toString());
    }
}
