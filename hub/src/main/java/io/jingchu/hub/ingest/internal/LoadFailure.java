package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.ingest.ValidationReport;
import org.jspecify.annotations.Nullable;

/** A load that cannot publish, with the validation report when validation got that far. */
final class LoadFailure extends DomainException {

    private final transient @Nullable ValidationReport report;

    LoadFailure(ErrorCode code, @Nullable String field, String detail, @Nullable ValidationReport report) {
        super(code, field, detail);
        this.report = report;
    }

    @Nullable ValidationReport report() {
        return report;
    }
}
