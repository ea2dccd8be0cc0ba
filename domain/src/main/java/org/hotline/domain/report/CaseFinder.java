package org.hotline.domain.report;

import java.util.Comparator;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.ddd.annotation.Service;

/**
 * Finds cases by a report's reference or by an address. A text that reads as a reference is one (references and
 * addresses do not look alike: a reference is three groups of four letters and digits); anything else is read as an
 * address, in canonical form, so that {@code HTTP://Example.org:80/a#x} finds the case of {@code http://example.org/a}.
 */
@Service
public final class CaseFinder implements FindCase {

    private final Reports reports;
    private final Cases cases;
    private final FindOpenCases addresses;

    public CaseFinder(Reports reports, Cases cases, FindOpenCases addresses) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
    }

    @Override
    public Either<FieldError, Seq<Case>> find(String referenceOrAddress) {
        String text = referenceOrAddress == null ? "" : referenceOrAddress.strip();
        if (text.isEmpty()) {
            return Either.left(new FieldError("q", "required", "Give a reference or an address."));
        }
        var reference = ReportReference.parse(text);
        if (reference.isDefined()) {
            return Either.right(reports.byReference(reference.get())
                    .map(filing -> filing.links().map(CaseLink::caseId).distinct().flatMap(cases::byId))
                    .getOrElse(io.vavr.collection.List.empty())
                    .sorted(Comparator.comparing(Case::openedAt).reversed()));
        }
        return ReportedUrl.parse(text)
                .mapLeft(error -> new FieldError("q", "search.unreadable",
                        "This is neither a reference such as 7K3M-9QXP-2D4F nor a web address."))
                .map(addresses::casesOf);
    }
}
