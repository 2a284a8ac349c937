package org.sunlight.bench.catalog;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.sunlight.catalog.search.PublicItemText;

/** How long each analyser takes over generated item texts (to see where index build time goes). */
public final class AnalyzerCost {

    public static void main(String[] args) throws Exception {
        SyntheticCatalog catalog = new SyntheticCatalog(1);
        List<SyntheticCatalog.Item> items = catalog.items(3_000);
        List<String> bodies = items.stream().map(i -> PublicItemText.of(i.content(), "仪征市住房和城乡建设局", "江苏省 扬州市 仪征市")).toList();
        long chars = bodies.stream().mapToLong(String::length).sum();
        System.out.printf("%d bodies, %,d chars, %.0f chars each%n", bodies.size(), chars, chars / (double) bodies.size());
        for (int round = 0; round < 2; round++) {
            time("smartcn", new SmartChineseAnalyzer(), bodies, chars);
            time("bigrams", bigrams(), bodies, chars);
        }
    }

    static Analyzer bigrams() throws Exception {
        var m = Class.forName("org.sunlight.catalog.search.SearchAnalyzers").getDeclaredMethod("bigrams", boolean.class);
        m.setAccessible(true);
        return (Analyzer) m.invoke(null, false);
    }

    static void time(String name, Analyzer a, List<String> texts, long chars) throws Exception {
        long s = System.nanoTime();
        long tokens = 0;
        for (String t : texts) {
            try (TokenStream ts = a.tokenStream("body", t)) {
                ts.reset();
                while (ts.incrementToken()) {
                    tokens++;
                }
                ts.end();
            }
        }
        long ms = (System.nanoTime() - s) / 1_000_000;
        System.out.printf("%s: %,d ms, %,d tokens, %,.0f chars/s%n", name, ms, tokens, chars * 1000.0 / Math.max(1, ms));
    }
}
