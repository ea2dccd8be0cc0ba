package org.hotline.adapters.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the precompiled JTE templates; each template takes one page record. */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, String template, Object page) {
        StringOutput output = new StringOutput();
        engine.render(template, page, output);
        ctx.contentType("text/html; charset=utf-8").result(output.toString());
    }
}
