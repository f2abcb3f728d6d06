package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.ingest.ValidationReport.ColumnProfile;
import io.jingchu.hub.ingest.ValidationReport.DuplicateKeys;
import io.jingchu.hub.ingest.ValidationReport.PersonalFinding;
import java.util.List;

/**
 * 数据质量评分, 0–100. Starts at 100 and loses up to 40 for rows set aside, up to 20 for rows sharing a key,
 * 15 for each field that looks like undeclared personal information (at most 30), and up to 10 for empty
 * values in optional fields (completeness).
 */
final class QualityScore {

    private QualityScore() {
    }

    static double of(long rowsRead, long rejected, List<ColumnProfile> columns, DuplicateKeys duplicates,
            List<PersonalFinding> personal, List<FieldSpec> fields) {
        double score = 100;
        if (rowsRead > 0) {
            score -= 40.0 * rejected / rowsRead;
            score -= 20.0 * Math.min(1, (double) duplicates.rowsInvolved() / rowsRead);
        }
        long personalFields = personal.stream().map(PersonalFinding::field).distinct().count();
        score -= Math.min(30, 15 * personalFields);
        double emptyShare = 0;
        int optional = 0;
        for (int i = 0; i < columns.size() && i < fields.size(); i++) {
            if (fields.get(i).nullable()) {
                long rows = rowsRead - rejected;
                emptyShare += rows == 0 ? 0 : (double) columns.get(i).nulls() / rows;
                optional++;
            }
        }
        if (optional > 0) {
            score -= 10 * emptyShare / optional;
        }
        return Math.round(Math.max(0, Math.min(100, score)) * 10) / 10.0;
    }
}
