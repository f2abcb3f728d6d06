package io.jingchu.hub.access;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.access.ReadGrant.Basis;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may read a resource's rows (docs/access.md), for every opening attribute and every kind of caller,
 * decided against the real catalog.
 */
class ReadAccessIT extends AccessHttpTest {

    Caller owner;
    Caller otherPublisher;
    Caller consumer;
    Caller admin;
    Caller auditor;

    @BeforeEach
    void callers() {
        Organization organization = accounts.organization();
        owner = accounts.publisher(organization);
        otherPublisher = accounts.publisher();
        consumer = accounts.consumer();
        admin = accounts.admin();
        auditor = accounts.auditor();
    }

    /** What each caller hears: a grant's basis, or a refusal's code. */
    Map<String, String> answers(DataResource resource) {
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", Caller.ANONYMOUS);
        callers.put("consumer", consumer);
        callers.put("owner", owner);
        callers.put("other publisher", otherPublisher);
        callers.put("admin", admin);
        callers.put("auditor", auditor);
        Map<String, String> answers = new LinkedHashMap<>();
        callers.forEach((name, caller) -> answers.put(name, answer(caller, resource)));
        return answers;
    }

    String answer(Caller caller, DataResource resource) {
        try {
            return access.authorizeRead(caller, resource).basis().name();
        } catch (DomainException refused) {
            return refused.code().name();
        }
    }

    @Test
    void unconditionallyOpenDataIsReadByEveryone() {
        assertThat(answers(published(owner, OpeningAttribute.UNCONDITIONAL))).containsExactly(
                Map.entry("anonymous", "UNCONDITIONAL"),
                Map.entry("consumer", "UNCONDITIONAL"),
                Map.entry("owner", "OWNER"),
                Map.entry("other publisher", "UNCONDITIONAL"),
                Map.entry("admin", "OVERSIGHT"),
                Map.entry("auditor", "OVERSIGHT"));
    }

    @Test
    void conditionallyOpenDataNeedsAnApplicationFromAllButOwnersAndOversight() {
        assertThat(answers(published(owner, OpeningAttribute.CONDITIONAL))).containsExactly(
                Map.entry("anonymous", "APPLICATION_REQUIRED"),
                Map.entry("consumer", "APPLICATION_REQUIRED"),
                Map.entry("owner", "OWNER"),
                Map.entry("other publisher", "APPLICATION_REQUIRED"),
                Map.entry("admin", "OVERSIGHT"),
                Map.entry("auditor", "OVERSIGHT"));
    }

    @Test
    void closedDataIsNeverReadThroughTheOpenApiAndStaysUnseenByThePublic() {
        assertThat(answers(published(owner, OpeningAttribute.NONE))).containsExactly(
                Map.entry("anonymous", "RESOURCE_NOT_FOUND"),
                Map.entry("consumer", "RESOURCE_NOT_FOUND"),
                Map.entry("owner", "OWNER"),
                Map.entry("other publisher", "DATA_NOT_OPEN"),
                Map.entry("admin", "OVERSIGHT"),
                Map.entry("auditor", "OVERSIGHT"));
    }

    @Test
    void dataNeitherSharedNorOpenIsNotFoundForOtherPublishers() {
        DataResource closed = published(owner, aDraft().sharing(SharingAttribute.NONE).opening(OpeningAttribute.NONE));
        assertThat(answer(otherPublisher, closed)).isEqualTo("RESOURCE_NOT_FOUND");
    }

    @Test
    void unpublishedDataIsReadOnlyByItsOwnersAndOversight() {
        for (OpeningAttribute opening : OpeningAttribute.values()) {
            assertThat(answers(draft(owner, opening))).as(opening.name()).containsExactly(
                    Map.entry("anonymous", "RESOURCE_NOT_FOUND"),
                    Map.entry("consumer", "RESOURCE_NOT_FOUND"),
                    Map.entry("owner", "OWNER"),
                    Map.entry("other publisher", "RESOURCE_NOT_FOUND"),
                    Map.entry("admin", "OVERSIGHT"),
                    Map.entry("auditor", "OVERSIGHT"));
        }
    }

    @Test
    void anApprovedApplicationLetsItsApplicantReadAndNoOneElse() {
        DataResource conditional = published(owner, OpeningAttribute.CONDITIONAL);
        AccessApplication application = access.apply(consumer, conditional.code(), "交通规划研究", null);
        AccessApplication approved = access.approve(owner, application.id(), null, null);

        ReadGrant grant = access.authorizeRead(consumer, conditional);

        assertThat(grant.basis()).isEqualTo(Basis.APPLICATION);
        assertThat(grant.applicationId()).isEqualTo(approved.id());
        assertThat(grant.expiresAt()).isNull();
        assertThat(answer(accounts.consumer(), conditional)).isEqualTo("APPLICATION_REQUIRED");
    }

    @Test
    void refusalsNameTheResource() {
        DataResource conditional = published(owner, OpeningAttribute.CONDITIONAL);
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> access.authorizeRead(consumer, conditional));
        assertThat(refused.field()).isEqualTo("code");
    }
}
