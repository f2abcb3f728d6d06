package io.jingchu.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.Theme;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoLedgerTest {

    private final List<DemoLedger.Owner> owners = List.of(
            new DemoLedger.Owner(1, "宜昌市交通运输局", "宜昌市", "0717", List.of(Theme.TRANSPORT), 5),
            new DemoLedger.Owner(2, "宜昌市市场监督管理局", "宜昌市", "0717", List.of(Theme.MARKET_REGULATION, Theme.CREDIT), 5),
            new DemoLedger.Owner(3, "樟村坪镇人民政府", "樟村坪镇", "0717", List.of(Theme.SOCIAL_ASSISTANCE), 1));

    private final List<DemoResource> ledger = new DemoLedger(7).generate(owners, 2000);

    @Test
    void everyGeneratedResourceKeepsTheLedgerRules() {
        for (DemoResource r : ledger) {
            ResourceDraft d = r.draft();
            OpeningAttribute opening = d.opening().attribute();
            if (d.grade() == SecurityGrade.CORE) {
                assertThat(opening).as(d.title()).isEqualTo(OpeningAttribute.NONE);
            }
            if (d.grade() == SecurityGrade.IMPORTANT || d.holdsPersonalInformation()) {
                assertThat(opening).as(d.title()).isNotEqualTo(OpeningAttribute.UNCONDITIONAL);
            }
            if (opening == OpeningAttribute.NONE) {
                assertThat(d.opening().basis()).isNotBlank();
            }
            if (opening == OpeningAttribute.CONDITIONAL) {
                assertThat(d.opening().conditions()).isNotBlank();
            }
            if (d.sharing().attribute() == SharingAttribute.NONE) {
                assertThat(d.sharing().basis()).isNotBlank();
            }
            if (d.sharing().attribute() == SharingAttribute.CONDITIONAL) {
                assertThat(d.sharing().conditions()).isNotBlank();
            }
            assertThat(d.fields()).isNotEmpty();
        }
    }

    @Test
    void resourcesFollowTheirOwnersThemes() {
        assertThat(ledger).allSatisfy(r -> {
            DemoLedger.Owner owner = owners.stream().filter(o -> o.organizationId() == r.draft().organizationId())
                    .findFirst().orElseThrow();
            assertThat(owner.themes()).contains(r.draft().theme());
            assertThat(r.draft().title()).startsWith(owner.divisionName());
        });
    }

    @Test
    void spreadCoversEveryGradeOpeningAndState() {
        assertThat(ledger.stream().map(r -> r.draft().grade()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SecurityGrade.values());
        assertThat(ledger.stream().map(r -> r.draft().opening().attribute()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(OpeningAttribute.values());
        assertThat(ledger.stream().map(DemoResource::target).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(LifecycleState.values());
    }

    @Test
    void sameSeedGivesTheSameLedger() {
        assertThat(new DemoLedger(7).generate(owners, 50)).isEqualTo(new DemoLedger(7).generate(owners, 50));
        assertThat(new DemoLedger(8).generate(owners, 50)).isNotEqualTo(new DemoLedger(7).generate(owners, 50));
    }
}
