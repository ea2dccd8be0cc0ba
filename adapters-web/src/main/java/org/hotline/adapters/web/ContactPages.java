package org.hotline.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.web.pages.ContactsPage;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.domain.FieldError;
import org.hotline.domain.Rejection;
import org.hotline.domain.hostcontacts.ContactId;
import org.hotline.domain.hostcontacts.ContactRefusal;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.hostcontacts.ContactScope;
import org.hotline.domain.contact.ContactSource;
import org.hotline.domain.hostcontacts.ContactsCsv;
import org.hotline.domain.hostcontacts.ManageContacts;
import org.hotline.domain.hostcontacts.RegisteredContact;

/**
 * The administrators' contact registry: the table of contacts, adding one, changing one (a contact found through RDAP
 * is overridden so), and importing a CSV file (multipart, read whole, imported whole or not at all).
 */
final class ContactPages {

    static final String PATH = "/admin/contacts";
    static final String IMPORT = PATH + "/import";
    static final String ONE = PATH + "/{id}";
    /** The largest file imported: 20,000 lines of a few hundred characters. */
    static final long MOST_BYTES = 8L * 1024 * 1024;

    private final ManageContacts contacts;
    private final Templates templates;
    private final ZoneId zone;

    ContactPages(ManageContacts contacts, Templates templates, ZoneId zone) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Whether a request may come as multipart: only the import does. */
    static boolean takesFiles(Context ctx) {
        return ctx.path().equals(IMPORT);
    }

    void show(Context ctx) {
        render(ctx, Option.none(), ContactsPage.Typed.empty(), FieldErrors.none(), "", false);
    }

    void showOne(Context ctx) {
        RegisteredContact entry = entry(ctx);
        render(ctx, Option.some(entry.id().toString()), typed(entry), FieldErrors.none(), "", false);
    }

    void add(Context ctx) {
        SignedInStaff admin = SignedInStaff.required(ctx);
        ContactsPage.Typed typed = typed(ctx);
        answer(ctx, Option.none(), typed, entry(typed).flatMap(entry -> contacts.add(entry, admin.id())
                .mapLeft(ContactPages::fields)));
    }

    void change(Context ctx) {
        SignedInStaff admin = SignedInStaff.required(ctx);
        RegisteredContact before = entry(ctx);
        ContactsPage.Typed typed = typed(ctx);
        answer(ctx, Option.some(before.id().toString()), typed, entry(typed)
                .flatMap(entry -> contacts.change(before.id(), entry, admin.id()).mapLeft(ContactPages::fields)));
    }

    void importFile(Context ctx) {
        SignedInStaff admin = SignedInStaff.required(ctx);
        Messages t = Languages.messagesFor(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        Either<String, String> text = file == null ? Either.left(t.get("contacts.import.noFile")) : read(file, t);
        Either<String, ManageContacts.Imported> imported = text.flatMap(content -> contacts.importFile(
                Forms.limited(file.filename(), 200), content, admin.id()).mapLeft(Rejection::detail));
        ctx.status(imported.isLeft() ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
        render(ctx, Option.none(), ContactsPage.Typed.empty(), FieldErrors.none(),
                imported.fold(why -> why, done -> t.get("contacts.import.summary", done.contacts(), done.replaced())),
                imported.isLeft());
    }

    private void answer(Context ctx, Option<String> editing, ContactsPage.Typed typed,
            Either<List<FieldError>, RegisteredContact> outcome) {
        if (outcome.isLeft()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, editing, typed, FieldErrors.of(outcome.getLeft(), Languages.messagesFor(ctx)), "", false);
            return;
        }
        ctx.redirect(PATH + "#contact-" + outcome.get().id(), HttpStatus.SEE_OTHER);
    }

    private static Either<String, String> read(UploadedFile file, Messages t) {
        if (file.size() > MOST_BYTES) {
            return Either.left(t.get("contacts.import.tooLarge", MOST_BYTES / (1024 * 1024)));
        }
        try (InputStream in = file.content()) {
            return Either.right(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString());
        } catch (CharacterCodingException e) {
            return Either.left(t.get("contacts.import.notUtf8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RegisteredContact entry(Context ctx) {
        return ContactId.parse(ctx.pathParam("id")).flatMap(contacts::find)
                .getOrElseThrow(() -> new NotFoundResponse("No such contact"));
    }

    private static ContactsPage.Typed typed(Context ctx) {
        return new ContactsPage.Typed(Forms.limited(Forms.text(ctx, "scope"), 20), Forms.limited(Forms.text(ctx, "value"), 300),
                Forms.limited(Forms.text(ctx, "role"), 40), Forms.limited(Forms.text(ctx, "name"), 300),
                Forms.limited(Forms.text(ctx, "emails"), 3000));
    }

    private static ContactsPage.Typed typed(RegisteredContact entry) {
        return new ContactsPage.Typed(entry.scope().kind().written(), entry.scope().value(),
                ContactsCsv.written(entry.role()), entry.contact().name(), entry.contact().emails().mkString("; "));
    }

    private static Either<List<FieldError>, ManageContacts.Entry> entry(ContactsPage.Typed typed) {
        var scope = ContactScope.parse(typed.scope(), typed.value());
        var role = io.vavr.collection.List.of(ContactRole.values()).find(r -> ContactsCsv.written(r).equals(typed.role()))
                .toEither(new FieldError("role", "contact.role_invalid", "Choose a role."));
        var emails = ContactsCsv.emails(typed.emails()).mapLeft(why -> new FieldError("emails", "contact.emails_invalid", why));
        List<FieldError> errors = io.vavr.collection.List.of(scope.swap().toOption(), role.swap().toOption(),
                emails.swap().toOption()).flatMap(o -> o).toJavaList();
        if (!errors.isEmpty()) {
            return Either.left(errors);
        }
        return Either.right(new ManageContacts.Entry(scope.get(), typed.name(), emails.get(), role.get()));
    }

    private static List<FieldError> fields(Rejection<ContactRefusal> refusal) {
        return refusal.fields().isEmpty() ? List.of(new FieldError("", refusal.code(), refusal.detail()))
                : refusal.fields().toJavaList();
    }

    private void render(Context ctx, Option<String> editing, ContactsPage.Typed typed, FieldErrors errors, String outcome,
            boolean refused) {
        Messages t = Languages.messagesFor(ctx);
        Times times = new Times(zone);
        List<ContactsPage.Row> rows = contacts.all().map(entry -> new ContactsPage.Row(entry.id().toString(),
                entry.scope().kind().written(), entry.scope().value(), ContactsCsv.written(entry.role()),
                entry.contact().name(), entry.contact().emails().mkString(", "), source(entry.contact().source(), t),
                times.when(entry.contact().source().learnt(), t))).toJavaList();
        templates.render(ctx, "contacts.jte", new ContactsPage(t, rows, editing.getOrNull(), typed, errors, outcome,
                refused, MOST_BYTES / (1024 * 1024) + " MB"));
    }

    private static String source(ContactSource source, Messages t) {
        if (source instanceof ContactSource.EnteredByStaff) {
            return t.get("contacts.source.staff");
        }
        if (source instanceof ContactSource.Imported imported) {
            return t.get("contacts.source.imported", imported.origin());
        }
        return t.get("contacts.source.rdap", ((ContactSource.Rdap) source).server());
    }
}
