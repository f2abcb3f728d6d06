package io.jingchu.hub.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.jspecify.annotations.Nullable;

/**
 * A searcher that keeps the facet ordinals of its reader. Building them walks every value of every
 * segment, so it happens at most once per facet field and reader: on the first search that counts that
 * field after a write, never on a write itself and never again for the same reader.
 */
final class FacetedSearcher extends IndexSearcher {

    private final FacetsConfig config;
    private final ConcurrentMap<String, Optional<SortedSetDocValuesReaderState>> states = new ConcurrentHashMap<>();

    private FacetedSearcher(IndexReader reader, FacetsConfig config) {
        super(reader);
        this.config = config;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) {
                return new FacetedSearcher(reader, config);
            }
        };
    }

    /** The ordinals of a facet field; empty while no document holds a value in it. */
    Optional<SortedSetDocValuesReaderState> facetState(String field) {
        return states.computeIfAbsent(field, this::buildState);
    }

    private Optional<SortedSetDocValuesReaderState> buildState(String field) {
        IndexReader reader = getIndexReader();
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
        if (info == null || info.getDocValuesType() != DocValuesType.SORTED_SET) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, field, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
