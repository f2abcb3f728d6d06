package io.jingchu.hub.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.access.AccessHttpTest;
import io.jingchu.hub.access.DataAccess;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IssuedToken;
import io.jingchu.hub.identity.TokenApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.testing.Callers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail of data reads: written whatever happens around it, read by oversight and by owners only. */
class DataAccessAuditIT extends AccessHttpTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TokenApi tokens;

    Organization organization;
    Caller owner;
    Caller reader;
    DataResource ours;
    DataResource theirs;

    @BeforeEach
    void reads() {
        organization = accounts.organization();
        owner = accounts.publisher(organization);
        reader = accounts.consumer();
        ours = published(owner, OpeningAttribute.UNCONDITIONAL);
        theirs = published(accounts.publisher(), OpeningAttribute.UNCONDITIONAL);
        access.record(read(reader, ours, AccessKind.ROWS, 20));
        access.record(read(reader, ours, AccessKind.EXPORT_CSV, 1000));
        access.record(read(reader, theirs, AccessKind.ROWS, 5));
    }

    static DataAccess read(Caller caller, DataResource resource, AccessKind kind, long rows) {
        return new DataAccess(caller.username(), caller.userId(), "203.0.113.7", resource.code(), 1, kind, rows, "OK");
    }

    String byReader() {
        return "/api/v1/data-access?username=" + reader.username();
    }

    @Test
    void theBureauAndAuditorsSeeEveryReadNewestFirst() {
        for (Caller oversight : new Caller[] {bureau(), accounts.auditor()}) {
            assertThat(get(byReader(), oversight)).hasStatusOk().bodyJson()
                    .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(3))
                    .hasPathSatisfying("$.items[0].resourceCode", c -> assertThat(c).isEqualTo(theirs.code()))
                    .hasPathSatisfying("$.items[1].kind", k -> assertThat(k).isEqualTo("EXPORT_CSV"))
                    .hasPathSatisfying("$.items[1].rows", r -> assertThat(r).isEqualTo(1000))
                    .hasPathSatisfying("$.items[1].organizationId",
                            o -> assertThat(o).isEqualTo(jsonNumber(organization.id())))
                    .hasPathSatisfying("$.items[0].clientAddress", a -> assertThat(a).isEqualTo("203.0.113.7"));
        }
    }

    @Test
    void aPublisherSeesReadsOfItsOwnOrganizationsResourcesWithoutAddresses() {
        assertThat(get(byReader(), owner)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(2))
                .hasPathSatisfying("$.items[*].resourceCode", c -> assertThat(c).asArray().containsOnly(ours.code()))
                .doesNotHavePath("$.items[0].clientAddress");
        assertThat(get(byReader(), accounts.publisher())).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(0));
    }

    @Test
    void consumersAndAnonymousCallersSeeNoAuditTrail() {
        assertRefused(get(byReader(), reader), 403, "ACCESS_DENIED", null);
        assertRefused(mvc.get().uri(byReader()).exchange(), 401, "AUTHENTICATION_REQUIRED", null);
    }

    @Test
    void readsAreFilteredByResourceAndTime() {
        Caller admin = bureau();
        assertThat(get("/api/v1/data-access?resource=" + ours.code(), admin)).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(2));
        Instant later = Instant.now().plusSeconds(60);
        assertThat(get(byReader() + "&from=" + later, admin)).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(0));
        assertThat(get(byReader() + "&to=" + later, admin)).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(3));
        assertThat(get(byReader() + "&limit=1&offset=2", admin)).bodyJson()
                .hasPathSatisfying("$.items[0].resourceCode", c -> assertThat(c).isEqualTo(ours.code()))
                .hasPathSatisfying("$.items[0].kind", k -> assertThat(k).isEqualTo("ROWS"));
        assertRefused(get(byReader() + "&from=yesterday", admin), 400, "FIELD_INVALID", "from");
        assertRefused(get(byReader() + "&from=" + later + "&to=" + later, admin), 400, "FIELD_INVALID", "to");
        assertRefused(get(byReader() + "&limit=1000", admin), 400, "FIELD_INVALID", "limit");
    }

    @Test
    void readsAreFilteredByKind() {
        assertThat(get(byReader() + "&kind=EXPORT_CSV", bureau())).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(1))
                .hasPathSatisfying("$.items[0].rows", r -> assertThat(r).isEqualTo(1000));
        assertThat(get(byReader() + "&kind=ROWS", owner)).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(1));
        assertRefused(get(byReader() + "&kind=PEEK", bureau()), 400, "FIELD_INVALID", "kind");
    }

    @Test
    void readsAreFilteredByTheApiTokenTheyCameWithWhichIsNamed() {
        IssuedToken token = tokens.issue(reader, "夜间同步", null);
        access.record(new DataAccess(reader.username(), reader.userId(), "203.0.113.8", token.id(), ours.code(), 1,
                AccessKind.ROWS, 7, "OK"));
        access.record(new DataAccess(reader.username(), reader.userId(), "203.0.113.8", token.id(), theirs.code(), 1,
                AccessKind.EXPORT_JSON, 9, "OK"));
        String byToken = "/api/v1/data-access?token=" + token.id();

        assertThat(get(byToken, bureau())).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(2))
                .hasPathSatisfying("$.items[0].resourceCode", c -> assertThat(c).isEqualTo(theirs.code()))
                .hasPathSatisfying("$.items[*].apiTokenId", i -> assertThat(i).asArray()
                        .containsOnly(jsonNumber(token.id())))
                .hasPathSatisfying("$.items[*].apiTokenName", n -> assertThat(n).asArray().containsOnly("夜间同步"))
                .hasPathSatisfying("$.items[0].clientAddress", a -> assertThat(a).isEqualTo("203.0.113.8"));
        // the reads without a token name none
        assertThat(get(byReader() + "&kind=EXPORT_CSV", bureau())).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(1))
                .doesNotHavePath("$.items[0].apiTokenId").doesNotHavePath("$.items[0].apiTokenName");
        // a publisher still sees only the reads of its organization's resources
        assertThat(get(byToken, owner)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(1))
                .hasPathSatisfying("$.items[0].resourceCode", c -> assertThat(c).isEqualTo(ours.code()))
                .hasPathSatisfying("$.items[0].apiTokenName", n -> assertThat(n).isEqualTo("夜间同步"))
                .doesNotHavePath("$.items[0].clientAddress");
        assertThat(get(byToken + "&resource=" + ours.code(), accounts.publisher())).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(0));
        assertThat(get("/api/v1/data-access?token=" + (token.id() + 1_000_000), bureau())).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(0));
    }

    @Test
    void aGarbledTokenFilterIsRefusedNamingToken() {
        for (String garbled : new String[] {"abc", "0", "-3", "1.5", "99999999999999999999"}) {
            assertRefused(get("/api/v1/data-access?token=" + garbled, bureau()), 400, "FIELD_INVALID", "token");
        }
        // the role is checked first: a filter does not open the record to a consumer
        assertRefused(get("/api/v1/data-access?token=1", reader), 403, "ACCESS_DENIED", null);
        assertRefused(mvc.get().uri("/api/v1/data-access?token=1").exchange(), 401, "AUTHENTICATION_REQUIRED", null);
    }

    @Test
    void aReadIsRecordedEvenWhenTheWorkAroundItIsRolledBack() {
        Caller someone = accounts.consumer();
        transactions.executeWithoutResult(status -> {
            access.record(new DataAccess(someone.username(), someone.userId(), "198.51.100.1", ours.code(), null,
                    AccessKind.DATASTORE_SQL, 0, "QUERY_TIME_LIMIT"));
            status.setRollbackOnly();
        });

        assertThat(get("/api/v1/data-access?username=" + someone.username(), bureau())).bodyJson()
                .hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(1))
                .hasPathSatisfying("$.items[0].outcome", o -> assertThat(o).isEqualTo("QUERY_TIME_LIMIT"))
                .doesNotHavePath("$.items[0].versionNumber");
    }

    @Test
    void aReadOfAnUnknownResourceIsKeptForOversightOnly() {
        Caller someone = accounts.consumer();
        access.record(new DataAccess(someone.username(), someone.userId(), "198.51.100.1", "no-such-resource", null,
                AccessKind.ROWS, 0, "RESOURCE_NOT_FOUND"));
        String uri = "/api/v1/data-access?username=" + someone.username();
        assertThat(get(uri, bureau())).bodyJson().hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(1));
        assertThat(get(uri, owner)).bodyJson().hasPathSatisfying("$.total", t -> assertThat(t).isEqualTo(0));
    }

    @Test
    void aUserSeesItsOwnReadsPerDayAndWhatIsLeftOfTodaysQuota() {
        assertThat(get("/api/v1/data-access/mine", reader)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.days.length()", n -> assertThat(n).isEqualTo(30))
                .hasPathSatisfying("$.days[0].day", d -> assertThat(d)
                        .isEqualTo(LocalDate.now(SHANGHAI).minusDays(29).toString()))
                .hasPathSatisfying("$.days[29].day", d -> assertThat(d).isEqualTo(LocalDate.now(SHANGHAI).toString()))
                .hasPathSatisfying("$.days[29].calls", c -> assertThat(c).isEqualTo(3))
                .hasPathSatisfying("$.days[28].calls", c -> assertThat(c).isEqualTo(0))
                .hasPathSatisfying("$.quota.limit", l -> assertThat(l).isEqualTo(100_000))
                .hasPathSatisfying("$.quota.used", u -> assertThat(u).isEqualTo(0));

        mvc.get().uri("/api/v1/resources/" + ours.code() + "/rows").with(Callers.as(reader)).exchange();

        assertThat(get("/api/v1/data-access/mine", reader)).bodyJson()
                .hasPathSatisfying("$.quota.used", u -> assertThat(u).isEqualTo(1))
                .hasPathSatisfying("$.quota.remaining", r -> assertThat(r).isEqualTo(99_999));
    }

    @Test
    void theQuotaShownIsThatOfTheTokenTheSummaryIsAskedWith() {
        String token = accounts.token(reader);
        mvc.get().uri("/api/v1/resources/" + ours.code() + "/rows").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
        mvc.get().uri("/api/v1/resources/" + ours.code() + "/rows").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();

        assertThat(mvc.get().uri("/api/v1/data-access/mine").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.quota.used", u -> assertThat(u).isEqualTo(2));
        assertThat(get("/api/v1/data-access/mine", reader)).bodyJson()
                .hasPathSatisfying("$.quota.used", u -> assertThat(u).isEqualTo(0));
        assertRefused(mvc.get().uri("/api/v1/data-access/mine").exchange(), 401, "AUTHENTICATION_REQUIRED", null);
    }
}
