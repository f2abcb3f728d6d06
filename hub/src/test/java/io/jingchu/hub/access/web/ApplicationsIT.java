package io.jingchu.hub.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.AccessHttpTest;
import io.jingchu.hub.access.ApplicationState;
import io.jingchu.hub.access.ReadGrant;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Applications for conditionally open data over REST: the whole life of one, and every refusal on the way. */
class ApplicationsIT extends AccessHttpTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PURPOSE = "{\"purpose\": \"城市交通规划研究\"}";

    final JsonMapper json = JsonMapper.builder().build();

    Organization organization;
    Caller owner;
    Caller consumer;
    DataResource conditional;

    @BeforeEach
    void resource() {
        organization = accounts.organization();
        owner = accounts.publisher(organization);
        consumer = accounts.consumer();
        conditional = published(owner, OpeningAttribute.CONDITIONAL);
    }

    JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    MvcTestResult apply(Caller caller, String code, String body) {
        return post("/api/v1/resources/" + code + "/applications", caller, body);
    }

    long applied(Caller caller) {
        MvcTestResult result = apply(caller, conditional.code(), PURPOSE);
        assertThat(result).hasStatus(201);
        return body(result).get("id").asLong();
    }

    MvcTestResult decide(long id, String action, Caller caller, String body) {
        return post("/api/v1/applications/" + id + "/" + action, caller, body);
    }

    ApplicationState stateOf(long id) {
        return access.application(bureau(), id).state();
    }

    String readAnswer(Caller caller) {
        try {
            return access.authorizeRead(caller, conditional).basis().name();
        } catch (DomainException refused) {
            return refused.code().name();
        }
    }

    @Test
    void aConsumerAppliesWithAPurposeAndTheOwnerApproves() {
        MvcTestResult applied = apply(consumer, conditional.code(),
                "{\"purpose\": \"城市交通规划研究\", \"wishedUntil\": \"2099-12-31\"}");

        assertThat(applied).hasStatus(201);
        JsonNode application = body(applied);
        long id = application.get("id").asLong();
        assertThat(applied.getResponse().getHeader("Location")).isEqualTo("/api/v1/applications/" + id);
        assertThat(application.get("state").asString()).isEqualTo("PENDING");
        assertThat(application.get("applicant").asString()).isEqualTo(consumer.username());
        assertThat(application.get("resourceCode").asString()).isEqualTo(conditional.code());
        assertThat(application.get("wishedUntil").asString()).isEqualTo("2099-12-31");
        assertThat(readAnswer(consumer)).isEqualTo("APPLICATION_REQUIRED");

        MvcTestResult approved = decide(id, "approve", owner, "{\"comment\": \"同意，注意数据安全\"}");

        assertThat(approved).hasStatusOk();
        assertThat(body(approved).get("state").asString()).isEqualTo("APPROVED");
        assertThat(body(approved).get("decidedBy").asString()).isEqualTo(owner.username());
        assertThat(body(approved).get("decisionNote").asString()).isEqualTo("同意，注意数据安全");
        assertThat(readAnswer(consumer)).isEqualTo("APPLICATION");
    }

    @Test
    void theBureauMayApproveAnyApplication() {
        long id = applied(consumer);
        assertThat(decide(id, "approve", bureau(), "{}")).hasStatusOk();
        assertThat(readAnswer(consumer)).isEqualTo("APPLICATION");
    }

    @Test
    void aPublisherOfAnotherOrganizationMayApplyToo() {
        Caller otherPublisher = accounts.publisher();
        assertThat(apply(otherPublisher, conditional.code(), PURPOSE)).hasStatus(201);
    }

    @Test
    void anApplicationNeedsAPurposeAndNothingIsWrittenWithoutOne() {
        assertRefused(apply(consumer, conditional.code(), "{}"), 400, "FIELD_REQUIRED", "purpose");
        assertRefused(apply(consumer, conditional.code(), "{\"purpose\": \"   \"}"), 400, "FIELD_REQUIRED", "purpose");
        assertRefused(apply(consumer, conditional.code(), "{\"purpose\": \"" + "研".repeat(2001) + "\"}"), 400,
                "FIELD_TOO_LONG", "purpose");
        assertThat(applicationsFor(conditional.code())).isZero();
    }

    @Test
    void aWishedEndInThePastIsRefused() {
        String yesterday = LocalDate.now(SHANGHAI).minusDays(1).toString();
        assertRefused(apply(consumer, conditional.code(),
                "{\"purpose\": \"研究\", \"wishedUntil\": \"" + yesterday + "\"}"), 400, "FIELD_INVALID", "wishedUntil");
        assertRefused(apply(consumer, conditional.code(), "{\"purpose\": \"研究\", \"wishedUntil\": \"明天\"}"), 400,
                "MALFORMED_REQUEST", "wishedUntil");
        assertThat(applicationsFor(conditional.code())).isZero();
    }

    @Test
    void onlyConditionallyOpenResourcesTakeApplications() {
        DataResource open = published(owner, OpeningAttribute.UNCONDITIONAL);
        DataResource closed = published(owner, OpeningAttribute.NONE);
        assertRefused(apply(consumer, open.code(), PURPOSE), 422, "NOT_CONDITIONALLY_OPEN", "code");
        assertRefused(apply(accounts.publisher(), closed.code(), PURPOSE), 422, "NOT_CONDITIONALLY_OPEN", "code");
        assertThat(applicationsFor(open.code()) + applicationsFor(closed.code())).isZero();
    }

    @Test
    void whatTheApplicantMayNotSeeIsNotFound() {
        DataResource closed = published(owner, OpeningAttribute.NONE);
        DataResource unpublished = draft(owner, OpeningAttribute.CONDITIONAL);
        assertRefused(apply(consumer, closed.code(), PURPOSE), 404, "RESOURCE_NOT_FOUND", "code");
        assertRefused(apply(consumer, unpublished.code(), PURPOSE), 404, "RESOURCE_NOT_FOUND", "code");
        assertRefused(apply(consumer, "no-such-resource", PURPOSE), 404, "RESOURCE_NOT_FOUND", "code");
        assertThat(applicationsFor(closed.code()) + applicationsFor(unpublished.code())).isZero();
    }

    @Test
    void anonymousCallersSignInBeforeApplying() {
        assertRefused(mvc.post().uri("/api/v1/resources/" + conditional.code() + "/applications")
                .contentType(MediaType.APPLICATION_JSON).content(PURPOSE).exchange(), 401, "AUTHENTICATION_REQUIRED",
                null);
        assertThat(applicationsFor(conditional.code())).isZero();
    }

    @Test
    void ownersAndOversightReadWithoutApplyingAndMayNotApply() {
        for (Caller caller : new Caller[] {owner, bureau(), accounts.auditor()}) {
            assertRefused(apply(caller, conditional.code(), PURPOSE), 403, "ACCESS_DENIED", null);
        }
        assertThat(applicationsFor(conditional.code())).isZero();
    }

    @Test
    void oneUserHasOnePendingOrApprovedApplicationPerResource() {
        long first = applied(consumer);
        assertRefused(apply(consumer, conditional.code(), PURPOSE), 409, "APPLICATION_PENDING", "code");
        access.approve(owner, first, null, null);
        assertRefused(apply(consumer, conditional.code(), PURPOSE), 409, "APPLICATION_PENDING", "code");
        assertThat(applicationsFor(conditional.code())).isEqualTo(1);
        assertThat(apply(accounts.consumer(), conditional.code(), PURPOSE)).hasStatus(201);
    }

    @Test
    void aRefusalNeedsAReasonAndEndsTheApplication() {
        long id = applied(consumer);

        assertRefused(decide(id, "refuse", owner, "{}"), 400, "FIELD_REQUIRED", "reason");
        assertRefused(decide(id, "refuse", owner, "{\"reason\": \" \"}"), 400, "FIELD_REQUIRED", "reason");
        assertRefused(mvc.post().uri("/api/v1/applications/" + id + "/refuse")
                .with(io.jingchu.hub.testing.Callers.as(owner)).exchange(), 400, "FIELD_REQUIRED", "reason");
        assertThat(stateOf(id)).isEqualTo(ApplicationState.PENDING);

        MvcTestResult refused = decide(id, "refuse", owner, "{\"reason\": \"用途与数据开放条件不符\"}");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused).get("state").asString()).isEqualTo("REFUSED");
        assertThat(body(refused).get("decisionNote").asString()).isEqualTo("用途与数据开放条件不符");
        assertThat(readAnswer(consumer)).isEqualTo("APPLICATION_REQUIRED");
        assertThat(apply(consumer, conditional.code(), PURPOSE)).as("a refused applicant may try again").hasStatus(201);
    }

    @Test
    void aDecidedApplicationIsNotDecidedAgain() {
        long approved = applied(consumer);
        access.approve(owner, approved, null, null);
        long refused = applied(accounts.consumer());
        access.refuse(owner, refused, "不符合条件");

        assertRefused(decide(approved, "approve", owner, "{}"), 409, "APPLICATION_DECIDED", "state");
        assertRefused(decide(approved, "refuse", owner, "{\"reason\": \"改主意了\"}"), 409, "APPLICATION_DECIDED",
                "state");
        assertRefused(decide(refused, "approve", owner, "{}"), 409, "APPLICATION_DECIDED", "state");
        assertThat(stateOf(approved)).isEqualTo(ApplicationState.APPROVED);
        assertThat(stateOf(refused)).isEqualTo(ApplicationState.REFUSED);
        assertThat(access.application(owner, refused).decisionNote()).isEqualTo("不符合条件");
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        long unknown = Long.MAX_VALUE;
        assertRefused(get("/api/v1/applications/" + unknown, consumer), 404, "APPLICATION_NOT_FOUND", "id");
        assertRefused(decide(unknown, "approve", owner, "{}"), 404, "APPLICATION_NOT_FOUND", "id");
        assertRefused(decide(unknown, "refuse", owner, "{\"reason\": \"无\"}"), 404, "APPLICATION_NOT_FOUND", "id");
        assertRefused(decide(unknown, "revoke", owner, "{\"reason\": \"无\"}"), 404, "APPLICATION_NOT_FOUND", "id");
        assertRefused(decide(unknown, "withdraw", consumer, ""), 404, "APPLICATION_NOT_FOUND", "id");
        assertRefused(get("/api/v1/applications/abc", consumer), 400, "FIELD_INVALID", "id");
    }

    @Test
    void noOneDecidesAnotherOrganizationsApplications() {
        long id = applied(consumer);
        Caller otherPublisher = accounts.publisher();

        assertRefused(decide(id, "approve", otherPublisher, "{}"), 404, "APPLICATION_NOT_FOUND", "id");
        assertRefused(decide(id, "refuse", otherPublisher, "{\"reason\": \"无\"}"), 404, "APPLICATION_NOT_FOUND", "id");
        assertRefused(decide(id, "approve", consumer, "{}"), 403, "ACCESS_DENIED", null);
        assertRefused(decide(id, "approve", accounts.auditor(), "{}"), 403, "ACCESS_DENIED", null);
        assertThat(stateOf(id)).isEqualTo(ApplicationState.PENDING);
    }

    @Test
    void aPublisherMayNotApproveItsOwnApplicationToAnotherOrganization() {
        Caller applicant = accounts.publisher();
        long id = body(apply(applicant, conditional.code(), PURPOSE)).get("id").asLong();

        assertRefused(decide(id, "approve", applicant, "{}"), 403, "ACCESS_DENIED", null);
        assertThat(stateOf(id)).isEqualTo(ApplicationState.PENDING);
    }

    @Test
    void aRevokedApprovalGrantsNothingFromThenOn() {
        long id = applied(consumer);
        access.approve(owner, id, null, null);
        assertThat(readAnswer(consumer)).isEqualTo("APPLICATION");

        assertRefused(decide(id, "revoke", owner, "{}"), 400, "FIELD_REQUIRED", "reason");
        assertThat(readAnswer(consumer)).isEqualTo("APPLICATION");

        MvcTestResult revoked = decide(id, "revoke", owner, "{\"reason\": \"发现数据被转售\"}");

        assertThat(revoked).hasStatusOk();
        assertThat(body(revoked).get("state").asString()).isEqualTo("REVOKED");
        assertThat(body(revoked).get("revocationReason").asString()).isEqualTo("发现数据被转售");
        assertThat(body(revoked).get("revokedBy").asString()).isEqualTo(owner.username());
        assertThat(readAnswer(consumer)).isEqualTo("APPLICATION_REQUIRED");
        assertRefused(decide(id, "revoke", owner, "{\"reason\": \"再次\"}"), 409, "ILLEGAL_TRANSITION", "state");
    }

    @Test
    void onlyAnApprovalIsRevoked() {
        long id = applied(consumer);
        assertRefused(decide(id, "revoke", owner, "{\"reason\": \"无\"}"), 409, "ILLEGAL_TRANSITION", "state");
        assertThat(stateOf(id)).isEqualTo(ApplicationState.PENDING);
    }

    @Test
    void theApplicantWithdrawsItsPendingApplicationAndNoOneElseDoes() {
        long id = applied(consumer);

        assertRefused(decide(id, "withdraw", owner, ""), 403, "ACCESS_DENIED", null);
        assertRefused(decide(id, "withdraw", accounts.consumer(), ""), 404, "APPLICATION_NOT_FOUND", "id");
        assertThat(stateOf(id)).isEqualTo(ApplicationState.PENDING);

        MvcTestResult withdrawn = decide(id, "withdraw", consumer, "");

        assertThat(withdrawn).hasStatusOk();
        assertThat(body(withdrawn).get("state").asString()).isEqualTo("WITHDRAWN");
        assertRefused(decide(id, "approve", owner, "{}"), 409, "APPLICATION_DECIDED", "state");
        assertRefused(decide(id, "withdraw", consumer, ""), 409, "APPLICATION_DECIDED", "state");
    }

    @Test
    void anApprovedApplicationIsNotWithdrawn() {
        long id = applied(consumer);
        access.approve(owner, id, null, null);
        assertRefused(decide(id, "withdraw", consumer, ""), 409, "APPLICATION_DECIDED", "state");
        assertThat(stateOf(id)).isEqualTo(ApplicationState.APPROVED);
    }

    @Test
    void anApprovalGrantsUntilItsExpiryAndNotAfter() {
        long id = applied(consumer);
        Instant expiry = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        MvcTestResult approved = decide(id, "approve", owner, "{\"expiresAt\": \"" + expiry + "\"}");

        assertThat(approved).hasStatusOk();
        assertThat(Instant.parse(body(approved).get("expiresAt").asString())).isEqualTo(expiry);
        ReadGrant grant = access.authorizeRead(consumer, conditional);
        assertThat(grant.expiresAt()).isEqualTo(expiry);

        // the hour passes
        jdbc.sql("UPDATE access_application SET expires_at = ? WHERE id = ?")
                .params(Instant.now().minusSeconds(1).atOffset(java.time.ZoneOffset.UTC), id).update();

        assertThat(readAnswer(consumer)).isEqualTo("APPLICATION_REQUIRED");
        assertThat(stateOf(id)).as("kept as approved for the record").isEqualTo(ApplicationState.APPROVED);
        assertThat(apply(consumer, conditional.code(), PURPOSE)).as("an expired approval is no obstacle")
                .hasStatus(201);
    }

    @Test
    void anExpiryInThePastIsRefused() {
        long id = applied(consumer);
        assertRefused(decide(id, "approve", owner, "{\"expiresAt\": \"2020-01-01T00:00:00Z\"}"), 400, "FIELD_INVALID",
                "expiresAt");
        assertThat(stateOf(id)).isEqualTo(ApplicationState.PENDING);
    }

    @Test
    void withoutAnExpiryAnApprovalEndsWithTheDayTheApplicantAskedFor() {
        LocalDate lastDay = LocalDate.now(SHANGHAI).plusDays(10);
        long id = body(apply(consumer, conditional.code(),
                "{\"purpose\": \"研究\", \"wishedUntil\": \"" + lastDay + "\"}")).get("id").asLong();

        AccessApplication approved = access.approve(owner, id, null, null);

        assertThat(approved.expiresAt()).isEqualTo(lastDay.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
    }

    @Test
    void eachSeesTheApplicationsThatConcernIt() {
        long mine = applied(consumer);
        Caller otherConsumer = accounts.consumer();
        long theirs = applied(otherConsumer);
        access.approve(owner, theirs, null, null);
        String uri = "/api/v1/applications?resource=" + conditional.code();

        assertThat(get(uri, consumer)).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(1))
                .hasPathSatisfying("$.items[0].id", i -> assertThat(i).isEqualTo(jsonNumber(mine)));
        assertThat(get("/api/v1/applications/" + theirs, consumer)).hasStatus(404);
        assertThat(get(uri, owner)).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(2))
                .hasPathSatisfying("$.items[0].id",
                        i -> assertThat(i).as("newest first").isEqualTo(jsonNumber(theirs)));
        assertThat(get(uri, accounts.publisher())).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(0));
        for (Caller oversight : new Caller[] {bureau(), accounts.auditor()}) {
            assertThat(get(uri, oversight)).bodyJson().hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(2));
        }
        assertThat(get(uri + "&state=APPROVED", owner)).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(1))
                .hasPathSatisfying("$.items[0].state", s -> assertThat(s).isEqualTo("APPROVED"));
        assertThat(get(uri + "&limit=1&offset=1", owner)).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(2))
                .hasPathSatisfying("$.items.length()", n -> assertThat(n).isEqualTo(1))
                .hasPathSatisfying("$.items[0].id", i -> assertThat(i).isEqualTo(jsonNumber(mine)));
    }

    @Test
    void aPublisherAlsoSeesWhatItAppliedForElsewhere() {
        Organization elsewhere = accounts.organization();
        Caller publisher = accounts.user(Set.of(Role.PUBLISHER), elsewhere.id());
        long id = body(apply(publisher, conditional.code(), PURPOSE)).get("id").asLong();

        assertThat(get("/api/v1/applications?resource=" + conditional.code(), publisher)).bodyJson()
                .hasPathSatisfying("$.items[0].id", i -> assertThat(i).isEqualTo(jsonNumber(id)));
    }

    @Test
    void aListingOutsideItsBoundsIsRefused() {
        assertRefused(get("/api/v1/applications?limit=0", consumer), 400, "FIELD_INVALID", "limit");
        assertRefused(get("/api/v1/applications?limit=101", consumer), 400, "FIELD_INVALID", "limit");
        assertRefused(get("/api/v1/applications?offset=-1", consumer), 400, "FIELD_INVALID", "offset");
        assertRefused(get("/api/v1/applications?state=MAYBE", consumer), 400, "FIELD_INVALID", "state");
        assertRefused(mvc.get().uri("/api/v1/applications").exchange(), 401, "AUTHENTICATION_REQUIRED", null);
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        MvcTestResult refused = mvc.post().uri("/api/v1/resources/" + conditional.code() + "/applications")
                .with(io.jingchu.hub.testing.Callers.as(consumer)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();
        assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("Missing required field: purpose");
        assertThat(ErrorCode.FIELD_REQUIRED.status().value()).isEqualTo(refused.getResponse().getStatus());
    }
}
