package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline.domain.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** People and access, in a real browser: set-up, accounts, sign-in and out, roles, forged forms and lock-out. */
class StaffAccessBrowserTest {

    @RegisterExtension
    static final Workbench workbench = new Workbench();

    @Test
    void an_administrator_staffs_the_hotline_and_an_analyst_works_the_queue_but_not_the_staff_pages() {
        workbench.signInAsAdministrator();
        assertThat(workbench.heading()).isEqualTo("Staff");
        String supervisor = workbench.createStaff("sam.supervisor", "Sam Supervisor", Role.SUPERVISOR);
        String analyst = workbench.createStaff("ann.analyst", "Ann Analyst", Role.ANALYST);
        workbench.createStaff("bert.analyst", "Bert Analyst", Role.ANALYST);
        String police = workbench.createStaff("pat.police", "Pat Police", Role.POLICE_LIAISON);
        workbench.open("/admin/staff");
        assertThat(workbench.all("tr[data-username]")).extracting(row -> row.getAttribute("data-username"))
                .contains("admin", "ann.analyst", "bert.analyst", "pat.police", "sam.supervisor");
        workbench.signOut();

        workbench.signInFirstTime("ann.analyst", analyst, "ann's own passphrase");
        workbench.open("/queue");
        assertThat(workbench.heading()).isEqualTo("Analyst queue");
        assertThat(workbench.find(".signed-in-as").getText()).isEqualTo("Signed in as Ann Analyst");
        assertThat(workbench.all(".staff-nav a")).extracting(link -> link.getText()).containsExactly("Queue", "Legal review", "My account");
        workbench.open("/admin/staff");
        assertThat(workbench.heading()).isEqualTo("Not for you");
        workbench.signOut();

        workbench.signInFirstTime("sam.supervisor", supervisor, "sam's own passphrase");
        workbench.open("/queue");
        assertThat(workbench.heading()).isEqualTo("Analyst queue");
        workbench.signOut();

        workbench.signInFirstTime("pat.police", police, "pat's own passphrase");
        workbench.open("/queue");
        assertThat(workbench.heading()).isEqualTo("Not for you");
        workbench.signOut();
        workbench.open("/queue");
        assertThat(workbench.path()).isEqualTo("/sign-in");
    }

    @Test
    void a_form_sent_with_a_forged_token_is_refused_and_changes_nothing() {
        workbench.signInAsAdministrator();
        workbench.open("/admin/staff");
        workbench.type("#username", "forged.member");
        workbench.type("#displayName", "Forged Member");
        workbench.find("#new-role-ANALYST").click();
        workbench.script("document.querySelector('#create-member').form.querySelector('input[name=_csrf]').value = 'forged'");

        workbench.submit("#create-member");

        assertThat(workbench.heading()).isEqualTo("This form could not be accepted");
        workbench.open("/admin/staff");
        assertThat(workbench.all("tr[data-username='forged.member']")).isEmpty();
    }

    @Test
    void repeated_wrong_passwords_lock_an_account_even_against_the_right_password() {
        workbench.signInAsAdministrator();
        String temporary = workbench.createStaff("lou.locked", "Lou Locked", Role.ANALYST);
        workbench.signOut();

        for (int attempt = 1; attempt <= 5; attempt++) {
            workbench.signIn("lou.locked", "wrong guess " + attempt);
            assertThat(workbench.find("#sign-in-failed").getText()).contains("Sign-in failed");
        }
        workbench.signIn("lou.locked", temporary);
        assertThat(workbench.find("#sign-in-failed").getText()).contains("locked for a while");
        assertThat(workbench.path()).isEqualTo("/sign-in");

        workbench.signInAsAdministrator();
        assertThat(workbench.find("tr[data-username='lou.locked'] .locked").getText()).startsWith("Locked until");
    }
}
