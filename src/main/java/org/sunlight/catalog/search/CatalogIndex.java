package org.sunlight.catalog.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerCategory;

/**
 * The Lucene index of the public catalog: one document per item holding its version in force. Plain
 * Lucene, no Spring: {@link CatalogSearch} feeds it from the database, the benchmark and unit tests feed
 * it directly. Writes are serialised by the caller; searches run concurrently on near-real-time readers
 * that see a change once {@link #refresh()} has run.
 */
public final class CatalogIndex implements Closeable {

    private static final FieldType STORED_WITH_OFFSETS = storedWithOffsets();
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.CODE_SORT, SortField.Type.STRING));
    private static final Sort BY_LIST_ORDER = new Sort(new SortField(IndexFields.DEPARTMENT, SortField.Type.LONG),
            new SortField(IndexFields.SEQ_NO, SortField.Type.INT), new SortField(IndexFields.CODE_SORT, SortField.Type.STRING));

    private final Directory directory;
    private final Analyzer indexAnalyzer = SearchAnalyzers.forIndex();
    private final CatalogQueryBuilder queries = new CatalogQueryBuilder();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** Opens an empty index in {@code directory} (anything there is wiped: the index is always rebuilt). */
    public CatalogIndex(Directory directory) {
        this(directory, true);
    }

    /** {@code create} false keeps what the directory holds (the benchmark reuses a built index). */
    public CatalogIndex(Directory directory, boolean create) {
        this.directory = directory;
        try {
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the catalog index", e);
        }
    }

    // ---- writing

    /** Empties the index (the new content becomes visible at the next {@link #refresh()}). */
    public void clear() {
        io(writer::deleteAll);
    }

    /** Adds or replaces the item's document. */
    public void put(IndexedItem item) {
        io(() -> writer.updateDocument(new Term(IndexFields.ID, Long.toString(item.itemId())), toDocument(item)));
    }

    /** Adds a document without looking for an older one: only right after {@link #clear()}. */
    public void add(IndexedItem item) {
        io(() -> writer.addDocument(toDocument(item)));
    }

    public void remove(long itemId) {
        io(() -> writer.deleteDocuments(new Term(IndexFields.ID, Long.toString(itemId))));
    }

    /** Makes the changes so far visible to searches. */
    public void refresh() {
        io(searchers::maybeRefreshBlocking);
    }

    /** Writes the changes to the directory (the index is rebuilt at start-up, so this is only tidiness). */
    public void commit() {
        io(writer::commit);
    }

    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** Number of index segments (diagnostics: a search visits each). */
    public int segments() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            release(searcher);
        }
    }

    /** Merges down to at most {@code maxSegments} segments: after a full build, fewer segments search faster. */
    public void forceMerge(int maxSegments) {
        io(() -> writer.forceMerge(maxSegments));
    }

    private Document toDocument(IndexedItem item) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, Long.toString(item.itemId()), Field.Store.YES));
        doc.add(new StringField(IndexFields.CODE, item.code(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.CODE_SORT, new BytesRef(item.code())));
        doc.add(new TextField(IndexFields.NAME_WORDS, item.name(), Field.Store.NO));
        doc.add(new Field(IndexFields.NAME_BIGRAMS, item.name(), STORED_WITH_OFFSETS));
        doc.add(new Field(IndexFields.BODY_BIGRAMS, item.body(), STORED_WITH_OFFSETS));
        doc.add(new StringField(IndexFields.CATEGORY, item.category().name(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.CATEGORY, new BytesRef(item.category().name())));
        doc.add(new StringField(IndexFields.DEPARTMENT, Long.toString(item.departmentId()), Field.Store.YES));
        doc.add(new NumericDocValuesField(IndexFields.DEPARTMENT, item.departmentId()));
        doc.add(new SortedDocValuesField(IndexFields.DEPARTMENT_FACET, new BytesRef(Long.toString(item.departmentId()))));
        doc.add(new StoredField(IndexFields.DEPARTMENT_NAME, item.departmentName()));
        for (String region : item.regionPath()) {
            doc.add(new StringField(IndexFields.REGION, region, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(IndexFields.REGION, new BytesRef(region)));
        }
        doc.add(new StoredField(IndexFields.REGION_CODE, item.regionCode()));
        doc.add(new StoredField(IndexFields.LIFECYCLE, item.lifecycle().name()));
        if (item.abolishedOn() != null) {
            doc.add(new StoredField(IndexFields.ABOLISHED_ON, item.abolishedOn().toString()));
        }
        doc.add(new StoredField(IndexFields.VERSION_NO, item.versionNo()));
        doc.add(new StoredField(IndexFields.EFFECTIVE_FROM, item.effectiveFrom().toString()));
        doc.add(new NumericDocValuesField(IndexFields.SEQ_NO, item.seqNo()));
        return doc;
    }

    private static FieldType storedWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        // offsets in the postings let the highlighter mark matches without analysing the text again
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    // ---- searching

    public SearchPage search(SearchQuery q) {
        IndexSearcher searcher = acquire();
        try {
            Query text = q.browsing() ? null : queries.text(q.text());
            String highlightText = q.browsing() ? null : q.text();
            if (!q.browsing() && text == null) {
                return new SearchPage(0, q.page(), q.size(), List.of(), Map.of(), Map.of(), Map.of());
            }
            Query query = filtered(text, q.category(), q.departmentId(), q.regionCode());
            int wanted = (q.page() + 1) * q.size();
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(q.browsing() ? BY_LIST_ORDER : BY_RELEVANCE,
                    wanted, null, Integer.MAX_VALUE));
            ScoreDoc[] slice = top.scoreDocs.length <= q.page() * q.size() ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, q.page() * q.size(), top.scoreDocs.length);
            List<SearchHit> hits = hits(searcher, highlightText, new TopDocs(top.totalHits, slice));
            Map<Long, Long> departments = Map.of();
            Map<PowerCategory, Long> categories = Map.of();
            Map<String, Long> regions = Map.of();
            if (q.withCounts()) {
                Counts byPlace = counts(searcher, text, q.category(), null, q.regionCode());
                Counts byCategory = counts(searcher, text, null, q.departmentId(), q.regionCode());
                departments = java.util.Collections.unmodifiableMap(byPlace.departments);
                regions = java.util.Collections.unmodifiableMap(byPlace.regions);
                categories = java.util.Collections.unmodifiableMap(byCategory.categories);
            }
            return new SearchPage(top.totalHits.value, q.page(), q.size(), hits, departments, categories, regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private static Query filtered(Query text, PowerCategory category, Long departmentId, String regionCode) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, text == null ? Occur.FILTER : Occur.MUST);
        if (category != null) {
            b.add(new TermQuery(new Term(IndexFields.CATEGORY, category.name())), Occur.FILTER);
        }
        if (departmentId != null) {
            b.add(new TermQuery(new Term(IndexFields.DEPARTMENT, departmentId.toString())), Occur.FILTER);
        }
        if (regionCode != null && !regionCode.isBlank()) {
            b.add(new TermQuery(new Term(IndexFields.REGION, regionCode)), Occur.FILTER);
        }
        return b.build();
    }

    private List<SearchHit> hits(IndexSearcher searcher, String text, TopDocs page) throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        String[] names = new String[page.scoreDocs.length];
        String[] snippets = new String[page.scoreDocs.length];
        if (text != null) {
            Query nameQuery = queries.highlight(text, IndexFields.NAME_BIGRAMS);
            Query bodyQuery = queries.highlight(text, IndexFields.BODY_BIGRAMS);
            if (nameQuery != null) {
                names = highlighter(searcher).highlight(IndexFields.NAME_BIGRAMS, nameQuery, page, 1);
            }
            if (bodyQuery != null) {
                snippets = highlighter(searcher).highlight(IndexFields.BODY_BIGRAMS, bodyQuery, page, 2);
            }
        }
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            ScoreDoc sd = page.scoreDocs[i];
            Document d = stored.document(sd.doc, STORED);
            String name = d.get(IndexFields.NAME_BIGRAMS);
            String abolished = d.get(IndexFields.ABOLISHED_ON);
            hits.add(new SearchHit(Long.parseLong(d.get(IndexFields.ID)), d.get(IndexFields.CODE), name,
                    PowerCategory.valueOf(d.get(IndexFields.CATEGORY)), Long.parseLong(d.get(IndexFields.DEPARTMENT)),
                    d.get(IndexFields.DEPARTMENT_NAME), d.get(IndexFields.REGION_CODE),
                    ItemLifecycle.valueOf(d.get(IndexFields.LIFECYCLE)), abolished == null ? null : LocalDate.parse(abolished),
                    d.getField(IndexFields.VERSION_NO).numericValue().intValue(), LocalDate.parse(d.get(IndexFields.EFFECTIVE_FROM)),
                    Float.isNaN(sd.score) ? 0f : sd.score,
                    names[i] != null ? names[i] : Html.escape(name),
                    snippets[i] != null && snippets[i].contains("<mark>") ? snippets[i] : null));
        }
        return hits;
    }

    /** Every stored field except the long guide text, which only the highlighter reads. */
    private static final Set<String> STORED = Set.of(IndexFields.ID, IndexFields.CODE, IndexFields.NAME_BIGRAMS, IndexFields.CATEGORY,
            IndexFields.DEPARTMENT, IndexFields.DEPARTMENT_NAME, IndexFields.REGION_CODE, IndexFields.LIFECYCLE, IndexFields.ABOLISHED_ON,
            IndexFields.VERSION_NO, IndexFields.EFFECTIVE_FROM);

    /**
     * The name is one passage (the whole name, escaped even without a match); the guide text gives up to two
     * sentences that match, or nothing. escape=true: the text is HTML-escaped first, then matches wrapped in mark.
     */
    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(2_000);
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                // the guide text holds one part per line (basis, conditions, a material…): a passage is a line
                return IndexFields.NAME_BIGRAMS.equals(field) ? new WholeBreakIterator() : new CustomSeparatorBreakIterator('\n');
            }

            @Override
            protected int getMaxNoHighlightPassages(String field) {
                return IndexFields.NAME_BIGRAMS.equals(field) ? 1 : 0;
            }
        };
    }

    // ---- counting

    private static final class Counts {
        final Map<Long, Long> departments = new HashMap<>();
        final Map<PowerCategory, Long> categories = new EnumMap<>(PowerCategory.class);
        final Map<String, Long> regions = new HashMap<>();
    }

    private record CountKey(Object reader, PowerCategory category, Long departmentId, String regionCode) {
    }

    /**
     * Counts without a query (the browse page: every visitor's first page) are the same until the index
     * changes, so they are kept per reader; a refresh opens a new reader and the old entries are dropped.
     */
    private final Map<CountKey, Counts> browseCounts = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CountKey, Counts> eldest) {
            return size() > 512;
        }
    });
    private volatile Object countedReader;

    private Counts counts(IndexSearcher searcher, Query text, PowerCategory category, Long departmentId, String regionCode) throws IOException {
        if (text != null) {
            return count(searcher, filtered(text, category, departmentId, regionCode));
        }
        Object reader = searcher.getIndexReader().getReaderCacheHelper() == null ? searcher.getIndexReader()
                : searcher.getIndexReader().getReaderCacheHelper().getKey();
        if (countedReader != reader) {
            browseCounts.clear();
            countedReader = reader;
        }
        CountKey key = new CountKey(reader, category, departmentId, regionCode);
        Counts cached = browseCounts.get(key);
        if (cached == null) {
            cached = count(searcher, filtered(null, category, departmentId, regionCode));
            browseCounts.put(key, cached);
        }
        return cached;
    }

    private static Counts count(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<CountingCollector, Counts>() {
            @Override
            public CountingCollector newCollector() {
                return new CountingCollector();
            }

            @Override
            public Counts reduce(Collection<CountingCollector> collectors) {
                Counts all = new Counts();
                for (CountingCollector c : collectors) {
                    c.counts.departments.forEach((k, v) -> all.departments.merge(k, v, Long::sum));
                    c.counts.categories.forEach((k, v) -> all.categories.merge(k, v, Long::sum));
                    c.counts.regions.forEach((k, v) -> all.regions.merge(k, v, Long::sum));
                }
                return all;
            }
        });
    }

    /**
     * Tallies department, category and region of every matching document from sorted doc values: per
     * segment, counts by ordinal in plain arrays, resolved to values once when the segment is done.
     */
    private static final class CountingCollector extends SimpleCollector {
        final Counts counts = new Counts();
        private SortedDocValues departments;
        private SortedDocValues categories;
        private SortedSetDocValues regions;
        private int[] departmentOrds;
        private int[] categoryOrds;
        private int[] regionOrds;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            departments = DocValues.getSorted(context.reader(), IndexFields.DEPARTMENT_FACET);
            categories = DocValues.getSorted(context.reader(), IndexFields.CATEGORY);
            regions = DocValues.getSortedSet(context.reader(), IndexFields.REGION);
            departmentOrds = new int[departments.getValueCount()];
            categoryOrds = new int[categories.getValueCount()];
            regionOrds = new int[(int) regions.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (departments.advanceExact(doc)) {
                departmentOrds[departments.ordValue()]++;
            }
            if (categories.advanceExact(doc)) {
                categoryOrds[categories.ordValue()]++;
            }
            if (regions.advanceExact(doc)) {
                for (int i = 0; i < regions.docValueCount(); i++) {
                    regionOrds[(int) regions.nextOrd()]++;
                }
            }
        }

        @Override
        public void finish() throws IOException {
            for (int ord = 0; ord < departmentOrds.length; ord++) {
                if (departmentOrds[ord] > 0) {
                    counts.departments.merge(Long.parseLong(departments.lookupOrd(ord).utf8ToString()), (long) departmentOrds[ord], Long::sum);
                }
            }
            for (int ord = 0; ord < categoryOrds.length; ord++) {
                if (categoryOrds[ord] > 0) {
                    counts.categories.merge(PowerCategory.valueOf(categories.lookupOrd(ord).utf8ToString()), (long) categoryOrds[ord], Long::sum);
                }
            }
            for (int ord = 0; ord < regionOrds.length; ord++) {
                if (regionOrds[ord] > 0) {
                    counts.regions.merge(regions.lookupOrd(ord).utf8ToString(), (long) regionOrds[ord], Long::sum);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    // ---- plumbing

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
