package org.hotline.domain.staff;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.FieldError;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A member chooses the language of their pages, remembered with their account for every later session. */
@PrimaryPort
public interface ChooseLanguage {

    /**
     * Remembers the language the signed-in member chose (an ISO 639 code such as {@code nl}), or forgets it so that
     * the pages follow the browser again. Which languages the hotline offers is the caller's to check.
     *
     * @return the problem, by the field {@code language}, or the member as now stored
     */
    Either<Seq<FieldError>, StaffMember> chooseLanguage(SignIn.Authenticated who, Option<String> language);
}
