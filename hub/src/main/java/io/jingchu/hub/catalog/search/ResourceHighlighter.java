package io.jingchu.hub.catalog.search;

import static io.jingchu.hub.catalog.search.ResourceDocuments.DESCRIPTION;
import static io.jingchu.hub.catalog.search.ResourceDocuments.FIELDS;
import static io.jingchu.hub.catalog.search.ResourceDocuments.FIELDS_GRAMS;
import static io.jingchu.hub.catalog.search.ResourceDocuments.KEYWORDS;
import static io.jingchu.hub.catalog.search.ResourceDocuments.KEYWORDS_GRAMS;
import static io.jingchu.hub.catalog.search.ResourceDocuments.TITLE;
import static io.jingchu.hub.catalog.search.ResourceDocuments.TITLE_GRAMS;

import io.jingchu.hub.catalog.DataResource;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Snippets of the hits with the matched words in {@code <em>}. Every other character is HTML-escaped by
 * the formatter, so a title holding {@code <script>} comes back as text. Offsets come from the postings
 * and the text from the already decoded resources: highlighting reads nothing else from the index.
 */
final class ResourceHighlighter {

    /** In the order snippets are listed. */
    private static final List<String> FIELD_ORDER = List.of(TITLE, KEYWORDS, FIELDS, DESCRIPTION);
    private static final Map<String, Integer> PASSAGES = Map.of(TITLE, 1, KEYWORDS, 1, FIELDS, 1, DESCRIPTION, 2);
    /** A matched pair of characters highlights the word field it was indexed from. */
    private static final Map<String, Set<String>> GRAMS_OF = Map.of(
            TITLE, Set.of(TITLE_GRAMS), KEYWORDS, Set.of(KEYWORDS_GRAMS), FIELDS, Set.of(FIELDS_GRAMS));
    private static final int SNIPPET_LENGTH = 120;

    private final ResourceAnalyzers analyzers;

    ResourceHighlighter(ResourceAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * For each hit, in the order given: field → snippet, for the fields where one of the terms occurs.
     *
     * @param terms a disjunction of term queries (see {@link TextQueryParser.ParsedText#highlight()})
     */
    List<Map<String, String>> highlight(IndexSearcher searcher, Query terms, int[] docIds,
            List<DataResource> resources) throws IOException {
        Map<Integer, DataResource> byDoc = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byDoc.put(docIds[i], resources.get(i));
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzers.forIndex())
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0)
                .withScorer(new MatchCountScorer())
                // plain terms, matched term by term in the postings: the cheapest way the highlighter has
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withHandleMultiTermQuery(false)
                .withPassageRelevancyOverSpeed(false)
                .withMaskedFieldsFunc(field -> GRAMS_OF.getOrDefault(field, Set.of()));
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    DataResource resource = byDoc.get(doc);
                    CharSequence[] texts = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String text = ResourceDocuments.text(fields[f], resource);
                        texts[f] = text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
                    }
                    values.add(texts);
                }
                return values;
            }
        };
        String[] fields = FIELD_ORDER.toArray(String[]::new);
        int[] passages = FIELD_ORDER.stream().mapToInt(PASSAGES::get).toArray();
        Map<String, String[]> snippets = highlighter.highlightFields(fields, terms, docIds, passages);

        List<Map<String, String>> perHit = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Map<String, String> hit = new LinkedHashMap<>();
            for (String field : FIELD_ORDER) {
                String snippet = snippets.get(field)[i];
                if (snippet != null && !snippet.isEmpty()) {
                    hit.put(field, joinAdjacent(snippet));
                }
            }
            perHit.add(hit);
        }
        return perHit;
    }

    /**
     * {@code <em>公交</em><em>站</em>} reads as {@code <em>公交站</em>}. Text outside the tags is escaped, so
     * this sequence can only be two of our own tags.
     */
    private static String joinAdjacent(String snippet) {
        return snippet.replace("</em><em>", "");
    }

    /**
     * Ranks a field's passages by how many different query terms they hold, then by how many matches, the
     * earlier the better. Enough for catalog texts, and unlike the default BM25 passage scorer it allocates
     * nothing per passage.
     */
    private static final class MatchCountScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int matches = passage.getNumMatches();
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = terms[j].bytesEquals(terms[i]);
                }
                if (!seen) {
                    distinct++;
                }
            }
            return (distinct + 0.1f * matches) * norm(passage.getStartOffset());
        }
    }
}
