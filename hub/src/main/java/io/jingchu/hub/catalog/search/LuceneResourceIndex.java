package io.jingchu.hub.catalog.search;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.common.HubProperties;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The catalog index in Lucene, kept under {@code <data dir>/index/catalog}.
 *
 * <p>Writes are near-real-time: a resource is searchable when {@link #index} returns, and commits to disk
 * are grouped ({@link SearchIndexProperties#commitInterval()}). A write never replaces a newer version of
 * the same resource with an older one, so writes arriving out of order leave the newest. A rebuild fills
 * a fresh directory while searches and writes go on against the old one, replays the writes that arrived
 * meanwhile, and then swaps. An index that cannot be read on start is set aside and replaced by an empty
 * one; {@link #size()} is then 0 and the catalog rebuilds it from the database.
 *
 * <p>Searches: Chinese words in title, keywords, field labels and names, description and organization
 * ({@link TextQueryParser}), a resource code exactly, the scope and facet filters inside the query
 * ({@link FilterQueries}), facet counts over every match ({@link FacetDimensions} says what the division
 * facet counts), exact totals, and snippets ({@link ResourceHighlighter}). Hits carry the stored resource.
 *
 * <p>Usable without Spring: {@code new LuceneResourceIndex(path)}; close it when done.
 */
@Component
public class LuceneResourceIndex implements ResourceIndex, Closeable {

    private static final Logger log = LoggerFactory.getLogger(LuceneResourceIndex.class);
    private static final int LOCK_STRIPES = 64;
    private static final SortField BY_CODE = new SortField(ResourceDocuments.CODE, SortField.Type.STRING);
    private static final Map<SearchQuery.Sort, Sort> SORTS = Map.of(
            SearchQuery.Sort.RELEVANCE, new Sort(SortField.FIELD_SCORE, BY_CODE),
            SearchQuery.Sort.UPDATED, new Sort(new SortField(ResourceDocuments.UPDATED, SortField.Type.LONG, true), BY_CODE),
            SearchQuery.Sort.TITLE, new Sort(new SortField(ResourceDocuments.TITLE_SORT, SortField.Type.STRING), BY_CODE),
            SearchQuery.Sort.CODE, new Sort(BY_CODE));

    private final SearchIndexProperties settings;
    private final IndexGenerations generations;
    private final ResourceAnalyzers analyzers = new ResourceAnalyzers();
    private final ResourceCodec codec = new ResourceCodec();
    private final FacetDimensions facets = new FacetDimensions();
    private final ResourceDocuments documents = new ResourceDocuments(codec, facets);
    private final TextQueryParser parser = new TextQueryParser(analyzers);
    private final ResourceHighlighter highlighter = new ResourceHighlighter(analyzers);
    /** Searches and writes share the current generation; swapping it in and closing take it alone. */
    private final ReentrantReadWriteLock generationLock = new ReentrantReadWriteLock();
    private final ReentrantLock rebuildLock = new ReentrantLock();
    /** Writes of one resource run one at a time, so that the version check and the write are one step. */
    private final Object[] resourceLocks = new Object[LOCK_STRIPES];
    private final @Nullable ScheduledExecutorService committer;
    /** Versions written since the searcher was last refreshed: the newest-version check must see them. */
    private final Map<Long, Long> unrefreshed = new java.util.concurrent.ConcurrentHashMap<>();

    private Generation current;
    private boolean closed;
    /** While a rebuild runs: the writes it must replay into the new index before swapping. */
    private volatile @Nullable Queue<DataResource> writesDuringRebuild;

    @Autowired
    public LuceneResourceIndex(HubProperties hub, SearchIndexProperties settings) {
        this(hub.dir("index/catalog"), settings);
    }

    public LuceneResourceIndex(Path directory) {
        this(directory, SearchIndexProperties.defaults());
    }

    public LuceneResourceIndex(Path directory, SearchIndexProperties settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.generations = new IndexGenerations(directory);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            resourceLocks[i] = new Object();
        }
        try {
            this.current = openOrCreate();
        } catch (IOException e) {
            analyzers.close();
            throw new UncheckedIOException("cannot open the catalog index in " + directory, e);
        }
        this.committer = settings.commitInterval().isZero() ? null : startCommitter(settings.commitInterval());
    }

    @Override
    public void index(DataResource resource) {
        Objects.requireNonNull(resource, "resource");
        Document doc = documents.toDocument(resource);
        generationLock.readLock().lock();
        try {
            Generation generation = open();
            synchronized (resourceLocks[Math.floorMod(Long.hashCode(resource.id()), LOCK_STRIPES)]) {
                Long pending = unrefreshed.get(resource.id());
                long known = pending != null ? pending : indexedVersion(generation, resource.id());
                if (known > resource.version()) {
                    return; // a newer version got here first
                }
                generation.writer().updateDocuments(ResourceDocuments.identity(resource), List.of(doc));
                unrefreshed.put(resource.id(), resource.version());
                Queue<DataResource> replay = writesDuringRebuild;
                if (replay != null) {
                    replay.add(resource);
                }
                if (committer == null) {
                    generation.writer().commit();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index resource " + resource.code(), e);
        } finally {
            generationLock.readLock().unlock();
        }
    }

    @Override
    public SearchResult search(SearchQuery query, SearchScope scope) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(scope, "scope");
        Optional<TextQueryParser.ParsedText> text = parser.parse(query.text());
        BooleanQuery.Builder lucene = new BooleanQuery.Builder()
                .add(text.map(TextQueryParser.ParsedText::query).orElseGet(MatchAllDocsQuery::new), Occur.MUST);
        FilterQueries.scope(scope).ifPresent(filter -> lucene.add(filter, Occur.FILTER));
        FilterQueries.facets(query.filters()).forEach(filter -> lucene.add(filter, Occur.FILTER));
        return withSearcher(searcher -> search(searcher, lucene.build(), text, query));
    }

    @Override
    public long rebuild(Consumer<Consumer<DataResource>> source) {
        Objects.requireNonNull(source, "source");
        rebuildLock.lock();
        try {
            return rebuildLocked(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the catalog index", e);
        } finally {
            rebuildLock.unlock();
        }
    }

    @Override
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public Map<Long, Long> versions() {
        return withSearcher(searcher -> {
            Map<Long, Long> versions = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ResourceDocuments.ID_VALUE);
                NumericDocValues found = DocValues.getNumeric(leaf.reader(), ResourceDocuments.VERSION);
                var live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && found.advanceExact(doc)) {
                        versions.put(ids.longValue(), found.longValue());
                    }
                }
            }
            return versions;
        });
    }

    /** Commits what is pending and releases the directory; the index cannot be used afterwards. */
    @Override
    public void close() {
        if (committer != null) {
            committer.shutdown();
            try {
                committer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        generationLock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            current.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the catalog index", e);
        } finally {
            generationLock.writeLock().unlock();
            analyzers.close();
        }
    }

    private SearchResult search(FacetedSearcher searcher, Query query, Optional<TextQueryParser.ParsedText> text,
            SearchQuery request) throws IOException {
        int wanted = (int) Math.min((long) request.offset() + request.limit(),
                Math.max(1, searcher.getIndexReader().maxDoc()));
        // without words every score is the same: ranking by relevance is ranking by code, minus the scoring
        Sort sort = text.isEmpty() && request.sort() == SearchQuery.Sort.RELEVANCE
                ? SORTS.get(SearchQuery.Sort.CODE) : SORTS.get(request.sort());
        // an exact total costs nothing extra: every match is visited anyway for the facet counts
        TopFieldCollectorManager top = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE);
        TopFieldDocs topDocs;
        @Nullable FacetsCollector matches = null;
        if (request.facets().isEmpty()) {
            topDocs = searcher.search(query, top);
        } else {
            Object[] collected = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
            topDocs = (TopFieldDocs) collected[0];
            matches = (FacetsCollector) collected[1];
        }

        ScoreDoc[] page = page(topDocs.scoreDocs, request.offset(), request.limit());
        if (request.sort() != SearchQuery.Sort.RELEVANCE && text.isPresent() && page.length > 0) {
            TopFieldCollector.populateScores(page, searcher, query);
        }
        List<DataResource> resources = new ArrayList<>(page.length);
        StoredFields storedFields = searcher.storedFields();
        for (ScoreDoc hit : page) {
            Document stored = storedFields.document(hit.doc, Set.of(ResourceDocuments.RESOURCE));
            resources.add(codec.decode(stored.getBinaryValue(ResourceDocuments.RESOURCE)));
        }
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        List<Map<String, String>> highlights = text.isPresent() && page.length > 0
                ? highlighter.highlight(searcher, text.get().highlight(), docIds, resources)
                : null;

        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(new SearchResult.Hit(resources.get(i), score(page[i], request.sort(), text.isPresent()),
                    highlights == null ? Map.of() : highlights.get(i)));
        }
        return new SearchResult(topDocs.totalHits.value, hits, facetCounts(searcher, matches, request));
    }

    private static ScoreDoc[] page(ScoreDoc[] top, int offset, int limit) {
        if (offset >= top.length) {
            return new ScoreDoc[0];
        }
        ScoreDoc[] page = new ScoreDoc[Math.min(limit, top.length - offset)];
        System.arraycopy(top, offset, page, 0, page.length);
        return page;
    }

    private static float score(ScoreDoc hit, SearchQuery.Sort sort, boolean scored) {
        if (!scored) {
            return 0f;
        }
        if (sort == SearchQuery.Sort.RELEVANCE && hit instanceof FieldDoc field && field.fields[0] instanceof Float value) {
            return value;
        }
        return Float.isNaN(hit.score) ? 0f : hit.score;
    }

    private Map<Facet, Map<String, Long>> facetCounts(FacetedSearcher searcher, @Nullable FacetsCollector matches,
            SearchQuery request) throws IOException {
        if (matches == null) {
            return Map.of();
        }
        // one count per doc-values field, shared by the dimensions it holds
        Map<String, Optional<Facets>> countsByField = new HashMap<>();
        Map<Facet, Map<String, Long>> result = new LinkedHashMap<>();
        for (Facet facet : request.facets()) {
            String dimension = FacetDimensions.dimension(facet, request.filters());
            String field = facets.indexField(dimension);
            Optional<SortedSetDocValuesReaderState> state = searcher.facetState(field);
            Optional<Facets> counts = countsByField.get(field);
            if (counts == null) {
                counts = state.isPresent()
                        ? Optional.of(new SortedSetDocValuesFacetCounts(state.get(), matches)) : Optional.empty();
                countsByField.put(field, counts);
            }
            result.put(facet, topValues(counts, state, dimension));
        }
        return result;
    }

    private Map<String, Long> topValues(Optional<Facets> counts, Optional<SortedSetDocValuesReaderState> state,
            String dimension) throws IOException {
        Map<String, Long> values = new LinkedHashMap<>();
        if (counts.isEmpty() || state.isEmpty() || state.get().getOrdRange(dimension) == null) {
            return values;
        }
        FacetResult top = counts.get().getTopChildren(settings.maxFacetValues(), dimension);
        if (top != null) {
            for (LabelAndValue value : top.labelValues) {
                values.put(value.label, value.value.longValue());
            }
        }
        return values;
    }

    private long rebuildLocked(Consumer<Consumer<DataResource>> source) throws IOException {
        Path directory = generations.create();
        IndexWriter writer = null;
        SearcherManager searchers = null;
        boolean swapped = false;
        writesDuringRebuild = new ConcurrentLinkedQueue<>();
        try {
            writer = newWriter(directory, OpenMode.CREATE, settings.rebuildBufferMb());
            long fed = feed(source, writer);
            Generation old;
            generationLock.writeLock().lock();
            try {
                open();
                Queue<DataResource> meanwhile = Objects.requireNonNull(writesDuringRebuild);
                writesDuringRebuild = null;
                replay(meanwhile, writer);
                writer.commit();
                searchers = new SearcherManager(writer, FacetedSearcher.factory(facets.config()));
                generations.makeCurrent(directory);
                old = current;
                current = new Generation(directory, writer, searchers);
                swapped = true;
            } finally {
                generationLock.writeLock().unlock();
            }
            log.info("Rebuilt the catalog index in {} with {} resources", directory, fed);
            closeAndRemove(old);
            return fed;
        } catch (IOException | RuntimeException e) {
            writesDuringRebuild = null;
            if (!swapped) {
                IOUtils.closeWhileHandlingException(searchers);
                if (writer != null) {
                    IOUtils.closeWhileHandlingException(writer::rollback, writer.getDirectory());
                }
                removeQuietly(directory);
            }
            throw e;
        }
    }

    private long feed(Consumer<Consumer<DataResource>> source, IndexWriter writer) {
        AtomicLong fed = new AtomicLong();
        source.accept(resource -> {
            try {
                writer.updateDocument(ResourceDocuments.idTerm(resource.id()), documents.toDocument(resource));
                fed.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return fed.get();
    }

    /** Writes that reached the old index during a rebuild, newest version of each resource, unless older. */
    private void replay(Collection<DataResource> writes, IndexWriter writer) throws IOException {
        if (writes.isEmpty()) {
            return;
        }
        Map<Long, DataResource> newest = writes.stream().collect(Collectors.toMap(DataResource::id, r -> r,
                (a, b) -> Comparator.comparingLong(DataResource::version).compare(a, b) >= 0 ? a : b));
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (DataResource resource : newest.values()) {
                if (indexedVersion(searcher, resource.id()) <= resource.version()) {
                    writer.updateDocuments(ResourceDocuments.identity(resource), List.of(documents.toDocument(resource)));
                }
            }
        }
    }

    private long indexedVersion(Generation generation, long id) throws IOException {
        IndexSearcher searcher = generation.searchers().acquire();
        try {
            return indexedVersion(searcher, id);
        } finally {
            generation.searchers().release(searcher);
        }
    }

    /** The version of the resource the index holds, or -1. */
    private static long indexedVersion(IndexSearcher searcher, long id) throws IOException {
        TopDocs found = searcher.search(new TermQuery(ResourceDocuments.idTerm(id)), 1);
        if (found.scoreDocs.length == 0) {
            return -1;
        }
        int doc = found.scoreDocs[0].doc;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues versions = DocValues.getNumeric(leaf.reader(), ResourceDocuments.VERSION);
        return versions.advanceExact(doc - leaf.docBase) ? versions.longValue() : -1;
    }

    private Generation openOrCreate() throws IOException {
        Optional<Path> existing = generations.current();
        Generation generation = null;
        if (existing.isPresent()) {
            try {
                generation = openGeneration(existing.get(), OpenMode.APPEND);
            } catch (LockObtainFailedException e) {
                throw e; // another process uses this index: never treat that as damage
            } catch (IOException e) {
                log.warn("The catalog index in {} cannot be read ({}); starting with an empty index",
                        existing.get(), e.toString());
            }
        }
        if (generation == null) {
            generation = openGeneration(generations.create(), OpenMode.CREATE);
            generation.writer().commit();
            generations.makeCurrent(generation.directory());
        }
        generations.removeAllExcept(generation.directory());
        return generation;
    }

    private Generation openGeneration(Path directory, OpenMode mode) throws IOException {
        IndexWriter writer = newWriter(directory, mode, IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
        try {
            return new Generation(directory, writer,
                    new SearcherManager(writer, FacetedSearcher.factory(facets.config())));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer::rollback, writer.getDirectory());
            throw e;
        }
    }

    private IndexWriter newWriter(Path path, OpenMode mode, double bufferMb) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            return new IndexWriter(directory, new IndexWriterConfig(analyzers.forIndex())
                    .setOpenMode(mode)
                    .setRAMBufferSizeMB(bufferMb));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    private ScheduledExecutorService startCommitter(Duration interval) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "catalog-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::commitPending, millis, millis, TimeUnit.MILLISECONDS);
        return executor;
    }

    private void commitPending() {
        generationLock.readLock().lock();
        try {
            if (!closed && current.writer().hasUncommittedChanges()) {
                current.writer().commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not commit the catalog index; will try again", e);
        } finally {
            generationLock.readLock().unlock();
        }
    }

    /**
     * Makes every write so far visible. Writes do not refresh the searcher themselves: reopening readers
     * after each of a burst of writes costs far more than the writes, so the next search pays for one
     * refresh instead. A write is still visible to any search that starts after it returns.
     */
    private void refreshIfWritten(Generation generation) throws IOException {
        if (unrefreshed.isEmpty()) {
            return;
        }
        Map<Long, Long> written = Map.copyOf(unrefreshed);
        generation.searchers().maybeRefreshBlocking();
        written.forEach(unrefreshed::remove);
    }

    private Generation open() {
        if (closed) {
            throw new IllegalStateException("the catalog index is closed");
        }
        return current;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        generationLock.readLock().lock();
        try {
            Generation generation = open();
            refreshIfWritten(generation);
            FacetedSearcher searcher = (FacetedSearcher) generation.searchers().acquire();
            try {
                return work.apply(searcher);
            } finally {
                generation.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the catalog index", e);
        } finally {
            generationLock.readLock().unlock();
        }
    }

    private void closeAndRemove(Generation old) {
        try {
            old.close();
            generations.remove(old.directory());
        } catch (IOException e) {
            log.warn("Could not remove the previous catalog index in {}; it is removed on the next start",
                    old.directory(), e);
        }
    }

    private void removeQuietly(Path directory) {
        try {
            generations.remove(directory);
        } catch (IOException e) {
            log.warn("Could not remove the unfinished catalog index in {}", directory, e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(FacetedSearcher searcher) throws IOException;
    }

    /** One directory of the index with its writer and its searchers. */
    private record Generation(Path directory, IndexWriter writer, SearcherManager searchers) implements Closeable {

        @Override
        public void close() throws IOException {
            IOUtils.close(searchers, writer, writer.getDirectory());
        }
    }
}
