package io.jingchu.hub.catalog.search;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.DivisionLevel;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * What each facet counts and where its values live.
 *
 * <p>The attribute facets count the resource's own value. The division facet counts by division one level
 * below the narrowest division filter, down to townships: by city when there is none (or a province),
 * by county within a city, by township within a county or anything below. A resource above that level
 * counts under its own division. Counting by the resource's own division would list thousands of villages
 * with one resource each, and the ordinals of so many values would have to be rebuilt after every write.
 */
final class FacetDimensions {

    private static final List<DivisionLevel> DIVISION_LEVELS =
            List.of(DivisionLevel.CITY, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP);

    private final FacetsConfig config = new FacetsConfig();

    FacetDimensions() {
        for (Facet facet : Facet.values()) {
            if (facet != Facet.DIVISION) {
                // filters use their own fields (the division filter needs the ancestors), so no drill-down terms
                config.setDrillDownTermsIndexing(facet.name(), FacetsConfig.DrillDownTermsIndexing.NONE);
            }
        }
        for (DivisionLevel level : DIVISION_LEVELS) {
            String dimension = divisionDimension(level);
            config.setDrillDownTermsIndexing(dimension, FacetsConfig.DrillDownTermsIndexing.NONE);
            // each in its own field, so that a division level's ordinals are only built when it is counted
            config.setIndexFieldName(dimension, FacetsConfig.DEFAULT_INDEX_FIELD_NAME + ".division."
                    + level.name().toLowerCase(Locale.ROOT));
        }
    }

    FacetsConfig config() {
        return config;
    }

    /** The doc-values field that holds a dimension's values. */
    String indexField(String dimension) {
        return config.getDimConfig(dimension).indexFieldName;
    }

    /** The dimension a facet is counted by in a search with these filters. */
    static String dimension(Facet facet, Map<Facet, List<String>> filters) {
        if (facet != Facet.DIVISION) {
            return facet.name();
        }
        int narrowest = filters.getOrDefault(Facet.DIVISION, List.of()).stream()
                .map(value -> FilterQueries.normalize(Facet.DIVISION, value.strip()))
                .filter(DivisionCodes::isValid)
                .mapToInt(code -> DivisionLevel.ofCode(code).significantDigits())
                .max().orElse(0);
        for (DivisionLevel level : DIVISION_LEVELS) {
            if (level.significantDigits() > narrowest) {
                return divisionDimension(level);
            }
        }
        return divisionDimension(DivisionLevel.TOWNSHIP);
    }

    /** Adds the resource's facet values to its document (before {@link FacetsConfig#build}). */
    static void addValues(Document doc, DataResource resource) {
        values(resource).forEach((facet, value) -> doc.add(new SortedSetDocValuesFacetField(facet.name(), value)));
        for (DivisionLevel level : DIVISION_LEVELS) {
            doc.add(new SortedSetDocValuesFacetField(divisionDimension(level),
                    rollUp(resource.divisionCode(), level)));
        }
    }

    /** The values a resource is filtered and counted by (the division separately: it rolls up). */
    static Map<Facet, String> values(DataResource resource) {
        Map<Facet, String> values = new EnumMap<>(Facet.class);
        values.put(Facet.ORGANIZATION, Long.toString(resource.organizationId()));
        values.put(Facet.LEVEL, resource.level().name());
        values.put(Facet.THEME, resource.theme().name());
        values.put(Facet.GRADE, resource.grade().name());
        values.put(Facet.OPENING, resource.opening().attribute().name());
        values.put(Facet.SHARING, resource.sharing().attribute().name());
        values.put(Facet.STATE, resource.state().name());
        values.put(Facet.HIGH_QUALITY, Boolean.toString(resource.highQuality()));
        return values;
    }

    /** The division at this level that holds the code, or the code itself when it is above that level. */
    static String rollUp(String divisionCode, DivisionLevel level) {
        if (!DivisionCodes.isValid(divisionCode)
                || DivisionLevel.ofCode(divisionCode).significantDigits() <= level.significantDigits()) {
            return divisionCode;
        }
        return DivisionCodes.pad(divisionCode.substring(0, level.significantDigits()));
    }

    private static String divisionDimension(DivisionLevel level) {
        return Facet.DIVISION.name() + "." + level.name();
    }
}
