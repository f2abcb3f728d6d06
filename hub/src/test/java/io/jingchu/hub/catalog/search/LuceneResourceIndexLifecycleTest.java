package io.jingchu.hub.catalog.search;

import static io.jingchu.hub.catalog.search.Resources.aResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneResourceIndexLifecycleTest {

    private static final SearchIndexProperties COMMIT_EVERY_WRITE = new SearchIndexProperties(Duration.ZERO, 50, 16);

    @TempDir
    Path dir;

    private final List<LuceneResourceIndex> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(LuceneResourceIndex::close);
    }

    @Test
    void indexingAgainReplacesTheResourcesDocument() {
        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);
        DataResource first = aResource().titled("公交站点").build();
        index.index(first);

        index.index(Resources.from(first).titled("地铁站点").atVersion(2).build());

        assertThat(index.size()).isEqualTo(1);
        assertThat(codes(index, "公交")).isEmpty();
        assertThat(codes(index, "地铁")).containsExactly(first.code());
        assertThat(index.search(query(null), SearchScope.EVERYTHING).total()).isEqualTo(1);
    }

    @Test
    void versionsListEveryIndexedResourceOnceWithItsLatestVersion() {
        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);
        DataResource a = aResource().withId(7).withCode("HB-7").build();
        index.index(a);
        index.index(Resources.from(a).atVersion(3).build());
        index.index(aResource().withId(8).withCode("HB-8").build());

        assertThat(index.versions()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(7L, 3L, 8L, 1L));
    }

    @Test
    void indexingAResourceWithAnIndexedCodeReplacesTheOldDocument() {
        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);
        index.index(aResource().withId(1).withCode("HB-1").titled("公交站点").build());

        index.index(aResource().withId(2).withCode("HB-1").titled("地铁站点").build());

        assertThat(index.size()).isEqualTo(1);
        assertThat(codes(index, "站点")).containsExactly("HB-1");
        assertThat(index.search(query("地铁"), SearchScope.PUBLIC).hits().get(0).resource().id()).isEqualTo(2);
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);
        DataResource v1 = aResource().titled("公交站点").build();
        DataResource v3 = Resources.from(v1).titled("地铁站点").atVersion(3).build();
        index.index(v3);

        index.index(Resources.from(v1).titled("轮渡码头").atVersion(2).build());

        assertThat(index.search(query("站点"), SearchScope.PUBLIC).hits())
                .extracting(SearchResult.Hit::resource).containsExactly(v3);
    }

    @Test
    void rebuildReplacesTheWholeIndexAndRemovesTheOldDirectory() throws IOException {
        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);
        index.index(aResource().titled("旧的公交站点").build());
        Path before = currentGeneration();
        List<DataResource> fromDatabase = List.of(aResource().titled("空气质量").build(),
                aResource().titled("企业登记信息").build(), aResource().titled("公交线路").build());

        long indexed = index.rebuild(feed -> fromDatabase.forEach(feed));

        assertThat(indexed).isEqualTo(3);
        assertThat(index.size()).isEqualTo(3);
        assertThat(codes(index, "旧的")).isEmpty();
        assertThat(codes(index, "空气")).containsExactly(fromDatabase.get(0).code());
        assertThat(currentGeneration()).isNotEqualTo(before);
        assertThat(before).doesNotExist();
        assertThat(generationDirectories()).containsExactly(currentGeneration());
    }

    @Test
    void searchesUseTheOldIndexUntilTheRebuildIsComplete() {
        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);
        DataResource old = aResource().titled("公交站点").build();
        index.index(old);
        List<List<String>> seenDuringRebuild = new ArrayList<>();

        index.rebuild(feed -> {
            feed.accept(aResource().titled("地铁站点").build());
            seenDuringRebuild.add(codes(index, "站点"));
            feed.accept(aResource().titled("轮渡站点").build());
            seenDuringRebuild.add(codes(index, "站点"));
        });

        assertThat(seenDuringRebuild).containsExactly(List.of(old.code()), List.of(old.code()));
        assertThat(codes(index, "站点")).hasSize(2).doesNotContain(old.code());
    }

    @Test
    void writesDuringARebuildAreKeptUnlessTheRebuildHasANewerVersion() {
        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);
        DataResource updated = aResource().titled("公交站点").build();
        DataResource newer = aResource().titled("空气质量").atVersion(3).build();
        DataResource added = aResource().titled("企业登记信息").build();

        index.rebuild(feed -> {
            feed.accept(updated);
            feed.accept(newer);
            index.index(Resources.from(updated).titled("公交站点（新）").atVersion(2).build());
            index.index(Resources.from(newer).titled("空气质量（旧）").atVersion(2).build());
            index.index(added);
        });

        assertThat(index.size()).isEqualTo(3);
        assertThat(titles(index)).containsExactlyInAnyOrder("公交站点（新）", "空气质量", "企业登记信息");
    }

    @Test
    void aFailedRebuildLeavesTheOldIndexInPlace() throws IOException {
        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);
        DataResource old = aResource().titled("公交站点").build();
        index.index(old);
        Path before = currentGeneration();

        assertThatThrownBy(() -> index.rebuild(feed -> {
            feed.accept(aResource().titled("地铁站点").build());
            throw new IllegalStateException("database went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(codes(index, "站点")).containsExactly(old.code());
        assertThat(currentGeneration()).isEqualTo(before);
        assertThat(generationDirectories()).containsExactly(before);
        index.index(aResource().titled("轮渡站点").build());
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void theIndexSurvivesARestart() {
        LuceneResourceIndex first = open(SearchIndexProperties.defaults());
        DataResource resource = aResource().titled("公交站点").build();
        first.index(resource);
        first.close();

        LuceneResourceIndex second = open(SearchIndexProperties.defaults());

        assertThat(second.size()).isEqualTo(1);
        assertThat(codes(second, "公交")).containsExactly(resource.code());
    }

    @Test
    void changesAreCommittedWithinTheCommitInterval() throws IOException {
        LuceneResourceIndex index = open(new SearchIndexProperties(Duration.ofMillis(50), 50, 16));
        index.index(aResource().build());
        Path generation = currentGeneration();

        await().atMost(Duration.ofSeconds(10)).until(() -> committedDocs(generation) == 1);
    }

    @Test
    void startsEmptyWithoutAnIndexDirectory() {
        LuceneResourceIndex index = open(SearchIndexProperties.defaults(), dir.resolve("missing/index"));

        assertThat(index.size()).isZero();
        assertThat(index.search(query(null), SearchScope.EVERYTHING).total()).isZero();
    }

    @Test
    void startsEmptyWhenTheIndexCannotBeRead() throws IOException {
        LuceneResourceIndex first = open(COMMIT_EVERY_WRITE);
        first.index(aResource().titled("公交站点").build());
        first.close();
        Path damaged = currentGeneration();
        try (Stream<Path> files = Files.list(damaged)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "not an index", StandardCharsets.UTF_8);
            }
        }

        LuceneResourceIndex second = open(COMMIT_EVERY_WRITE);

        assertThat(second.size()).isZero();
        assertThat(damaged).doesNotExist();
        DataResource resource = aResource().titled("空气质量").build();
        second.index(resource);
        assertThat(codes(second, "空气")).containsExactly(resource.code());
    }

    @Test
    void startsEmptyWhenTheCurrentGenerationIsMissing() throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("CURRENT"), "gen-000042\n");

        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);

        assertThat(index.size()).isZero();
        assertThat(currentGeneration()).exists();
    }

    @Test
    void aSecondIndexOnTheSameDirectoryIsRefusedAndDestroysNothing() {
        LuceneResourceIndex first = open(COMMIT_EVERY_WRITE);
        first.index(aResource().build());

        assertThatThrownBy(() -> open(COMMIT_EVERY_WRITE)).isInstanceOf(UncheckedIOException.class);

        assertThat(first.size()).isEqualTo(1);
    }

    @Test
    void aClosedIndexRefusesWork() {
        LuceneResourceIndex index = open(COMMIT_EVERY_WRITE);
        index.close();

        assertThatThrownBy(() -> index.index(aResource().build())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> index.search(query(null), SearchScope.PUBLIC)).isInstanceOf(IllegalStateException.class);
        index.close();
    }

    @Test
    void concurrentWritesAndSearchesAllSucceed() throws Exception {
        LuceneResourceIndex index = open(SearchIndexProperties.defaults());
        int writers = 4;
        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        DataResource resource = aResource().withCode("W" + writer + "-" + i).titled("公交站点" + i).build();
                        index.index(resource);
                        // visible as soon as index() returns, whatever the other threads do
                        assertThat(index.search(query(resource.code()), SearchScope.PUBLIC).hits())
                                .extracting(hit -> hit.resource().code()).first().isEqualTo(resource.code());
                        index.index(Resources.from(resource).atVersion(2).build());
                    }
                }));
            }
            List<Future<Long>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    long searches = 0;
                    while (writing.get()) {
                        SearchResult result = index.search(query("公交"), SearchScope.PUBLIC);
                        assertThat(result.total()).isLessThanOrEqualTo(writers * perWriter);
                        searches++;
                    }
                    return searches;
                }));
            }
            for (Future<?> task : tasks) {
                task.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<Long> reader : readers) {
                assertThat(reader.get(1, TimeUnit.MINUTES)).isPositive();
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }

        assertThat(index.size()).isEqualTo(writers * perWriter);
        assertThat(index.search(query("公交"), SearchScope.PUBLIC).total()).isEqualTo(writers * perWriter);
    }

    private LuceneResourceIndex open(SearchIndexProperties settings) {
        return open(settings, dir);
    }

    private LuceneResourceIndex open(SearchIndexProperties settings, Path path) {
        LuceneResourceIndex index = new LuceneResourceIndex(path, settings);
        opened.add(index);
        return index;
    }

    private Path currentGeneration() throws IOException {
        return dir.resolve(Files.readString(dir.resolve("CURRENT")).strip());
    }

    private List<Path> generationDirectories() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).toList();
        }
    }

    private static int committedDocs(Path generation) throws IOException {
        try (FSDirectory directory = FSDirectory.open(generation);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    private static SearchQuery query(String text) {
        return new SearchQuery(text, Map.of(), List.of(Facet.values()), Sort.RELEVANCE, 0, 100);
    }

    private static List<String> codes(LuceneResourceIndex index, String text) {
        return index.search(query(text), SearchScope.PUBLIC).hits().stream().map(hit -> hit.resource().code()).toList();
    }

    private static List<String> titles(LuceneResourceIndex index) {
        return index.search(query(null), SearchScope.EVERYTHING).hits().stream()
                .map(hit -> hit.resource().title()).toList();
    }
}
