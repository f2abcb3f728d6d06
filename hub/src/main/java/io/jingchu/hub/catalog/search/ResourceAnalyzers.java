package io.jingchu.hub.catalog.search;

import java.io.Closeable;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.IOUtils;

/**
 * The two ways the index reads Chinese. SmartChinese splits text into words (宜昌市 / 公交 / 站点), which
 * ranks well but misses a query word that the document's sentence was split differently around (武汉 in
 * 武汉市空气质量). So the short fields are also indexed as single characters and character pairs, where
 * any run of characters the user types can be found as a phrase of pairs.
 */
final class ResourceAnalyzers implements Closeable {

    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer gramsForIndex = new HanGramAnalyzer(true);
    private final Analyzer gramsForQuery = new HanGramAnalyzer(false);
    private final Analyzer forIndex = new PerFieldAnalyzerWrapper(words, Map.of(
            ResourceDocuments.TITLE_GRAMS, gramsForIndex,
            ResourceDocuments.KEYWORDS_GRAMS, gramsForIndex,
            ResourceDocuments.FIELDS_GRAMS, gramsForIndex,
            ResourceDocuments.ORGANIZATION_GRAMS, gramsForIndex));

    /** SmartChinese words: what queries are split into and what the word fields hold. */
    Analyzer words() {
        return words;
    }

    /** Character pairs only (a lone character stays single): how a query word is looked up in gram fields. */
    Analyzer gramsForQuery() {
        return gramsForQuery;
    }

    /** What the index writer and the highlighter use: words, or grams for the gram fields. */
    Analyzer forIndex() {
        return forIndex;
    }

    @Override
    public void close() {
        IOUtils.closeWhileHandlingException(forIndex, words, gramsForIndex, gramsForQuery);
    }

    /** Han characters as overlapping pairs, optionally also one by one; other scripts as whole words. */
    private static final class HanGramAnalyzer extends Analyzer {

        private final boolean singles;

        HanGramAnalyzer(boolean singles) {
            this.singles = singles;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, singles);
            return new TokenStreamComponents(source, stream);
        }
    }
}
