package org.sunlight.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a citizen typed into a Lucene query. No query syntax: every whitespace-separated term must
 * match (AND), as a power code or as a contiguous run of text. Each term is looked for as bigram phrases
 * (finds a part of a word: 仪征 in 仪征市) in the name and in the rest of the guide, and as smartcn word phrases
 * in the name (ranks names holding the query as whole words up); matches in the name weigh most, so items
 * named after the query come first.
 */
final class CatalogQueryBuilder {

    static final float CODE_BOOST = 20f;
    static final float NAME_BIGRAM_BOOST = 6f;
    static final float NAME_WORD_BOOST = 3f;
    static final float BODY_BIGRAM_BOOST = 1f;
    static final int MAX_TERMS = 8;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");
    /** Punctuation and symbols split a term into parts that must all match, each as a contiguous run. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");

    private final Analyzer analyzer = SearchAnalyzers.forQuery();
    private final QueryBuilder analysis = new QueryBuilder(analyzer);

    /** The query for {@code text}, or null when nothing searchable is left in it. */
    Query text(String text) {
        List<String> terms = Arrays.stream(WHITESPACE.split(text.strip())).filter(t -> !t.isEmpty()).limit(MAX_TERMS).toList();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms) {
            Query q = term(term);
            if (q != null) {
                all.add(q, Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    /**
     * The same terms against one bigram field only, for the highlighter: it looks for matches of every
     * clause in every document it marks, so a query with only the field being highlighted is much cheaper.
     */
    Query highlight(String text, String field) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (String raw : Arrays.stream(WHITESPACE.split(text.strip())).filter(t -> !t.isEmpty()).limit(MAX_TERMS).toList()) {
            for (String part : PUNCTUATION.split(raw)) {
                if (!part.isBlank()) {
                    Query q = BigramPhrase.of(analyzer, field, part);
                    if (q != null) {
                        any.add(q, Occur.SHOULD);
                        n++;
                    }
                }
            }
        }
        return n == 0 ? null : any.build();
    }

    private Query term(String raw) {
        List<Query> parts = new ArrayList<>();
        for (String part : PUNCTUATION.split(raw)) {
            if (!part.isBlank()) {
                Query q = part(part);
                if (q != null) {
                    parts.add(q);
                }
            }
        }
        BooleanQuery.Builder term = new BooleanQuery.Builder();
        term.add(new BoostQuery(new TermQuery(new Term(IndexFields.CODE, raw)), CODE_BOOST), Occur.SHOULD);
        if (!parts.isEmpty()) {
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            parts.forEach(p -> text.add(p, Occur.MUST));
            term.add(parts.size() == 1 ? parts.get(0) : text.build(), Occur.SHOULD);
        }
        return term.build();
    }

    private Query part(String part) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        n += add(any, BigramPhrase.of(analyzer, IndexFields.NAME_BIGRAMS, part), NAME_BIGRAM_BOOST);
        n += add(any, BigramPhrase.of(analyzer, IndexFields.BODY_BIGRAMS, part), BODY_BIGRAM_BOOST);
        n += add(any, analysis.createPhraseQuery(IndexFields.NAME_WORDS, part), NAME_WORD_BOOST);
        return n == 0 ? null : any.build();
    }

    private static int add(BooleanQuery.Builder b, Query q, float boost) {
        if (q == null) {
            return 0;
        }
        b.add(new BoostQuery(q, boost), Occur.SHOULD);
        return 1;
    }
}
