package io.jingchu.hub.portal;

import static io.jingchu.hub.ingest.IngestFixture.text;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.testing.TestAccounts;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

/** What the tests of the bureau's console pages check alike. */
final class ConsoleChecks {

    private ConsoleChecks() {
    }

    /** Each page, as this caller sees it, shows the user's text escaped and never as markup. */
    static void showsInert(MockMvcTester mvc, Caller caller, String userText, String... pages) {
        for (String page : pages) {
            assertThat(text(mvc.get().uri(page).with(as(caller)).exchange())).as(page)
                    .contains(HtmlUtils.htmlEscape(userText)).doesNotContain(userText);
        }
    }

    /**
     * A new user of each role but the bureau's is refused each page ({@code 403 ACCESS_DENIED}) and then tries the
     * {@code changes}, which assert their own refusals.
     */
    static void refusedToAllButTheBureau(MockMvcTester mvc, TestAccounts accounts, List<String> pages,
            Consumer<Caller> changes) {
        for (Role role : new Role[] {Role.PUBLISHER, Role.CONSUMER, Role.AUDITOR}) {
            Caller caller = accounts.user(role);
            for (String page : pages) {
                assertThat(mvc.get().uri(page).with(as(caller))).as(role + " " + page).hasStatus(403)
                        .bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
            }
            changes.accept(caller);
        }
    }
}
