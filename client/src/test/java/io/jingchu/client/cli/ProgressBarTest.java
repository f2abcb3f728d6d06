package io.jingchu.client.cli;

import static io.jingchu.client.testing.LoadJobDocument.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.client.Documents;
import io.jingchu.client.LoadJob;
import io.jingchu.client.testing.LoadJobDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter written = new StringWriter();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void withoutATerminalPlainLinesAreWrittenEveryFewSeconds() {
        ProgressBar bar = bar(false);

        bar.uploading(0, 1_000);
        later(1);
        bar.uploading(200, 1_000);
        later(4);
        bar.uploading(400, 1_000);
        later(1);
        bar.uploading(1_000, 1_000);
        bar.finish();

        assertThat(written.toString()).doesNotContain("\r").doesNotContain("[");
        assertThat(written.toString().lines()).containsExactly(
                "上传  0%  0 B / 1000 B",
                "上传  40%  400 B / 1000 B  80 B/s",
                "上传  100%  1000 B / 1000 B  167 B/s");
    }

    @Test
    void aPhaseThatReachedTheEndIsNotDrawnAgain() {
        ProgressBar bar = bar(false);

        bar.uploading(1_000, 1_000);
        later(1);
        bar.uploading(1_000, 1_000);

        assertThat(written.toString().lines()).hasSize(1);
    }

    @Test
    void theLoadPhaseShowsPercentRowsAndRate() {
        ProgressBar bar = bar(false);

        bar.loading(job(aJob().state("QUEUED").phase(null)));
        later(6);
        bar.loading(job(aJob().rows(123_456).percent(30).rowsPerSecond(20_576).phase("READING")));
        later(6);
        bar.loading(job(LoadJobDocument.aSucceededJob().rowsPerSecond(0)));

        assertThat(written.toString().lines()).containsExactly(
                "加载  0%  0 行",
                "加载  30%  123,456 行  20,576 行/秒  READING",
                "加载  100%  1,000 行  17 行/秒");
    }

    @Test
    void withoutARateFromTheHubTheRateIsMeasured() {
        ProgressBar bar = bar(false);

        bar.loading(job(aJob().rows(0)));
        later(10);
        bar.loading(job(aJob().rows(5_000).percent(50)));

        assertThat(written.toString().lines()).last().isEqualTo("加载  50%  5,000 行  500 行/秒  READING");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndEachPhaseKeepsItsLastLine() {
        ProgressBar bar = bar(true);

        bar.hashing(0, 2_048);
        later(1);
        bar.hashing(2_048, 2_048);
        bar.uploading(0, 2_048);
        later(1);
        bar.uploading(1_024, 2_048);
        bar.finish();

        String text = written.toString();
        assertThat(text).startsWith("\r计算 SHA-256  [------------------------]   0%  0 B / 2.0 KiB");
        assertThat(text).contains("\r计算 SHA-256  [########################] 100%  2.0 KiB / 2.0 KiB  2.0 KiB/s\n");
        assertThat(text).contains("\r上传  [############------------]  50%  1.0 KiB / 2.0 KiB  1.0 KiB/s\n");
        assertThat(text.chars().filter(character -> character == '\n')).as("one line per phase").hasSize(2);
    }

    @Test
    void aShorterRedrawBlanksWhatTheLongerLineLeft() {
        ProgressBar bar = bar(true);

        bar.loading(job(aJob().rows(10).percent(1).phase("一个很长的阶段名称")));
        later(1);
        bar.loading(job(aJob().rows(20).percent(2).phase(null)));

        String[] draws = written.toString().split("\r");
        assertThat(Table.width(draws[2])).isEqualTo(Table.width(draws[1]));
        assertThat(draws[2]).endsWith("   ");
    }

    @Test
    void notesGetTheirOwnLineAndNothingIsDrawnAfterSuspending() {
        ProgressBar bar = bar(true);

        bar.uploading(10, 100);
        bar.note("继续上次未完成的上传");
        bar.suspend();
        later(1);
        bar.uploading(100, 100);

        assertThat(written.toString()).endsWith("继续上次未完成的上传\n").doesNotContain("100%");
    }

    private ProgressBar bar(boolean terminal) {
        return new ProgressBar(new PrintWriter(written), terminal, Messages.of(JingchuCommand.Language.zh), clock::get);
    }

    private void later(long seconds) {
        clock.addAndGet(seconds * 1_000_000_000L);
    }

    private static LoadJob job(LoadJobDocument document) {
        return Documents.read(document.json(), LoadJob.class);
    }
}
