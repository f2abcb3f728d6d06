package io.jingchu.hub.catalog.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.internal.FakeIdentity.publisherOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LedgerStatistics;
import io.jingchu.hub.catalog.LedgerStatistics.DivisionCount;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "一本账" figures on this pass's database: counts by each dimension, rolled up the division tree. */
class LedgerStatisticsIT {

    static final Caller ADMIN = new Caller(1, "bureau", Set.of(Role.ADMIN), null);
    static final Caller AUDITOR = new Caller(2, "auditor", Set.of(Role.AUDITOR), null);

    static CatalogDatabase db;
    static CatalogService catalog;
    static Organization wuhan;
    static Organization yichang;
    static Organization xiling;
    static Organization street;
    static Organization village;
    static Organization yidu;

    /**
     * 武汉 1; 宜昌市本级 2 (one published, one high-quality), 西陵区 1, its street 1 and village 1
     * (so 西陵区 rolls up to 3), 宜都市 1, 伍家岗区 none.
     */
    @BeforeAll
    static void ledger() {
        db = CatalogDatabase.fresh();
        FakeIdentity identity = new FakeIdentity();
        catalog = new CatalogService(new ResourceStore(db.jdbc), identity, new FakeRegions(),
                new InMemoryResourceIndex(), new RecordedEvents(), db.tx, Clock.systemUTC());
        wuhan = identity.add("武汉市数据局", FakeRegions.WUHAN);
        yichang = identity.add("宜昌市交通运输局", FakeRegions.YICHANG);
        xiling = identity.add("西陵区卫生健康局", FakeRegions.XILING);
        street = identity.add("西陵街道办事处", FakeRegions.XILING_STREET);
        village = identity.add("某社区居委会", FakeRegions.XILING_VILLAGE);
        yidu = identity.add("宜都市统计局", FakeRegions.YIDU);

        register(wuhan, aDraft().theme(Theme.ECONOMY).build());
        DataResource open = register(yichang, aDraft().build());
        catalog.submit(publisherOf(yichang), open.code(), 1);
        catalog.publish(ADMIN, open.code(), 2);
        register(yichang, aDraft().highQuality(true).grade(SecurityGrade.IMPORTANT)
                .opening(OpeningAttribute.CONDITIONAL).build());
        register(xiling, aDraft().theme(Theme.HEALTH).sharing(SharingAttribute.CONDITIONAL)
                .opening(OpeningAttribute.NONE).build());
        register(street, aDraft().theme(Theme.HEALTH).build());
        register(village, aDraft().theme(Theme.SOCIAL_ASSISTANCE).build());
        register(yidu, aDraft().build());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aCitysFiguresIncludeEverythingBelowIt() {
        LedgerStatistics s = catalog.statistics(ADMIN, FakeRegions.YICHANG);

        assertThat(s.divisionCode()).isEqualTo(FakeRegions.YICHANG);
        assertThat(s.total()).isEqualTo(6);
        assertThat(s.byLevel()).containsOnly(entry("CITY", 2), entry("COUNTY", 2), entry("TOWNSHIP", 1),
                entry("VILLAGE", 1));
        assertThat(s.byTheme()).containsOnly(entry("TRANSPORT", 3), entry("HEALTH", 2), entry("SOCIAL_ASSISTANCE", 1));
        assertThat(s.byGrade()).containsOnly(entry("GENERAL", 5), entry("IMPORTANT", 1));
        assertThat(s.bySharing()).containsOnly(entry("UNCONDITIONAL", 5), entry("CONDITIONAL", 1));
        assertThat(s.byOpening()).containsOnly(entry("UNCONDITIONAL", 4), entry("CONDITIONAL", 1), entry("NONE", 1));
        assertThat(s.byState()).containsOnly(entry("DRAFT", 5), entry("PUBLISHED", 1));
        assertThat(s.byOrganization()).containsOnly(entry(Long.toString(yichang.id()), 2),
                entry(Long.toString(xiling.id()), 1), entry(Long.toString(street.id()), 1),
                entry(Long.toString(village.id()), 1), entry(Long.toString(yidu.id()), 1));
        assertThat(s.highQuality()).isEqualTo(1);
    }

    @Test
    void eachChildDivisionRollsUpEverythingUnderIt() {
        assertThat(catalog.statistics(AUDITOR, FakeRegions.YICHANG).byChildDivision()).containsExactly(
                new DivisionCount(FakeRegions.XILING, "西陵区", 3),
                new DivisionCount(FakeRegions.WUJIAGANG, "伍家岗区", 0),
                new DivisionCount(FakeRegions.YIDU, "宜都市", 1));
    }

    @Test
    void aCountysFiguresStopAtItsBorder() {
        LedgerStatistics s = catalog.statistics(ADMIN, FakeRegions.XILING);
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.byChildDivision()).containsExactly(new DivisionCount(FakeRegions.XILING_STREET, "西陵街道", 2));
    }

    @Test
    void aVillageHasNoChildren() {
        LedgerStatistics s = catalog.statistics(ADMIN, FakeRegions.XILING_VILLAGE);
        assertThat(s.total()).isEqualTo(1);
        assertThat(s.byChildDivision()).isEmpty();
    }

    @Test
    void theWholeLedgerRollsUpToTheProvinces() {
        LedgerStatistics s = catalog.statistics(ADMIN, null);
        assertThat(s.divisionCode()).isNull();
        assertThat(s.total()).isEqualTo(7);
        assertThat(s.byChildDivision()).containsExactly(new DivisionCount(FakeRegions.HUBEI, "湖北省", 7));
    }

    @Test
    void aPublisherMayReadTheFigures() {
        assertThat(catalog.statistics(publisherOf(wuhan), FakeRegions.HUBEI).total()).isEqualTo(7);
    }

    @Test
    void consumersAndAnonymousReadNoFigures() {
        for (Caller caller : new Caller[] {new Caller(5, "citizen", Set.of(Role.CONSUMER), null), Caller.ANONYMOUS}) {
            DomainException refusal = catchThrowableOfType(DomainException.class,
                    () -> catalog.statistics(caller, FakeRegions.YICHANG));
            assertThat(refusal.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
        }
    }

    @Test
    void anUnknownDivisionIsRefused() {
        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> catalog.statistics(ADMIN, "429900000000"));
        assertThat(refusal.code()).isEqualTo(ErrorCode.REGION_NOT_FOUND);
    }

    @Test
    void aMalformedDivisionIsRefusedNamingTheParameter() {
        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> catalog.statistics(ADMIN, "4205"));
        assertThat(refusal.code()).isEqualTo(ErrorCode.FIELD_INVALID);
        assertThat(refusal.field()).isEqualTo("division");
    }

    private static DataResource register(Organization org, io.jingchu.hub.catalog.ResourceDraft draft) {
        return catalog.register(publisherOf(org), draft);
    }

    private static java.util.Map.Entry<String, Long> entry(String key, long value) {
        return java.util.Map.entry(key, value);
    }
}
