package io.jingchu.hub.catalog.search;

import static io.jingchu.hub.catalog.search.ResourceDocuments.CODE;
import static io.jingchu.hub.catalog.search.ResourceDocuments.DESCRIPTION;
import static io.jingchu.hub.catalog.search.ResourceDocuments.FIELDS;
import static io.jingchu.hub.catalog.search.ResourceDocuments.FIELDS_GRAMS;
import static io.jingchu.hub.catalog.search.ResourceDocuments.KEYWORDS;
import static io.jingchu.hub.catalog.search.ResourceDocuments.KEYWORDS_GRAMS;
import static io.jingchu.hub.catalog.search.ResourceDocuments.ORGANIZATION;
import static io.jingchu.hub.catalog.search.ResourceDocuments.ORGANIZATION_GRAMS;
import static io.jingchu.hub.catalog.search.ResourceDocuments.TITLE;
import static io.jingchu.hub.catalog.search.ResourceDocuments.TITLE_GRAMS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns what someone typed into a Lucene query. The text is never given to a query syntax: it is only
 * analyzed into words, so {@code title:(}, {@code *:*} or {@code AND OR NOT} are words or nothing, never
 * operators, fields or errors. Each word may match any searched field (keywords and title weigh most);
 * short queries need all their words, longer ones most of them. The whole text also matches a resource
 * code exactly, which then ranks first.
 */
final class TextQueryParser {

    /** Longer input is cut: nobody searches a catalog with a paragraph, and work stays bounded. */
    static final int MAX_CHARS = 256;
    static final int MAX_WORDS = 16;
    /** A longer run of characters is looked up by its beginning; this keeps every query under Lucene's clause limit. */
    static final int MAX_GRAMS = 8;

    private static final float CODE_BOOST = 100f;
    private static final float TIE_BREAKER = 0.1f;
    private static final Map<String, Float> WORD_FIELDS = Map.of(
            TITLE, 3f, KEYWORDS, 2.5f, FIELDS, 1.5f, DESCRIPTION, 1f, ORGANIZATION, 1f);
    /**
     * A Chinese word is looked up in the character fields, where it is found whatever the segmenter did
     * with the text around it; the word fields of the same texts would find nothing more and cost a pass
     * over their postings for every match. The title's word field stays, so that a whole word in the title
     * ranks above a run of characters that only happens to spell it.
     */
    private static final Map<String, Float> HAN_WORD_FIELDS = Map.of(TITLE, 1.5f, DESCRIPTION, 1f);
    private static final Map<String, Float> GRAM_FIELDS = Map.of(
            TITLE_GRAMS, 2f, KEYWORDS_GRAMS, 2.5f, FIELDS_GRAMS, 1.5f, ORGANIZATION_GRAMS, 1f);

    private final ResourceAnalyzers analyzers;

    TextQueryParser(ResourceAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * What to search for and what to highlight, or empty when the text holds nothing to look for (blank or
     * only punctuation).
     */
    Optional<ParsedText> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String input = text.strip();
        if (input.length() > MAX_CHARS) {
            input = input.substring(0, MAX_CHARS);
        }
        List<String> words = words(input);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder allWords = new BooleanQuery.Builder();
        Set<Term> highlighted = new LinkedHashSet<>();
        for (String word : words) {
            allWords.add(wordQuery(word, highlighted), Occur.SHOULD);
        }
        allWords.setMinimumNumberShouldMatch(required(words.size()));
        Query code = new BoostQuery(
                new ConstantScoreQuery(new TermQuery(new Term(CODE, ResourceDocuments.codeKey(input)))), CODE_BOOST);
        Query query = new BooleanQuery.Builder()
                .add(allWords.build(), Occur.SHOULD)
                .add(code, Occur.SHOULD)
                .build();
        BooleanQuery.Builder anyTerm = new BooleanQuery.Builder();
        highlighted.forEach(term -> anyTerm.add(new TermQuery(term), Occur.SHOULD));
        return Optional.of(new ParsedText(query, anyTerm.build()));
    }

    /**
     * @param query what a resource must match, and how it scores
     * @param highlight the same words as plain terms: marking a page of hits term by term is many times
     *        cheaper than replaying the query's structure (phrases, minimum matches) on every field of every
     *        hit, and the snippets differ at most where a character pair also stands elsewhere in a short text
     */
    record ParsedText(Query query, Query highlight) {
    }

    private static int required(int words) {
        return words <= 3 ? words : (int) Math.ceil(words * 0.75);
    }

    private Query wordQuery(String word, Set<Term> highlighted) {
        List<Query> alternatives = new ArrayList<>(WORD_FIELDS.size());
        List<String> grams = word.codePoints().anyMatch(TextQueryParser::isHan)
                ? tokens(analyzers.gramsForQuery(), word).stream().limit(MAX_GRAMS).toList() : List.of();
        (grams.isEmpty() ? WORD_FIELDS : HAN_WORD_FIELDS).forEach((field, boost) -> {
            Term term = new Term(field, word);
            alternatives.add(new BoostQuery(new TermQuery(term), boost));
            highlighted.add(term);
        });
        if (!grams.isEmpty()) {
            GRAM_FIELDS.forEach((field, boost) -> {
                alternatives.add(new BoostQuery(gramQuery(field, grams), boost));
                grams.forEach(gram -> highlighted.add(new Term(field, gram)));
            });
        }
        return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /** A run of Han characters is found wherever its overlapping pairs stand next to each other. */
    private static Query gramQuery(String field, List<String> grams) {
        if (grams.size() == 1) {
            return new TermQuery(new Term(field, grams.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < grams.size(); i++) {
            phrase.add(new Term(field, grams.get(i)), i);
        }
        return phrase.build();
    }

    private List<String> words(String input) {
        Set<String> distinct = new LinkedHashSet<>(tokens(analyzers.words(), input));
        return distinct.stream().limit(MAX_WORDS).toList();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < MAX_CHARS) {
                if (increment.getPositionIncrement() > 0 && term.length() > 0) {
                    tokens.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            // analysis of an in-memory string does no I/O
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
