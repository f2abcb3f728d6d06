package io.jingchu.hub.catalog.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.internal.FakeIdentity.publisherOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceChange;
import io.jingchu.hub.catalog.ResourceChange.FieldChange;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.ResourceDrafts;
import io.jingchu.hub.catalog.ResourceEvent;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.search.SearchScope;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.ValidationException;
import io.jingchu.hub.common.ValidationException.Violation;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The catalog service on this pass's real database, with hand-written fakes for the modules around it:
 * every rule and every refusal, and that a refusal writes nothing.
 */
class CatalogServiceIT {

    static final Caller ADMIN = new Caller(1, "bureau", Set.of(Role.ADMIN), null);
    static final Caller AUDITOR = new Caller(2, "auditor", Set.of(Role.AUDITOR), null);
    static final Caller CONSUMER = new Caller(3, "citizen", Set.of(Role.CONSUMER), null);

    static CatalogDatabase db;
    static FakeIdentity identity = new FakeIdentity();
    static FakeRegions regions = new FakeRegions();
    static InMemoryResourceIndex index = new InMemoryResourceIndex();
    static RecordedEvents events = new RecordedEvents();
    static ResourceStore store;
    static CatalogService catalog;

    Organization yichangTransport;
    Organization xilingHealth;
    Caller publisher;
    Caller otherPublisher;

    @BeforeAll
    static void start() {
        db = CatalogDatabase.fresh();
        store = new ResourceStore(db.jdbc);
        catalog = new CatalogService(store, identity, regions, index, events, db.tx, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void organizations() {
        yichangTransport = identity.add("宜昌市交通运输局", FakeRegions.YICHANG);
        xilingHealth = identity.add("西陵区卫生健康局", FakeRegions.XILING);
        publisher = publisherOf(yichangTransport);
        otherPublisher = publisherOf(xilingHealth);
    }

    // registration

    @Test
    void aPublisherRegistersADraftForItsOwnOrganization() {
        DataResource r = catalog.register(publisher, aDraft().build());

        assertThat(r.code()).matches("420500-\\d{6}");
        assertThat(r.state()).isEqualTo(LifecycleState.DRAFT);
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.organizationId()).isEqualTo(yichangTransport.id());
        assertThat(r.organizationName()).isEqualTo("宜昌市交通运输局");
        assertThat(r.divisionCode()).isEqualTo(FakeRegions.YICHANG);
        assertThat(r.level().name()).isEqualTo("CITY");
        assertThat(catalog.get(ADMIN, r.code())).isEqualTo(r);
    }

    @Test
    void registrationIsRecordedInHistoryAndAnnouncedInsideTheTransaction() {
        DataResource r = catalog.register(publisher, aDraft().build());

        List<ResourceChange> history = catalog.history(ADMIN, r.code());
        assertThat(history).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("REGISTER");
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.actor()).isEqualTo(publisher.username());
            assertThat(c.changes()).contains(new FieldChange("title", null, "宜昌市公交线路"));
        });
        assertThat(events.about(r.code())).singleElement().isInstanceOf(ResourceEvent.ResourceRegistered.class)
                .satisfies(e -> assertThat(e.resource()).isEqualTo(r));
        assertThat(events.inTransaction).containsOnly(true);
    }

    @Test
    void generatedCodesCountUpWithinADivision() {
        DataResource first = catalog.register(publisher, aDraft().build());
        DataResource second = catalog.register(publisher, aDraft().build());
        assertThat(serial(second.code())).isEqualTo(serial(first.code()) + 1);
    }

    @Test
    void aGeneratedCodeSkipsOneAlreadyTakenExplicitly() {
        Organization org = identity.add("宜都市统计局", FakeRegions.YIDU);
        Caller yidu = publisherOf(org);
        DataResource first = catalog.register(yidu, aDraft().build());
        String next = "420581-%06d".formatted(serial(first.code()) + 1);
        catalog.register(yidu, aDraft().code(next).build());

        DataResource third = catalog.register(yidu, aDraft().build());
        assertThat(third.code()).isNotEqualTo(next).startsWith("420581-");
    }

    @Test
    void concurrentRegistrationsInOneDivisionGetDistinctCodes() throws Exception {
        Organization org = identity.add("宜昌市数据局", FakeRegions.YICHANG);
        Caller owner = publisherOf(org);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> codes = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                codes.add(pool.submit(() -> catalog.register(owner, aDraft().build()).code()));
            }
            Set<String> distinct = new java.util.HashSet<>();
            for (Future<String> code : codes) {
                distinct.add(code.get());
            }
            assertThat(distinct).hasSize(12).allMatch(c -> c.startsWith("420500-"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExplicitCodeIsKept() {
        String code = unique("yc.bus");
        assertThat(catalog.register(publisher, aDraft().code(code).build()).code()).isEqualTo(code);
    }

    @Test
    void aDuplicateCodeIsRefused() {
        String code = unique("dup");
        catalog.register(publisher, aDraft().code(code).build());
        assertRefusedWithoutWriting(() -> catalog.register(ADMIN, aDraft().code(code)
                .organization(xilingHealth.id()).title("另一个").build()), ErrorCode.DUPLICATE_CODE, "code");
        assertThat(catalog.get(ADMIN, code).title()).isEqualTo("宜昌市公交线路");
    }

    @Test
    void theAdministratorRegistersForANamedOrganization() {
        DataResource r = catalog.register(ADMIN, aDraft().organization(xilingHealth.id()).build());
        assertThat(r.organizationId()).isEqualTo(xilingHealth.id());
        assertThat(r.code()).startsWith("420502-");
    }

    @Test
    void theAdministratorMustNameTheOrganization() {
        assertRefusedWithoutWriting(() -> catalog.register(ADMIN, aDraft().build()), ErrorCode.FIELD_REQUIRED,
                "organizationId");
    }

    @Test
    void anUnknownOrganizationIsRefused() {
        assertRefusedWithoutWriting(() -> catalog.register(ADMIN, aDraft().organization(999_999L).build()),
                ErrorCode.ORGANIZATION_NOT_FOUND, "organizationId");
    }

    @Test
    void aPublisherRegistersNothingForAnotherOrganization() {
        assertRefusedWithoutWriting(() -> catalog.register(publisher, aDraft().organization(xilingHealth.id())
                .build()), ErrorCode.NOT_OWN_ORGANIZATION, "organizationId");
    }

    @Test
    void aPublisherWithoutOrganizationRegistersNothing() {
        Caller orphan = new Caller(77, "orphan", Set.of(Role.PUBLISHER), null);
        assertRefusedWithoutWriting(() -> catalog.register(orphan, aDraft().build()),
                ErrorCode.PUBLISHER_NEEDS_ORGANIZATION, "organizationId");
    }

    @Test
    void consumersAuditorsAndAnonymousRegisterNothing() {
        for (Caller caller : List.of(CONSUMER, AUDITOR, Caller.ANONYMOUS)) {
            assertRefusedWithoutWriting(() -> catalog.register(caller, aDraft().organization(yichangTransport.id())
                    .build()), ErrorCode.ACCESS_DENIED, null);
        }
    }

    @Test
    void coreDataIsNeverOpened() {
        assertRuleRefused(aDraft().grade(SecurityGrade.CORE).opening(OpeningAttribute.CONDITIONAL),
                ErrorCode.CORE_DATA_NEVER_OPENED, "opening.attribute");
    }

    @Test
    void importantDataIsNeverOpenedUnconditionally() {
        assertRuleRefused(aDraft().grade(SecurityGrade.IMPORTANT), ErrorCode.IMPORTANT_DATA_NOT_OPENED_UNCONDITIONALLY,
                "opening.attribute");
    }

    @Test
    void personalInformationIsNeverOpenedUnconditionally() {
        assertRuleRefused(aDraft().withPersonalField(), ErrorCode.PERSONAL_DATA_NOT_OPENED_UNCONDITIONALLY,
                "opening.attribute");
    }

    @Test
    void refusingToOpenNeedsABasis() {
        assertRuleRefused(aDraft().opening(OpeningAttribute.NONE, null, null), ErrorCode.OPENING_REFUSAL_BASIS_REQUIRED,
                "opening.basis");
    }

    @Test
    void refusingToShareNeedsABasis() {
        assertRuleRefused(aDraft().sharing(SharingAttribute.NONE, null, " "), ErrorCode.SHARING_REFUSAL_BASIS_REQUIRED,
                "sharing.basis");
    }

    @Test
    void conditionalSharingNeedsConditions() {
        assertRuleRefused(aDraft().sharing(SharingAttribute.CONDITIONAL, null, null), ErrorCode.CONDITIONS_REQUIRED,
                "sharing.conditions");
    }

    @Test
    void conditionalOpeningNeedsConditions() {
        assertRuleRefused(aDraft().opening(OpeningAttribute.CONDITIONAL, "", null), ErrorCode.CONDITIONS_REQUIRED,
                "opening.conditions");
    }

    @Test
    void everyMalformedFieldIsNamedAndNothingIsWritten() {
        long before = db.count("data_resource");
        ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> catalog.register(publisher,
                aDraft().title("").fields(new FieldSpec("Bad Name", "坏", FieldType.STRING, null, true, false),
                        new FieldSpec("ok", "", FieldType.STRING, null, true, false)).build()));
        assertThat(refusal.violations()).extracting(Violation::field)
                .containsExactly("title", "fields[0].name", "fields[1].label");
        assertThat(db.count("data_resource")).isEqualTo(before);
    }

    // edits

    @Test
    void anEditBumpsTheVersionAndRecordsWhatChanged() {
        DataResource r = catalog.register(publisher, aDraft().build());
        DataResource edited = catalog.update(publisher, r.code(), 1, aDraft().title("宜昌市公交线路（2025）")
                .keywords("公交").build());

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.title()).isEqualTo("宜昌市公交线路（2025）");
        assertThat(catalog.get(ADMIN, r.code())).isEqualTo(edited);
        assertThat(catalog.history(ADMIN, r.code())).last().satisfies(c -> {
            assertThat(c.action()).isEqualTo("UPDATE");
            assertThat(c.version()).isEqualTo(2);
            assertThat(c.changes()).containsExactly(new FieldChange("title", "宜昌市公交线路", "宜昌市公交线路（2025）"),
                    new FieldChange("keywords", "公交, 线路", "公交"));
        });
        assertThat(events.about(r.code())).last().isInstanceOf(ResourceEvent.ResourceUpdated.class);
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        DataResource r = catalog.register(publisher, aDraft().build());
        assertNothingWritten(() -> assertThat(catalog.update(publisher, r.code(), 1, aDraft().build())).isEqualTo(r));
    }

    @Test
    void anEditCopiesTheOrganizationAsItIsNow() {
        DataResource r = catalog.register(publisher, aDraft().build());
        identity.rename(yichangTransport.id(), "宜昌市交通运输局（更名）");
        DataResource edited = catalog.update(publisher, r.code(), 1, aDraft().title("新").build());
        assertThat(edited.organizationName()).isEqualTo("宜昌市交通运输局（更名）");
    }

    @Test
    void theAdministratorMayMoveAResourceToAnotherOrganization() {
        DataResource r = catalog.register(publisher, aDraft().build());
        DataResource moved = catalog.update(ADMIN, r.code(), 1, aDraft().organization(xilingHealth.id()).build());
        assertThat(moved.organizationId()).isEqualTo(xilingHealth.id());
        assertThat(moved.divisionCode()).isEqualTo(FakeRegions.XILING);
        assertThat(moved.code()).isEqualTo(r.code());
    }

    @Test
    void aPublisherCannotGiveItsResourceToAnotherOrganization() {
        DataResource r = catalog.register(publisher, aDraft().build());
        assertRefusedWithoutWriting(() -> catalog.update(publisher, r.code(), 1, aDraft()
                .organization(xilingHealth.id()).build()), ErrorCode.NOT_OWN_ORGANIZATION, "organizationId");
        assertThat(catalog.get(ADMIN, r.code())).isEqualTo(r);
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentOne() {
        DataResource r = catalog.register(publisher, aDraft().build());
        catalog.update(publisher, r.code(), 1, aDraft().title("第二版").build());

        DomainException refusal = assertRefusedWithoutWriting(() -> catalog.update(publisher, r.code(), 1,
                aDraft().title("迟到的编辑").build()), ErrorCode.CONCURRENT_MODIFICATION, "version");
        assertThat(refusal.args()).containsExactly(2L);
        assertThat(catalog.get(ADMIN, r.code()).title()).isEqualTo("第二版");
    }

    @Test
    void ofTwoConcurrentEditsOfOneVersionExactlyOneWins() throws Exception {
        DataResource r = catalog.register(publisher, aDraft().build());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String title : List.of("甲的编辑", "乙的编辑")) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return catalog.update(publisher, r.code(), 1, aDraft().title(title).build()).title();
                    } catch (DomainException e) {
                        return e.code().name();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).containsOnlyOnce("CONCURRENT_MODIFICATION");
            DataResource now = catalog.get(ADMIN, r.code());
            assertThat(now.version()).isEqualTo(2);
            assertThat(results).contains(now.title());
            assertThat(catalog.history(ADMIN, r.code())).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCodeNeverChanges() {
        DataResource r = catalog.register(publisher, aDraft().build());
        assertRefusedWithoutWriting(() -> catalog.update(publisher, r.code(), 1, aDraft().code(unique("new")).build()),
                ErrorCode.FIELD_INVALID, "code");
    }

    @Test
    void rulesAreCheckedOnEdits() {
        DataResource r = catalog.register(publisher, aDraft().build());
        assertRefusedWithoutWriting(() -> catalog.update(publisher, r.code(), 1, aDraft().grade(SecurityGrade.CORE)
                .build()), ErrorCode.CORE_DATA_NEVER_OPENED, "opening.attribute");
        assertThat(catalog.get(ADMIN, r.code())).isEqualTo(r);
    }

    @Test
    void aPublishedResourceMayBeEditedAndStaysPublishedUnderTheRules() {
        DataResource r = published(aDraft());
        DataResource edited = catalog.update(publisher, r.code(), r.version(), aDraft().title("修订").build());
        assertThat(edited.state()).isEqualTo(LifecycleState.PUBLISHED);
        assertThat(edited.publishedAt()).isEqualTo(r.publishedAt());

        assertRefusedWithoutWriting(() -> catalog.update(publisher, r.code(), edited.version(), aDraft()
                .grade(SecurityGrade.IMPORTANT).build()), ErrorCode.IMPORTANT_DATA_NOT_OPENED_UNCONDITIONALLY,
                "opening.attribute");
    }

    @Test
    void aSubmittedResourceIsNotEdited() {
        DataResource r = catalog.submit(publisher, catalog.register(publisher, aDraft().build()).code(), 1);
        assertRefusedWithoutWriting(() -> catalog.update(publisher, r.code(), r.version(), aDraft().title("x").build()),
                ErrorCode.ILLEGAL_TRANSITION, "state");
    }

    @Test
    void aRetiredResourceIsNeverEditedAgain() {
        DataResource p = published(aDraft());
        DataResource r = catalog.retire(ADMIN, p.code(), p.version(), "停止更新");
        assertRefusedWithoutWriting(() -> catalog.update(ADMIN, r.code(), r.version(), aDraft().title("x")
                .organization(yichangTransport.id()).build()), ErrorCode.ILLEGAL_TRANSITION, "state");
    }

    @Test
    void aPublisherEditsNothingOfAnotherOrganizationThatItCanSee() {
        DataResource shared = published(aDraft());
        assertRefusedWithoutWriting(() -> catalog.update(otherPublisher, shared.code(), shared.version(),
                aDraft().build()), ErrorCode.NOT_OWN_ORGANIZATION, "organizationId");
    }

    @Test
    void aPublisherCannotEvenFindAnotherOrganizationsDraft() {
        DataResource draft = catalog.register(publisher, aDraft().build());
        assertRefusedWithoutWriting(() -> catalog.update(otherPublisher, draft.code(), 1, aDraft().build()),
                ErrorCode.RESOURCE_NOT_FOUND, "code");
        assertRefusedWithoutWriting(() -> catalog.submit(otherPublisher, draft.code(), 1),
                ErrorCode.RESOURCE_NOT_FOUND, "code");
    }

    @Test
    void consumersEditNothing() {
        DataResource open = published(aDraft());
        assertRefusedWithoutWriting(() -> catalog.update(CONSUMER, open.code(), open.version(), aDraft().build()),
                ErrorCode.ACCESS_DENIED, null);
        assertRefusedWithoutWriting(() -> catalog.update(AUDITOR, open.code(), open.version(), aDraft().build()),
                ErrorCode.ACCESS_DENIED, null);
    }

    @Test
    void anUnknownResourceIsNotFound() {
        assertRefusedWithoutWriting(() -> catalog.update(ADMIN, "no-such-resource", 1, aDraft().build()),
                ErrorCode.RESOURCE_NOT_FOUND, "code");
        assertThat(catalog.find(ADMIN, "no-such-resource")).isEmpty();
    }

    // lifecycle

    @Test
    void aResourceGoesFromDraftToRetiredAndEveryStepIsRecorded() {
        DataResource r = catalog.register(publisher, aDraft().build());
        DataResource submitted = catalog.submit(publisher, r.code(), 1);
        DataResource publishedNow = catalog.publish(ADMIN, r.code(), 2);
        DataResource retired = catalog.retire(ADMIN, r.code(), 3, "数据已迁移");

        assertThat(submitted.state()).isEqualTo(LifecycleState.SUBMITTED);
        assertThat(publishedNow.state()).isEqualTo(LifecycleState.PUBLISHED);
        assertThat(publishedNow.publishedAt()).isNotNull();
        assertThat(retired.state()).isEqualTo(LifecycleState.RETIRED);
        assertThat(retired.version()).isEqualTo(4);
        assertThat(catalog.history(ADMIN, r.code())).extracting(ResourceChange::action, ResourceChange::version,
                ResourceChange::note).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REGISTER", 1L, null),
                        org.assertj.core.groups.Tuple.tuple("SUBMIT", 2L, null),
                        org.assertj.core.groups.Tuple.tuple("PUBLISH", 3L, null),
                        org.assertj.core.groups.Tuple.tuple("RETIRE", 4L, "数据已迁移"));
        assertThat(catalog.history(ADMIN, r.code()).get(2).changes())
                .contains(new FieldChange("state", "SUBMITTED", "PUBLISHED"));
        assertThat(events.about(r.code())).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "ResourceRegistered", "ResourceSubmitted", "ResourcePublished", "ResourceRetired");
    }

    @Test
    void aRejectionKeepsItsReasonUntilTheResourceIsSubmittedAgain() {
        DataResource r = catalog.submit(publisher, catalog.register(publisher, aDraft().build()).code(), 1);
        DataResource rejected = catalog.reject(ADMIN, r.code(), 2, "字段说明不完整");
        assertThat(rejected.state()).isEqualTo(LifecycleState.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("字段说明不完整");
        assertThat(catalog.history(ADMIN, r.code())).last().extracting(ResourceChange::note).isEqualTo("字段说明不完整");

        DataResource fixed = catalog.update(publisher, r.code(), 3, aDraft().title("补充说明").build());
        assertThat(fixed.state()).isEqualTo(LifecycleState.REJECTED);
        DataResource again = catalog.submit(publisher, r.code(), 4);
        assertThat(again.state()).isEqualTo(LifecycleState.SUBMITTED);
        assertThat(again.rejectionReason()).isNull();
    }

    @Test
    void aRejectionNeedsAReason() {
        DataResource r = catalog.submit(publisher, catalog.register(publisher, aDraft().build()).code(), 1);
        assertRefusedWithoutWriting(() -> catalog.reject(ADMIN, r.code(), 2, "  "),
                ErrorCode.REJECTION_REASON_REQUIRED, "reason");
        assertThat(catalog.get(ADMIN, r.code())).isEqualTo(r);
    }

    @Test
    void onlyTheBureauPublishesRejectsAndRetires() {
        DataResource r = catalog.submit(publisher, catalog.register(publisher, aDraft().build()).code(), 1);
        assertRefusedWithoutWriting(() -> catalog.publish(publisher, r.code(), 2), ErrorCode.ONLY_BUREAU_DECIDES, null);
        assertRefusedWithoutWriting(() -> catalog.reject(publisher, r.code(), 2, "不行"),
                ErrorCode.ONLY_BUREAU_DECIDES, null);
        DataResource p = published(aDraft());
        assertRefusedWithoutWriting(() -> catalog.retire(publisher, p.code(), p.version(), null),
                ErrorCode.ONLY_BUREAU_DECIDES, null);
    }

    @Test
    void consumersAndAuditorsMoveNothing() {
        DataResource p = published(aDraft());
        for (Caller caller : List.of(CONSUMER, AUDITOR)) {
            assertRefusedWithoutWriting(() -> catalog.retire(caller, p.code(), p.version(), null),
                    ErrorCode.ACCESS_DENIED, null);
            assertRefusedWithoutWriting(() -> catalog.submit(caller, p.code(), p.version()),
                    ErrorCode.ACCESS_DENIED, null);
        }
    }

    @Test
    void aDraftIsNotPublishedWithoutBeingSubmitted() {
        DataResource r = catalog.register(publisher, aDraft().build());
        assertRefusedWithoutWriting(() -> catalog.publish(ADMIN, r.code(), 1), ErrorCode.ILLEGAL_TRANSITION, "state");
    }

    @Test
    void aPublishedResourceIsNotSubmittedAgain() {
        DataResource p = published(aDraft());
        assertRefusedWithoutWriting(() -> catalog.submit(publisher, p.code(), p.version()),
                ErrorCode.ILLEGAL_TRANSITION, "state");
    }

    @Test
    void aDraftIsNotRetired() {
        DataResource r = catalog.register(publisher, aDraft().build());
        assertRefusedWithoutWriting(() -> catalog.retire(ADMIN, r.code(), 1, null), ErrorCode.ILLEGAL_TRANSITION,
                "state");
    }

    @Test
    void aStaleVersionIsRefusedOnTransitionsToo() {
        DataResource r = catalog.register(publisher, aDraft().build());
        assertRefusedWithoutWriting(() -> catalog.submit(publisher, r.code(), 7), ErrorCode.CONCURRENT_MODIFICATION,
                "version");
    }

    @Test
    void aPublisherSubmitsOnlyItsOwnResources() {
        DataResource shared = catalog.register(ADMIN, aDraft().organization(xilingHealth.id()).build());
        assertRefusedWithoutWriting(() -> catalog.submit(publisher, shared.code(), 1), ErrorCode.RESOURCE_NOT_FOUND,
                "code");
        assertThat(catalog.submit(otherPublisher, shared.code(), 1).state()).isEqualTo(LifecycleState.SUBMITTED);
    }

    // reading

    @Test
    void whatTheCallerMayNotSeeIsNotFound() {
        DataResource draft = catalog.register(publisher, aDraft().build());
        for (Caller caller : List.of(CONSUMER, Caller.ANONYMOUS, otherPublisher)) {
            assertThat(catalog.find(caller, draft.code())).isEmpty();
            DomainException refusal = catchThrowableOfType(DomainException.class,
                    () -> catalog.get(caller, draft.code()));
            assertThat(refusal.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
            assertThat(catchThrowableOfType(DomainException.class, () -> catalog.history(caller, draft.code())).code())
                    .isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
            // a resource read by someone else is no way around the caller's own visibility
            assertThat(catchThrowableOfType(DomainException.class, () -> catalog.history(caller, draft)).code())
                    .isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        }
        assertThat(catalog.find(publisher, draft.code())).isPresent();
        assertThat(catalog.find(AUDITOR, draft.code())).isPresent();
    }

    @Test
    void aPublishedOpenResourceIsSeenByEveryone() {
        DataResource p = published(aDraft());
        assertThat(catalog.get(Caller.ANONYMOUS, p.code())).isEqualTo(p);
        assertThat(catalog.history(CONSUMER, p.code())).hasSize(3);
        assertThat(catalog.history(Caller.ANONYMOUS, p)).isEqualTo(catalog.history(CONSUMER, p.code()));
    }

    @Test
    void searchAsksTheIndexWithinTheCallersScope() {
        catalog.search(publisher, SearchQuery.of("公交"));
        assertThat(index.scopesAsked).last().isEqualTo(new SearchScope(false, true, yichangTransport.id()));
        catalog.search(Caller.ANONYMOUS, SearchQuery.of("公交"));
        assertThat(index.scopesAsked).last().isEqualTo(SearchScope.PUBLIC);
        catalog.search(AUDITOR, SearchQuery.of("公交"));
        assertThat(index.scopesAsked).last().isEqualTo(SearchScope.EVERYTHING);
    }

    @Test
    void reindexRebuildsTheIndexFromTheDatabase() {
        DataResource r = catalog.register(publisher, aDraft().title(unique("重建")).build());
        index.documents.clear();

        long indexed = catalog.reindex(ADMIN);

        assertThat(indexed).isEqualTo(db.count("data_resource"));
        assertThat(index.documents).containsEntry(r.id(), r).hasSize((int) indexed);
    }

    @Test
    void onlyTheAdministratorReindexes() {
        for (Caller caller : List.of(publisher, AUDITOR, CONSUMER, Caller.ANONYMOUS)) {
            DomainException refusal = catchThrowableOfType(DomainException.class, () -> catalog.reindex(caller));
            assertThat(refusal.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
        }
    }

    @Test
    void theIndexIsGivenTheResourceAsCommittedNotAsAnOlderEventSaysIt() {
        DataResource r = catalog.register(publisher, aDraft().build());
        DataResource edited = catalog.update(publisher, r.code(), 1, aDraft().title("最新").build());
        SearchIndexUpdater updater = new SearchIndexUpdater(store, index);

        updater.on(new ResourceEvent.ResourceRegistered(r, "late", r.createdAt()));

        assertThat(index.documents.get(r.id())).isEqualTo(edited);
    }

    @Test
    void forEachVisitsEveryStoredResource() {
        DataResource r = catalog.register(publisher, aDraft().build());
        List<DataResource> all = new ArrayList<>();
        catalog.forEach(all::add);
        assertThat(all).contains(r).hasSize((int) db.count("data_resource"));
    }

    // helpers

    private DataResource published(ResourceDrafts draft) {
        DataResource r = catalog.register(publisher, draft.build());
        catalog.submit(publisher, r.code(), 1);
        return catalog.publish(ADMIN, r.code(), 2);
    }

    private void assertRuleRefused(ResourceDrafts draft, ErrorCode code, String field) {
        ResourceDraft built = draft.build();
        DomainException refusal = assertRefusedWithoutWriting(() -> catalog.register(publisher, built), code, field);
        assertThat(refusal).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) refusal).violations()).containsExactly(Violation.of(code, field));
    }

    /** The call is refused with this code and field, and no resource, history entry or event appears. */
    private static DomainException assertRefusedWithoutWriting(Executable call, ErrorCode code, @Nullable String field) {
        DomainException[] refusal = new DomainException[1];
        assertNothingWritten(() -> {
            refusal[0] = catchThrowableOfType(DomainException.class, call::execute);
        });
        assertThat(refusal[0]).as("refusal").isNotNull();
        assertThat(refusal[0].code()).isEqualTo(code);
        assertThat(refusal[0].field()).isEqualTo(field);
        return refusal[0];
    }

    private static void assertNothingWritten(Runnable call) {
        long resources = db.count("data_resource");
        long changes = db.count("resource_change");
        long fields = db.count("resource_field");
        int published = events.events.size();
        call.run();
        assertThat(db.count("data_resource")).as("resources").isEqualTo(resources);
        assertThat(db.count("resource_change")).as("history entries").isEqualTo(changes);
        assertThat(db.count("resource_field")).as("fields").isEqualTo(fields);
        assertThat(events.events).as("events").hasSize(published);
    }

    private static long serial(String code) {
        return Long.parseLong(code.substring(code.indexOf('-') + 1));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
