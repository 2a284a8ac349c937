package org.sunlight.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A phrase of bigrams that asks for every other bigram only. 建筑垃圾运输 is 建筑 垃圾 运输 at positions 0, 2,
 * 4 just as surely as the five overlapping bigrams at 0–4: each pair covers its two characters and the
 * positions leave no gap. Half the terms, half the postings to intersect, the same matches (a long query
 * of common bigrams was the slowest kind in the benchmark). Tokens that are not bigrams (Latin words,
 * digits, lone characters) are always kept.
 */
final class BigramPhrase {

    private static final String DOUBLE = "<DOUBLE>";

    private record Token(String text, int position, boolean bigram) {
    }

    private BigramPhrase() {
    }

    /** The query for {@code text} in a bigram field, or null when the text has no tokens. */
    static Query of(Analyzer analyzer, String field, String text) {
        List<Token> tokens = tokens(analyzer, field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int base = tokens.get(0).position();
        int lastKept = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            boolean skippable = !last && lastKept == i - 1 && i > 0
                    && t.bigram() && tokens.get(i - 1).bigram() && tokens.get(i + 1).bigram()
                    && tokens.get(i + 1).position() == t.position() + 1 && tokens.get(i - 1).position() == t.position() - 1;
            if (!skippable) {
                phrase.add(new Term(field, t.text()), t.position() - base);
                lastKept = i;
            }
        }
        return phrase.build();
    }

    private static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, DOUBLE.equals(type.type())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
