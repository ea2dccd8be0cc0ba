package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.hotline.adapters.web.Access;
import org.hotline.adapters.web.Route;
import org.hotline.adapters.web.Visitor;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the whole route table of the running program and proves, for every route that is not public, that it
 * refuses anonymous requests and every role it does not list, and admits each role it lists; and that a change sent
 * with a forged form token is refused and changes nothing. The table is read from the server, so a route added later
 * is covered without touching this test. Path parameters are filled with a random identifier; each request is sent
 * with a valid form token, so that what is tested is the role.
 */
class RouteSecurityTest {

    private static final String PASSWORD = "member passphrase";

    @TempDir
    static Path data;

    private static Hotline hotline;
    private static Staffing staffing;
    private static final Map<Role, String> MEMBERS = new EnumMap<>(Role.class);

    @BeforeAll
    static void startAndStaff() {
        hotline = Hotline.start(TestConfigurations.embeddedIn(data), JurisdictionSettings.none());
        staffing = new Staffing(hotline);
        Visitor administrator = staffing.firstAdministrator();
        MEMBERS.put(Role.ADMINISTRATOR, Staffing.ADMIN);
        for (Role role : Stream.of(Role.values()).filter(role -> role != Role.ADMINISTRATOR).toList()) {
            String username = role.name().toLowerCase().replace('_', '-');
            staffing.member(administrator, username, PASSWORD, role);
            MEMBERS.put(role, username);
        }
    }

    @AfterAll
    static void stop() {
        hotline.close();
    }

    @Test
    void every_route_is_public_for_monitoring_or_for_listed_staff_roles_never_a_mixture() {
        assertThat(staffRoutes()).isNotEmpty();
        assertThat(hotline.web().routes()).allSatisfy(route -> {
            assertThat(route.access()).as(route.toString()).isNotEmpty();
            boolean staff = route.access().stream().anyMatch(a -> a.role().isDefined());
            if (staff) {
                assertThat(route.access()).as(route.toString()).allMatch(a -> a.role().isDefined());
            } else {
                assertThat(route.access()).as(route.toString()).hasSize(1);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> every_staff_route_refuses_anonymous_requests() {
        return staffRoutes().map(route -> DynamicTest.dynamicTest(route.method() + " " + route.path(), () -> {
            var response = staffing.visitor().send(route.method(), filled(route));
            if (route.method().equals("GET")) {
                assertThat(response.statusCode()).isEqualTo(303);
                assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).startsWith("/sign-in?next="));
            } else {
                assertThat(response.statusCode()).isEqualTo(401);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_staff_route_admits_the_roles_it_lists_and_refuses_the_others() {
        return staffRoutes().flatMap(route -> Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(
                route.method() + " " + route.path() + " as " + role, () -> {
                    Visitor member = staffing.signedIn(MEMBERS.get(role), password(role));
                    int status = member.send(route.method(), filled(route)).statusCode();
                    if (route.access().contains(Access.of(role))) {
                        assertThat(status).as("admitted").isNotIn(401, 403);
                    } else {
                        assertThat(status).as("refused").isEqualTo(403);
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> every_staff_change_with_a_forged_form_token_is_refused_and_changes_nothing() {
        return staffRoutes().filter(route -> !route.method().equals("GET")).map(route -> DynamicTest.dynamicTest(
                route.method() + " " + route.path(), () -> {
                    Role listed = route.access().iterator().next().role().get();
                    Visitor member = staffing.signedIn(MEMBERS.get(listed), password(listed));
                    long recordsBefore = auditRecords();
                    var forged = member.postFormWithoutToken(filled(route), Visitor.FORM_TOKEN_FIELD,
                            "forged-" + member.formToken());
                    assertThat(forged.statusCode()).isEqualTo(403);
                    assertThat(forged.body()).contains("This form could not be accepted");
                    assertThat(auditRecords()).isEqualTo(recordsBefore);
                }));
    }

    private static Stream<Route> staffRoutes() {
        return hotline.web().routes().stream().filter(route -> route.access().stream().anyMatch(a -> a.role().isDefined()));
    }

    private static String filled(Route route) {
        return route.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static String password(Role role) {
        return role == Role.ADMINISTRATOR ? Staffing.ADMIN_PASSWORD : PASSWORD;
    }

    private static long auditRecords() {
        return hotline.audit().trail().head().sequence();
    }
}
