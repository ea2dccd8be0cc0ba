package org.hotline.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.adapters.web.pages.KnownListsPage;
import org.hotline.domain.CountryCode;
import org.hotline.domain.FieldError;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.hotline.domain.knowncontent.ListFormat;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.knowncontent.ListOverview;
import org.hotline.domain.knowncontent.ListSource;
import org.hotline.domain.knowncontent.ManageKnownLists;
import org.hotline.domain.knowncontent.ManageKnownLists.Keeper;

/**
 * The administrators' hash lists: the table of lists, making a list, and importing a file uploaded into one (sent as
 * multipart; the file streams from the upload into the import, whole or not at all).
 */
final class KnownListPages {

    static final String PATH = "/admin/known-lists";
    static final String IMPORT = PATH + "/import";

    private final KnownWork work;
    private final Templates templates;
    private final ZoneId zone;

    KnownListPages(KnownWork work, Templates templates, ZoneId zone) {
        this.work = Objects.requireNonNull(work, "work");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Whether a request may come as multipart: only the upload does. */
    static boolean takesFiles(Context ctx) {
        return ctx.path().equals(IMPORT);
    }

    void show(Context ctx) {
        render(ctx, "", false, KnownListsPage.NewList.empty(), FieldErrors.none());
    }

    void define(Context ctx) {
        SignedInStaff admin = SignedInStaff.required(ctx);
        var typed = new KnownListsPage.NewList(Forms.text(ctx, "name"), Forms.text(ctx, "source"),
                Forms.text(ctx, "jurisdiction"), Forms.text(ctx, "verdict"), Forms.text(ctx, "category"),
                ctx.formParam("baseline") != null, Forms.text(ctx, "distance"));
        Either<FieldError, KnownList> list = list(typed);
        Either<FieldError, KnownList> made = list.flatMap(l -> work.lists().define(l, Keeper.administrator(admin.id()))
                .mapLeft(reason -> new FieldError("name", "known_list", reason)));
        if (made.isLeft()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "", false, typed, FieldErrors.of(io.vavr.collection.List.of(made.getLeft()),
                    Languages.messagesFor(ctx)));
            return;
        }
        ctx.redirect(PATH, HttpStatus.SEE_OTHER);
    }

    private static Either<FieldError, KnownList> list(KnownListsPage.NewList typed) {
        Either<FieldError, ListName> name = ListName.parse(typed.name()).mapLeft(r -> new FieldError("name", "known_list", r));
        Either<FieldError, ListSource> source = ListSource.parse(typed.source()).mapLeft(r -> new FieldError("source", "known_list", r));
        Either<FieldError, CountryCode> country = CountryCode.parse(typed.jurisdiction())
                .toEither(new FieldError("jurisdiction", "known_list", "a country is written as its two-letter code"));
        Either<FieldError, KnownVerdict> verdict = KnownVerdict.parse(typed.verdict())
                .mapLeft(r -> new FieldError("verdict", "known_list", r));
        Either<FieldError, Option<String>> category = KnownClassification.category(typed.category())
                .mapLeft(r -> new FieldError("category", "known_list", r));
        Either<FieldError, Integer> distance = typed.distance().matches("[0-9]{1,3}") && Integer.parseInt(typed.distance()) <= 127
                ? Either.right(Integer.parseInt(typed.distance()))
                : Either.left(new FieldError("distance", "known_list", "a PDQ distance is 0 to 127 bits"));
        return name.flatMap(n -> source.flatMap(s -> country.flatMap(c -> verdict.flatMap(v -> category.flatMap(
                cat -> distance.flatMap(d -> typed.baseline() && v != KnownVerdict.ILLEGAL
                        ? Either.left(new FieldError("verdict", "known_list", "only illegal content meets INTERPOL's baseline"))
                        : Either.right(new KnownList(n, s, c, new KnownClassification(v, cat, typed.baseline()), d))))))));
    }

    void importFile(Context ctx) {
        SignedInStaff admin = SignedInStaff.required(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        Option<KnownList> list = ListName.parse(ctx.formParam("list")).toOption().flatMap(work.lists()::find);
        if (file == null || list.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, Languages.messagesFor(ctx).get(file == null ? "known.import.noFile" : "known.import.noList"), true,
                    KnownListsPage.NewList.empty(), FieldErrors.none());
            return;
        }
        String chosen = Objects.requireNonNullElse(ctx.formParam("format"), "");
        ListFormat format = chosen.isBlank() || chosen.equals("auto") ? ListFormat.guessedFrom(file.filename())
                : ListFormat.parse(chosen).getOrElse(ListFormat.guessedFrom(file.filename()));
        try (InputStream in = file.content()) {
            var result = work.lists().importInto(list.get().name(), work.files().feed(format, in, list.get()),
                    Keeper.administrator(admin.id()));
            ctx.status(result.isLeft() ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
            render(ctx, file.filename() + " (" + format.written() + "): " + result.fold(Object::toString, Object::toString),
                    result.isLeft(), KnownListsPage.NewList.empty(), FieldErrors.none());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void render(Context ctx, String outcome, boolean refused, KnownListsPage.NewList typed, FieldErrors errors) {
        Messages t = Languages.messagesFor(ctx);
        List<KnownListsPage.Row> rows = work.lists().overview().map(overview -> row(overview, t)).toJavaList();
        templates.render(ctx, "known-lists.jte", new KnownListsPage(t, rows, outcome, refused,
                typed, errors, count(work.uploadLimit() / (1024 * 1024), t) + " MB"));
    }

    private KnownListsPage.Row row(ListOverview overview, Messages t) {
        KnownList list = overview.list();
        return new KnownListsPage.Row(list.name().value(), list.source().written(), list.jurisdiction().value(),
                list.defaults().toString(), Integer.toString(list.pdqThreshold()), count(overview.entries(), t),
                count(overview.retracted(), t), new Times(zone).when(overview.created(), t),
                overview.lastImport().map(at -> new Times(zone).when(at, t)).getOrElse("-"));
    }

    private static String count(long figure, Messages t) {
        return java.text.NumberFormat.getIntegerInstance(t.locale()).format(figure);
    }
}
