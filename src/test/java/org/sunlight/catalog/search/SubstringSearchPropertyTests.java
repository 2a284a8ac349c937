package org.sunlight.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerCategory;

/**
 * The property behind "a part of a word finds the whole": a Chinese query finds exactly the items whose
 * text contains it as a contiguous run, checked over seeded-random texts from a small alphabet (so runs
 * repeat and nearly-matching texts abound). Names answer queries of any length (they also index single
 * characters); the guide text answers queries of two characters or more.
 */
class SubstringSearchPropertyTests {

    private static final String ALPHABET = "物业服务企管理";

    @Test
    void aQueryFindsExactlyTheNamesContainingIt() throws IOException {
        check(true, 1, 20261126L);
    }

    @Test
    void aQueryOfTwoOrMoreCharactersFindsExactlyTheGuidesContainingIt() throws IOException {
        check(false, 2, 42L);
    }

    private void check(boolean inName, int minLength, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        try (CatalogIndex index = new CatalogIndex(new ByteBuffersDirectory())) {
            for (int i = 0; i < 150; i++) {
                String text = randomText(random, 4 + random.nextInt(12));
                texts.add(text);
                String code = "P" + i;
                index.put(new IndexedItem(i, code, i, inName ? text : "名称", PowerCategory.PENALTY, 1, "部门", "321081",
                        List.of("321081"), ItemLifecycle.ACTIVE, null, 1, LocalDate.of(2026, 1, 1), inName ? "正文" : text));
            }
            index.refresh();
            for (int q = 0; q < 300; q++) {
                String query;
                if (random.nextBoolean()) {
                    String source = texts.get(random.nextInt(texts.size()));
                    int len = minLength + random.nextInt(Math.max(1, Math.min(7, source.length()) - minLength + 1));
                    int start = random.nextInt(source.length() - len + 1);
                    query = source.substring(start, start + len);
                } else {
                    query = randomText(random, minLength + random.nextInt(6));
                }
                Set<String> expected = new TreeSet<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (texts.get(i).contains(query)) {
                        expected.add("P" + i);
                    }
                }
                Set<String> found = new TreeSet<>();
                for (int page = 0; page < 2; page++) {
                    index.search(SearchQuery.text(query).atPage(page, SearchQuery.MAX_SIZE)).hits().forEach(h -> found.add(h.code()));
                }
                assertThat(index.search(SearchQuery.text(query)).total()).as("total for %s", query).isEqualTo(expected.size());
                assertThat(found).as("query %s (seed %d, %s)", query, seed, inName ? "names" : "guides").isEqualTo(expected);
            }
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
