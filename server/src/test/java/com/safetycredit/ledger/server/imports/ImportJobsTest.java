package com.safetycredit.ledger.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.ForbiddenException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.server.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bounds of the import jobs kept in memory: at most so many, a finished one only for so long, a new one
 * refused while every kept job is still running; and a job the process lost (or another account's) is not shown.
 */
class ImportJobsTest {

    static final RequestMetadata CLERK = new RequestMetadata("clerk", "REGISTRAR", null, "r", null, null, "POST /");
    static final byte[] FILE = Spreadsheet.of(
            "sheet",
            List.of("统一社会信用代码", "企业名称", "行业", "区域").stream()
                    .map(heading -> new Spreadsheet.Column<String>(heading, 20, row -> row))
                    .toList(),
            List.of("91330482MA0000030P", "91330482MA0000031N"));

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T02:00:00Z"));
    final CountDownLatch release = new CountDownLatch(1);
    /** Checks nothing: each row done at once, the job held running until released. */
    final Imports held = new Imports(null, null, null, null, null, null) {
        @Override
        public Imports.ImportReport run(
                ImportKind kind,
                List<ImportSheet.Row> rows,
                boolean dryRun,
                boolean allOrNothing,
                RequestMetadata caller,
                Locale locale,
                Progress progress) {
            rows.forEach(row -> progress.rowDone());
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Imports.ImportReport(kind.code(), dryRun, allOrNothing, rows.size(), 0, 0, List.of());
        }
    };

    final ImportJobs jobs = new ImportJobs(held, clock, 2, Duration.ofHours(1), 2);

    @AfterEach
    void stop() {
        release.countDown();
        jobs.stop();
    }

    ImportJobs.Job start() {
        return jobs.start(ImportKind.ENTERPRISES, FILE, true, true, CLERK, Locale.CHINA);
    }

    @Test
    void aNewJobIsRefusedWhileAsManyAsAreKeptAreRunningThenTheOldestFinishedMakesRoom() {
        ImportJobs.Job first = start();
        ImportJobs.Job second = start();
        await().until(() -> first.view().done() == 2 && second.view().done() == 2);
        assertThat(first.view().status()).isEqualTo("RUNNING");
        assertThat(first.view().report()).as("no report before the end").isNull();
        assertThatThrownBy(this::start)
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "import-jobs-busy");

        release.countDown();
        await().until(() -> first.finished() && second.finished());
        assertThat(first.view().report().rows()).isEqualTo(2);
        ImportJobs.Job third = start();
        assertThat(jobs.find(third.id(), "clerk", false)).isSameAs(third);
        long kept = List.of(first, second).stream()
                .filter(job -> {
                    try {
                        jobs.find(job.id(), "clerk", false);
                        return true;
                    } catch (NotFoundException forgotten) {
                        return false;
                    }
                })
                .count();
        assertThat(kept).as("one finished job forgotten to keep two").isEqualTo(1);
    }

    @Test
    void aFinishedJobIsForgottenAfterItsAgeAndIsOnlyItsStartersOrAnAdministrators() {
        release.countDown();
        ImportJobs.Job job = start();
        await().until(job::finished);
        assertThatThrownBy(() -> jobs.find(job.id(), "another-clerk", false)).isInstanceOf(ForbiddenException.class);
        assertThat(jobs.find(job.id(), "admin", true)).isSameAs(job);

        clock.set(clock.instant().plus(Duration.ofMinutes(59)));
        assertThat(jobs.find(job.id(), "clerk", false)).isSameAs(job);
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        assertThatThrownBy(() -> jobs.find(job.id(), "clerk", false))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "unknown-import-job");
    }

    @Test
    void aJobOfAnotherProcessIsUnknown() {
        ImportJobs restarted = new ImportJobs(held, clock, 2, Duration.ofHours(1), 1);
        ImportJobs.Job job = start();
        assertThatThrownBy(() -> restarted.find(job.id(), "clerk", false)).isInstanceOf(NotFoundException.class);
        restarted.stop();
    }
}
