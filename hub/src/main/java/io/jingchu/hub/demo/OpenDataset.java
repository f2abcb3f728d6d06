package io.jingchu.hub.demo;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One demo dataset with real content: its ledger entry and a writer of its rows as CSV with Chinese
 * headers, the way a department would export it.
 *
 * @param organizationCode the demo organization that owns it
 */
public record OpenDataset(String code, String organizationCode, String title, String description, Theme theme,
        List<String> keywords, List<FieldSpec> fields, UpdateFrequency frequency, Rows rows) {

    /** Writes the dataset's rows, header first. */
    @FunctionalInterface
    public interface Rows {
        void write(Writer out) throws IOException;
    }

    public ResourceDraft draft(long organizationId) {
        return new ResourceDraft(code, title, description, organizationId, theme, keywords, fields, frequency,
                "CC-BY-4.0", new Contact("开放数据专员", "0717-6000000", "opendata@example.org"), SecurityGrade.GENERAL,
                Sensitivity.L1, new SharingTerms(SharingAttribute.UNCONDITIONAL, null, null),
                new OpeningTerms(OpeningAttribute.UNCONDITIONAL, null, null), true);
    }
}
