package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.server.imports.ImportController;
import com.safetycredit.ledger.server.imports.ImportJobs;
import com.safetycredit.ledger.server.imports.ImportKind;
import com.safetycredit.ledger.server.imports.ImportSheet;
import com.safetycredit.ledger.server.imports.Imports.ImportReport;
import com.safetycredit.ledger.server.imports.Imports.RowResult;
import com.safetycredit.ledger.server.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Batch import in the console: download the template, upload the filled-in file for a dry run that shows every
 * row's result, then commit it all-or-nothing or row by row. The dry run and the commit each run as a background
 * job ({@link ImportJobs}): the post answers at once with a redirect to the job's page, which shows the rows done
 * and refreshes itself (an HTTP {@code Refresh}, so without script too) until the job has finished, then shows
 * every row's result. The file waits in the clerk's session between the dry run and the commit; every post ends in
 * a redirect, so Back and Reload never send it twice.
 */
@ConsoleOnly
@Controller
public class ImportPage {

    private static final String FILE = "import.file";
    private static final String KIND = "import.kind";
    /** The job of the session's file last started, whose page may offer (or end) its commit. */
    private static final String JOB = "import.job";
    /** Seconds between refreshes of a running job's page. */
    private static final String REFRESH = "1";

    private final ImportJobs jobs;
    private final MessageSource messages;

    public ImportPage(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping("/imports")
    public String page(Model model, HttpSession session) {
        model.addAttribute("kinds", kinds());
        model.addAttribute("waiting", session.getAttribute(FILE) != null);
        model.addAttribute("waitingKind", session.getAttribute(KIND));
        return "import";
    }

    @GetMapping("/imports/template")
    public ResponseEntity<byte[]> template(@RequestParam String kind, Locale locale) {
        ImportKind chosen = ImportController.kind(kind);
        return Downloads.file(
                MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                "import-" + chosen.code() + ".xlsx",
                ImportSheet.template(chosen, locale));
    }

    /** The dry run: every row checked, nothing written; the file is kept for the commit. */
    @PostMapping("/imports")
    public String dryRun(
            @RequestParam String kind,
            @RequestParam(required = false) MultipartFile file,
            RequestMetadata caller,
            Locale locale,
            HttpSession session) {
        ImportKind chosen = ImportController.kind(kind);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import-unreadable", "file");
        }
        byte[] bytes = bytes(file);
        ImportJobs.Job job = jobs.start(chosen, bytes, true, true, caller, locale);
        session.setAttribute(FILE, bytes);
        session.setAttribute(KIND, chosen.code());
        session.setAttribute(JOB, job.id());
        return "redirect:/imports/jobs/" + job.id();
    }

    /** The commit of the file the dry run checked: {@code mode} {@code all} or {@code rows}. */
    @PostMapping("/imports/commit")
    public String commit(@RequestParam String mode, RequestMetadata caller, Locale locale, HttpSession session) {
        byte[] bytes = (byte[]) session.getAttribute(FILE);
        if (bytes == null) {
            return "redirect:/imports";
        }
        ImportKind kind = ImportController.kind((String) session.getAttribute(KIND));
        ImportJobs.Job job = jobs.start(kind, bytes, false, !"rows".equals(mode), caller, locale);
        session.setAttribute(JOB, job.id());
        return "redirect:/imports/jobs/" + job.id();
    }

    /**
     * A job: its progress while it runs (the page asks to be fetched again), every row's result once finished,
     * sorted and paged like the console's other tables; after a dry run, the commit of the file.
     */
    @GetMapping("/imports/jobs/{id}")
    public String job(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Locale locale,
            Model model) {
        ImportJobs.JobView job = jobs.find(id, principal.getName(), request.isUserInRole("ADMIN"))
                .view();
        boolean sessionsJob = id.equals(session.getAttribute(JOB));
        ImportReport report = job.report();
        if ("RUNNING".equals(job.status())) {
            response.setHeader("Refresh", REFRESH);
        } else if (report != null) {
            model.addAttribute("rows", TablePage.of(report.results(), columns(locale), sort, dir, page, size));
            if (sessionsJob && !report.dryRun() && (report.written() > 0 || report.refused() == 0)) {
                // written: the file is done with (a failed all-or-nothing keeps it, to be committed row by row)
                session.removeAttribute(FILE);
                session.removeAttribute(KIND);
                session.removeAttribute(JOB);
            }
        }
        model.addAttribute("job", job);
        model.addAttribute("report", report);
        model.addAttribute("base", "/imports/jobs/" + id);
        model.addAttribute("waiting", sessionsJob && report != null && session.getAttribute(FILE) != null);
        return "import-job";
    }

    /** The result table's sortable columns: the row by its number, the result by its label, the record's key. */
    private Map<String, Function<RowResult, String>> columns(Locale locale) {
        return Map.of(
                "row", r -> "%07d".formatted(r.row()),
                "result", r -> messages.getMessage("import.result." + r.result(), null, r.result(), locale),
                "key", RowResult::key);
    }

    private static List<String> kinds() {
        return Arrays.stream(ImportKind.values()).map(ImportKind::code).toList();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
