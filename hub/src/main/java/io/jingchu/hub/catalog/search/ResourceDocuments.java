package io.jingchu.hub.catalog.search;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.DivisionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * How a resource becomes a Lucene document: the names of its fields, what each holds, and the text the
 * highlighter marks up. The whole resource is stored in the document, so a search answers without the
 * database.
 */
final class ResourceDocuments {

    static final String ID = "id";
    /** The code as a lower-cased term (exact match) and as doc values (sorting). */
    static final String CODE = "code";
    static final String VERSION = "version";
    /** The resource id as a doc value, for reading every (id, version) pair without stored fields. */
    static final String ID_VALUE = "id.value";
    static final String UPDATED = "updated";
    static final String TITLE_SORT = "title.sort";
    static final String RESOURCE = "resource";
    /** Which catalogs a resource appears in for callers who do not see everything. */
    static final String VISIBLE = "visible";
    static final String VISIBLE_OPEN = "open";
    static final String VISIBLE_SHARED = "shared";

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String KEYWORDS = "keywords";
    static final String FIELDS = "fields";
    static final String ORGANIZATION = "organization";
    static final String TITLE_GRAMS = "title.grams";
    static final String KEYWORDS_GRAMS = "keywords.grams";
    static final String FIELDS_GRAMS = "fields.grams";
    static final String ORGANIZATION_GRAMS = "organization.grams";

    private static final String KEYWORD_SEPARATOR = "、";
    private static final String FIELD_SEPARATOR = "；";
    private static final int MAX_SORT_TITLE = 200;

    /** Full text with offsets in the postings, so highlighting needs neither stored text nor re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final ResourceCodec codec;
    private final FacetDimensions facets;

    ResourceDocuments(ResourceCodec codec, FacetDimensions facets) {
        this.codec = codec;
        this.facets = facets;
    }

    Document toDocument(DataResource resource) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(resource.id()), Field.Store.NO));
        doc.add(new StringField(CODE, codeKey(resource.code()), Field.Store.NO));
        doc.add(new SortedDocValuesField(CODE, new BytesRef(resource.code())));
        doc.add(new NumericDocValuesField(VERSION, resource.version()));
        doc.add(new NumericDocValuesField(ID_VALUE, resource.id()));
        doc.add(new NumericDocValuesField(UPDATED, resource.updatedAt().toEpochMilli()));
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(titleSortKey(resource.title()))));
        doc.add(new StoredField(RESOURCE, codec.encode(resource)));

        addText(doc, TITLE, TITLE_GRAMS, text(TITLE, resource));
        addText(doc, KEYWORDS, KEYWORDS_GRAMS, text(KEYWORDS, resource));
        addText(doc, FIELDS, FIELDS_GRAMS, text(FIELDS, resource));
        addText(doc, DESCRIPTION, null, text(DESCRIPTION, resource));
        doc.add(new TextField(ORGANIZATION, resource.organizationName(), Field.Store.NO));
        doc.add(new TextField(ORGANIZATION_GRAMS, resource.organizationName(), Field.Store.NO));

        if (resource.isOpen()) {
            doc.add(new StringField(VISIBLE, VISIBLE_OPEN, Field.Store.NO));
        }
        if (resource.state() == LifecycleState.PUBLISHED && resource.sharing().attribute() != SharingAttribute.NONE) {
            doc.add(new StringField(VISIBLE, VISIBLE_SHARED, Field.Store.NO));
        }
        FacetDimensions.values(resource).forEach((facet, value) ->
                doc.add(new StringField(filterField(facet), value, Field.Store.NO)));
        FacetDimensions.addValues(doc, resource);
        // a division filter matches the resource's own division and every division above it
        for (String ancestor : divisionAndAncestors(resource.divisionCode())) {
            doc.add(new StringField(filterField(Facet.DIVISION), ancestor, Field.Store.NO));
        }
        try {
            return facets.config().build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents an update replaces: the same resource by id, or another one that held its code. */
    static Query identity(DataResource resource) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(idTerm(resource.id())), Occur.SHOULD)
                .add(new TermQuery(new Term(CODE, codeKey(resource.code()))), Occur.SHOULD)
                .build();
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static String codeKey(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    static String filterField(Facet facet) {
        return "filter." + facet.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The text of a highlighted field exactly as indexed: the highlighter finds matches by their offsets
     * in the postings, so it must see the same characters.
     */
    static String text(String field, DataResource resource) {
        return switch (field) {
            case TITLE -> resource.title();
            case DESCRIPTION -> resource.description() == null ? "" : resource.description();
            case KEYWORDS -> String.join(KEYWORD_SEPARATOR, resource.keywords());
            case FIELDS -> resource.fields().stream().map(ResourceDocuments::describe)
                    .collect(Collectors.joining(FIELD_SEPARATOR));
            default -> throw new IllegalArgumentException("not a highlighted field: " + field);
        };
    }

    /**
     * The 12-digit codes of the division and of every division above it (宜昌市 and 湖北省 for a county of
     * 宜昌), so that filtering by a city finds what its counties, townships and villages hold.
     */
    static List<String> divisionAndAncestors(String divisionCode) {
        if (!DivisionCodes.isValid(divisionCode)) {
            return List.of(divisionCode);
        }
        int own = DivisionLevel.ofCode(divisionCode).significantDigits();
        List<String> codes = new ArrayList<>(DivisionLevel.values().length);
        for (DivisionLevel level : DivisionLevel.values()) {
            if (level.significantDigits() < own) {
                codes.add(DivisionCodes.pad(divisionCode.substring(0, level.significantDigits())));
            }
        }
        codes.add(divisionCode);
        return codes;
    }

    private static void addText(Document doc, String field, @Nullable String gramsField, String text) {
        if (text.isEmpty()) {
            return;
        }
        doc.add(new Field(field, text, TEXT_WITH_OFFSETS));
        if (gramsField != null) {
            doc.add(new Field(gramsField, text, TEXT_WITH_OFFSETS));
        }
    }

    private static String describe(FieldSpec field) {
        return field.label() + " " + field.name();
    }

    /** Titles sort in the order Chinese readers expect (by pinyin), not by code point. */
    private static byte[] titleSortKey(String title) {
        String head = title.length() > MAX_SORT_TITLE ? title.substring(0, MAX_SORT_TITLE) : title;
        // collators are not thread-safe; getInstance hands out a fresh copy
        return Collator.getInstance(Locale.CHINA).getCollationKey(head).toByteArray();
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
