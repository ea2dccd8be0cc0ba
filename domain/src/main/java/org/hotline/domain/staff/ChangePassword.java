package org.hotline.domain.staff;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.domain.FieldError;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A member changes their own password, as they must after an administrator reset it. */
@PrimaryPort
public interface ChangePassword {

    /**
     * Changes the password of the signed-in member, who proves it with the current one; their other sessions end.
     *
     * @return every problem, by the fields {@code current}, {@code password} and {@code repeat}, or the member
     */
    Either<Seq<FieldError>, StaffMember> change(SignIn.Authenticated who, String current, String password, String repeat);
}
