package io.jingchu.hub.catalog;

import io.jingchu.hub.region.DivisionLevel;
import java.time.Instant;

/** Test fixture: a resource as the ledger would hold it, made from a draft. */
public final class StoredResources {

    private StoredResources() {
    }

    public static DataResource stored(ResourceDraft d, long organizationId, LifecycleState state) {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        return new DataResource(1, d.code() == null ? "420500-000001" : d.code(), d.title(), d.description(),
                organizationId, "宜昌市交通运输局", "420500000000", DivisionLevel.CITY, d.theme(), d.keywords(),
                d.fields(), d.updateFrequency(), d.licence(), d.contact(), d.grade(), d.sensitivity(), d.sharing(),
                d.opening(), d.highQuality(), state, null, 1, at, at, state == LifecycleState.PUBLISHED ? at : null);
    }
}
