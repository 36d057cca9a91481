package com.safetycredit.ledger.server.imports;

import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.ForbiddenException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.server.imports.Imports.ImportReport;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Imports that run in the background, so that a large file answers at once and its progress can be watched. The
 * file is read (and an unreadable one refused) before the job starts; the rows are then checked and written by
 * {@link Imports}, exactly as a synchronous import does.
 *
 * <p>Jobs live in this process's memory only: a job that was running when the process stopped is unknown
 * afterwards (a 404). What it wrote is in the ledger, each row under an idempotency key made from the row's key,
 * so committing the same file again writes only the rows still missing. Memory is bounded: at most
 * {@code ledger.imports.jobs-kept} jobs are kept, a finished one for {@code ledger.imports.job-age}; when every
 * kept job is still running a new one is refused.
 */
@Component
@Profile("command & query")
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** What a client reads of a job; {@code report} only once it has finished. */
    public record JobView(
            String id,
            String kind,
            boolean dryRun,
            boolean allOrNothing,
            String status,
            int done,
            int total,
            Instant startedAt,
            Instant finishedAt,
            ImportReport report) {}

    /** One import: who started it, how far it has got, and its report once finished. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final ImportKind kind;
        private final boolean dryRun;
        private final boolean allOrNothing;
        private final int total;
        private final Instant startedAt;
        private final AtomicInteger done = new AtomicInteger();
        private volatile ImportReport report;
        private volatile Instant finishedAt;
        private volatile boolean failed;

        Job(String owner, ImportKind kind, boolean dryRun, boolean allOrNothing, int total, Instant startedAt) {
            this.owner = owner;
            this.kind = kind;
            this.dryRun = dryRun;
            this.allOrNothing = allOrNothing;
            this.total = total;
            this.startedAt = startedAt;
        }

        public String id() {
            return id;
        }

        public String owner() {
            return owner;
        }

        public boolean finished() {
            return finishedAt != null;
        }

        public JobView view() {
            // finishedAt is written after the report: a job seen finished has its report (unless it failed)
            Instant end = finishedAt;
            ImportReport finalReport = end == null ? null : report;
            return new JobView(
                    id,
                    kind.code(),
                    dryRun,
                    allOrNothing,
                    end == null ? "RUNNING" : failed ? "FAILED" : "FINISHED",
                    finalReport != null ? total : done.get(),
                    total,
                    startedAt,
                    end,
                    finalReport);
        }
    }

    private final Imports imports;
    private final Clock clock;
    private final int jobsKept;
    private final Duration jobAge;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers;

    public ImportJobs(
            Imports imports,
            Clock clock,
            @Value("${ledger.imports.jobs-kept:50}") int jobsKept,
            @Value("${ledger.imports.job-age:PT1H}") Duration jobAge,
            @Value("${ledger.imports.workers:2}") int workers) {
        this.imports = imports;
        this.clock = clock;
        this.jobsKept = jobsKept;
        this.jobAge = jobAge;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "import-job-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reads the file (refusing it at once if it cannot be read) and starts checking or writing its rows. */
    public Job start(
            ImportKind kind, byte[] xlsx, boolean dryRun, boolean allOrNothing, RequestMetadata caller, Locale locale) {
        List<ImportSheet.Row> rows = ImportSheet.read(kind, xlsx);
        Job job = new Job(caller.actor(), kind, dryRun, allOrNothing, rows.size(), clock.instant());
        synchronized (jobs) {
            makeRoom();
            jobs.put(job.id, job);
        }
        workers.execute(() -> run(job, rows, caller, locale));
        return job;
    }

    /** The job {@code id}, to the account that started it or an administrator. */
    public Job find(String id, String actor, boolean admin) {
        Job job = jobs.get(id == null ? "" : id);
        if (job == null || expired(job)) {
            throw new NotFoundException("unknown-import-job", "id", id);
        }
        if (!admin && !job.owner.equals(actor)) {
            throw new ForbiddenException("not-your-import-job", "id", id);
        }
        return job;
    }

    private void run(Job job, List<ImportSheet.Row> rows, RequestMetadata caller, Locale locale) {
        // refusals are worded in the language of whoever started the job, as a synchronous import words them
        LocaleContextHolder.setLocale(locale);
        try {
            job.report = imports.run(
                    job.kind, rows, job.dryRun, job.allOrNothing, caller, locale, job.done::incrementAndGet);
        } catch (RuntimeException fault) {
            log.error("import job {} stopped after {} of {} rows", job.id, job.done.get(), job.total, fault);
            job.failed = true;
        } finally {
            job.finishedAt = clock.instant();
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** Forgets expired jobs, then the oldest finished ones while the cap is reached; refuses if all are running. */
    private void makeRoom() {
        jobs.values().removeIf(this::expired);
        List<Job> finished = jobs.values().stream()
                .filter(Job::finished)
                .sorted(Comparator.comparing(j -> j.finishedAt))
                .toList();
        for (int i = 0; jobs.size() >= jobsKept && i < finished.size(); i++) {
            jobs.remove(finished.get(i).id);
        }
        if (jobs.size() >= jobsKept) {
            throw new ConflictException("import-jobs-busy", "file", jobsKept);
        }
    }

    private boolean expired(Job job) {
        return job.finished() && job.finishedAt.plus(jobAge).isBefore(clock.instant());
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
