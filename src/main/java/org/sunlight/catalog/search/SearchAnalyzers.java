package org.sunlight.catalog.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways Chinese text is cut. smartcn finds dictionary words (物业 / 服务 / 企业), which ranks whole
 * words well but misses a part of a word it did not cut out (仪征 inside 仪征市 is one word to smartcn).
 * CJK bigrams (物业, 业服, 服务, …) find any run of two or more characters wherever it stands. The name is
 * indexed both ways and a query searches both; the rest of the guide only as bigrams: smartcn costs about
 * five times the bigrams' time per character, the guide text is most of the characters, and a match there
 * weighs little in the ranking anyway (measured in docs/benchmarks.md, "Catalog search").
 */
public final class SearchAnalyzers {

    private SearchAnalyzers() {
    }

    /**
     * Index-time analysers. Names also get single characters in their bigram field so that a one-character
     * query (罚, 煤) still finds names; bodies get bigrams only, to keep the index small.
     */
    public static Analyzer forIndex() {
        return perField(bigrams(true), bigrams(false));
    }

    /** Query-time analysers: a query is cut into bigrams only (a lone character stays a unigram). */
    public static Analyzer forQuery() {
        return perField(bigrams(false), bigrams(false));
    }

    private static Analyzer perField(Analyzer nameBigrams, Analyzer bodyBigrams) {
        Analyzer words = new SmartChineseAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                IndexFields.NAME_WORDS, words,
                IndexFields.NAME_BIGRAMS, nameBigrams,
                IndexFields.BODY_BIGRAMS, bodyBigrams));
    }

    /** StandardTokenizer (one token per CJK character, words for Latin and digits) folded and paired up. */
    static Analyzer bigrams(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(new CJKWidthFilter(in));
            }
        };
    }
}
