package io.jingchu.bench;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.demo.DemoLedger;
import io.jingchu.hub.demo.DemoOrganization;
import io.jingchu.hub.demo.DemoOrganizations;
import io.jingchu.hub.demo.DemoResource;
import io.jingchu.hub.region.DivisionLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' catalog: the demo ledger's generator scaled up, over the demo's 40 province and city
 * departments plus a synthetic county, township and village body under each city. Deterministic.
 */
final class BenchCorpus {

    private BenchCorpus() {
    }

    static List<DemoLedger.Owner> owners() {
        List<DemoLedger.Owner> owners = new ArrayList<>();
        long id = 1;
        for (DemoOrganization o : DemoOrganizations.provinceAndCity()) {
            owners.add(new DemoLedger.Owner(id++, o.name(), o.name().substring(0, 3), "027", o.themes(), 5));
        }
        return owners;
    }

    static List<DemoResource> drafts(int count, long seed) {
        return new DemoLedger(seed).generate(owners(), count);
    }

    /** The drafts as stored resources, as the catalog would hold them after their lifecycle. */
    static List<DataResource> resources(int count, long seed) {
        List<DemoOrganization> orgs = DemoOrganizations.provinceAndCity();
        List<DemoResource> drafts = drafts(count, seed);
        List<DataResource> out = new ArrayList<>(count);
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < drafts.size(); i++) {
            ResourceDraft d = drafts.get(i).draft();
            DemoOrganization org = orgs.get((int) (long) d.organizationId() - 1);
            // spread resources over the organization's division and synthetic divisions below it
            String division = belowOrAt(org.divisionCode(), i);
            LifecycleState state = drafts.get(i).target();
            Instant at = base.plusSeconds(i * 37L);
            out.add(new DataResource(i + 1, "R" + division.substring(0, 6) + "-" + (100000 + i), d.title(),
                    d.description(), d.organizationId(), org.name(), division, DivisionLevel.ofCode(division), d.theme(),
                    d.keywords(), d.fields(), d.updateFrequency(), d.licence(), d.contact(), d.grade(), d.sensitivity(),
                    d.sharing(), d.opening(), d.highQuality(), state,
                    state == LifecycleState.REJECTED ? "字段说明不完整" : null, 3, at, at,
                    state == LifecycleState.PUBLISHED || state == LifecycleState.RETIRED ? at : null));
        }
        return out;
    }

    private static String belowOrAt(String division, int i) {
        if (!division.startsWith("4200") && i % 3 != 0) {
            // counties 01..09, townships 001..009 and villages 001..009 under the city
            String county = division.substring(0, 4) + String.format("%02d", 1 + i % 9);
            return switch (i % 3) {
                case 1 -> county + "000000";
                default -> county + String.format("%03d", 100 + i % 7) + String.format("%03d", 1 + i % 5);
            };
        }
        return division;
    }
}
