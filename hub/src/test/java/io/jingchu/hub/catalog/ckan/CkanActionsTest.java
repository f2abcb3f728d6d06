package io.jingchu.hub.catalog.ckan;

import static io.jingchu.hub.catalog.ckan.ResourceBuilder.XL_HEALTH;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_MARKET;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_TRANSPORT;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.aResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Group;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Organization;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Status;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CkanActionsTest {

    static final Caller ADMIN = new Caller(1, "bureau", Set.of(Role.ADMIN), null);

    final DataResource buses = aResource().withCode("YC-BUS-01").build();
    final DataResource companies = aResource().withCode("420500-000002").ownedBy(YC_MARKET)
            .withTheme(Theme.MARKET_REGULATION).build();
    final DataResource draft = aResource().withCode("420500-000003").withState(LifecycleState.SUBMITTED).build();
    final DataResource closed = aResource().withCode("420500-000004").withOpening(OpeningAttribute.NONE).build();

    final CkanActions actions = new CkanActions(new FakeCatalog(buses, companies, draft, closed),
            new FakeIdentity(YC_TRANSPORT, YC_MARKET, XL_HEALTH), "https://data.yichang.gov.cn", Clock.systemUTC());
    final JsonMapper json = JsonMapper.builder().build();

    CkanParameters parameters(Map<String, Object> values) {
        return CkanParameters.of(values, json);
    }

    @Test
    void packageShowFindsAResourceByCodeOrByItsLowerCaseName() {
        assertThat(actions.packageShow(Caller.ANONYMOUS, parameters(Map.of("id", "YC-BUS-01"))).name())
                .isEqualTo("yc-bus-01");
        assertThat(actions.packageShow(Caller.ANONYMOUS, parameters(Map.of("id", "yc-bus-01"))).id())
                .isEqualTo("YC-BUS-01");
    }

    @Test
    void packageShowOfSomethingTheCallerMayNotSeeIsNotFound() {
        for (String code : new String[] {draft.code(), closed.code(), "no-such-code"}) {
            assertThatThrownBy(() -> actions.packageShow(Caller.ANONYMOUS, parameters(Map.of("id", code))))
                    .isInstanceOfSatisfying(CkanException.class,
                            e -> assertThat(e.kind()).isEqualTo(CkanException.Kind.NOT_FOUND));
        }
        assertThat(actions.packageShow(ADMIN, parameters(Map.of("id", draft.code()))).state()).isEqualTo("draft");
    }

    @Test
    void packageShowNeedsAnId() {
        assertThatThrownBy(() -> actions.packageShow(Caller.ANONYMOUS, parameters(Map.of())))
                .isInstanceOfSatisfying(CkanException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CkanException.Kind.VALIDATION);
                    assertThat(e.field()).isEqualTo("id");
                });
    }

    @Test
    void packageListNamesOnlyOpenResourcesInOrder() {
        assertThat(actions.packageList(parameters(Map.of()))).containsExactly("420500-000002", "yc-bus-01");
        assertThat(actions.packageList(parameters(Map.of("limit", 1, "offset", 1)))).containsExactly("yc-bus-01");
        assertThat(actions.packageList(parameters(Map.of("offset", 5)))).isEmpty();
    }

    @Test
    void organizationListGivesNamesOrDictionariesWithOpenPackageCounts() {
        assertThat(actions.organizationList(Caller.ANONYMOUS, parameters(Map.of())))
                .map(String.class::cast).containsExactly("xl-wjj", "yc-jtysj", "yc-scjgj");
        assertThat(actions.organizationList(Caller.ANONYMOUS, parameters(Map.of("all_fields", "true"))))
                .map(Organization.class::cast)
                .extracting(Organization::name, Organization::title, Organization::packageCount)
                .containsExactly(tuple("xl-wjj", "西陵区卫生健康局", 0L), tuple("yc-jtysj", "宜昌市交通运输局", 1L),
                        tuple("yc-scjgj", "宜昌市市场监督管理局", 1L));
    }

    @Test
    void organizationShowFindsByNameOrId() {
        assertThat(actions.organizationShow(Caller.ANONYMOUS, parameters(Map.of("id", "yc-jtysj"))))
                .extracting(Organization::title, Organization::packageCount).containsExactly("宜昌市交通运输局", 1L);
        assertThat(actions.organizationShow(Caller.ANONYMOUS, parameters(Map.of("id", "2"))).name())
                .isEqualTo("yc-scjgj");
        assertThatThrownBy(() -> actions.organizationShow(Caller.ANONYMOUS, parameters(Map.of("id", "nobody"))))
                .isInstanceOfSatisfying(CkanException.class,
                        e -> assertThat(e.kind()).isEqualTo(CkanException.Kind.NOT_FOUND));
    }

    @Test
    void groupListHasEveryThemeWithOpenPackageCounts() {
        assertThat(actions.groupList(Caller.ANONYMOUS, parameters(Map.of()))).map(String.class::cast)
                .hasSize(Theme.values().length).contains("transport", "market_regulation").isSorted();
        assertThat(actions.groupList(Caller.ANONYMOUS, parameters(Map.of("all_fields", true))))
                .map(Group.class::cast)
                .filteredOn(g -> g.name().equals("transport"))
                .extracting(Group::title, Group::packageCount).containsExactly(tuple("交通出行", 1L));
    }

    @Test
    void statusShowClaimsCkanCompatibility() {
        Status status = actions.statusShow();

        assertThat(status.ckanVersion()).isEqualTo("2.10.0");
        assertThat(status.siteTitle()).isEqualTo("荆楚数据枢纽");
        assertThat(status.siteUrl()).isEqualTo("https://data.yichang.gov.cn");
        assertThat(status.extensions()).isEmpty();
    }
}
