package com.safetycredit.ledger.server.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.command.application.Certifications;
import com.safetycredit.ledger.command.application.Certifications.Certification;
import com.safetycredit.ledger.command.application.EnterpriseRegistrations;
import com.safetycredit.ledger.command.application.EnterpriseRegistrations.RegisterEnterpriseRequest;
import com.safetycredit.ledger.command.application.Penalties;
import com.safetycredit.ledger.command.application.Penalties.Penalty;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.server.web.FieldProblems;
import com.safetycredit.ledger.server.web.ProblemResponses;
import com.safetycredit.ledger.server.web.ProblemTexts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Batch import of enterprises, penalties or certificates from a spreadsheet. Every row is checked exactly as the
 * API checks its request (the same Bean Validation and field checks) and, when committed, written through the same
 * use case as a POST of it, under an {@code Idempotency-Key} made from the row's key — so a file imported twice
 * appends each fact once. A dry run only checks. A commit is all-or-nothing (nothing is written unless every row
 * passes its checks) or row by row (the rows that pass are written, the others are reported).
 */
@Component
@Profile("command & query")
public class Imports {

    /** What happened to a row: {@code ACCEPTED} (dry run), {@code WRITTEN}, {@code REFUSED}, {@code NOT_WRITTEN}. */
    public record RowResult(int row, String key, String result, String id, Long position, List<RowProblem> problems) {}

    public record RowProblem(String field, String code, String message) {}

    public record ImportReport(
            String kind,
            boolean dryRun,
            boolean allOrNothing,
            int rows,
            int refused,
            int written,
            List<RowResult> results) {}

    /** The target every imported row is written under: the synchronous API's, as before jobs existed. */
    static final String ROW_TARGET = "POST /api/v1/imports";

    private final ObjectMapper json;
    private final Validator validator;
    private final EnterpriseRegistrations registrations;
    private final Penalties penalties;
    private final Certifications certifications;
    private final ProblemResponses problems;

    public Imports(
            ObjectMapper json,
            Validator validator,
            EnterpriseRegistrations registrations,
            Penalties penalties,
            Certifications certifications,
            ProblemResponses problems) {
        this.json = json;
        this.validator = validator;
        this.registrations = registrations;
        this.penalties = penalties;
        this.certifications = certifications;
        this.problems = problems;
    }

    /**
     * Told of each row whose result is known: a dry run counts the rows checked, a commit the rows written,
     * refused or left unwritten. The count only grows and ends at the number of rows.
     */
    @FunctionalInterface
    public interface Progress {
        void rowDone();

        Progress NONE = () -> {};
    }

    public ImportReport run(
            ImportKind kind, byte[] xlsx, boolean dryRun, boolean allOrNothing, RequestMetadata caller, Locale locale) {
        return run(kind, ImportSheet.read(kind, xlsx), dryRun, allOrNothing, caller, locale, Progress.NONE);
    }

    /** The rows of a file already read, each reported to {@code progress} when its result is known. */
    public ImportReport run(
            ImportKind kind,
            List<ImportSheet.Row> rows,
            boolean dryRun,
            boolean allOrNothing,
            RequestMetadata caller,
            Locale locale,
            Progress progress) {
        List<RowResult> checked = new ArrayList<>();
        List<Object> requests = new ArrayList<>();
        for (ImportSheet.Row row : rows) {
            requests.add(check(kind, row, locale, checked));
            if (dryRun) {
                progress.rowDone();
            }
        }
        long refused =
                checked.stream().filter(r -> "REFUSED".equals(r.result())).count();
        if (dryRun || (allOrNothing && refused > 0)) {
            if (!dryRun) {
                rows.forEach(row -> progress.rowDone());
            }
            return report(kind, dryRun, allOrNothing, checked);
        }
        List<RowResult> results = new ArrayList<>();
        boolean stopped = false;
        for (int i = 0; i < rows.size(); i++) {
            RowResult result = checked.get(i);
            if (!"ACCEPTED".equals(result.result())) {
                results.add(result);
            } else if (stopped) {
                results.add(new RowResult(result.row(), result.key(), "NOT_WRITTEN", null, null, List.of()));
            } else {
                RowResult written = write(kind, rows.get(i), requests.get(i), caller, locale);
                // all-or-nothing stops at a refusal the checks could not foresee (a conflict with the ledger)
                stopped = allOrNothing && "REFUSED".equals(written.result());
                results.add(written);
            }
            progress.rowDone();
        }
        return report(kind, false, allOrNothing, results);
    }

    /** The row as its API request, or {@code null} with every problem of the row recorded. */
    private Object check(ImportKind kind, ImportSheet.Row row, Locale locale, List<RowResult> checked) {
        List<RowProblem> found = new ArrayList<>(row.unreadable().stream()
                .map(field -> problem(new InvalidInputException("import-cell", field), locale))
                .toList());
        Object request = null;
        if (found.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>(row.values());
            if (kind != ImportKind.ENTERPRISES) {
                body.remove("uscc");
            }
            request = json.convertValue(body, kind.requestType());
            for (ConstraintViolation<Object> violation : validator.validate(request)) {
                found.add(problem(FieldProblems.of(violation), locale));
            }
            if (kind != ImportKind.ENTERPRISES && row.values().get("uscc") == null) {
                found.add(problem(new InvalidInputException("not-blank", "uscc"), locale));
            }
        }
        checked.add(new RowResult(
                row.number(), key(kind, row), found.isEmpty() ? "ACCEPTED" : "REFUSED", null, null, found));
        return found.isEmpty() ? request : null;
    }

    private RowResult write(
            ImportKind kind, ImportSheet.Row row, Object request, RequestMetadata caller, Locale locale) {
        // one door for every row, whichever way the file came (the console, the API, a job): a key is tied to the
        // request's target, and the same row committed again by another way must be the same request
        RequestMetadata asRow = new RequestMetadata(
                caller.actor(),
                caller.role(),
                caller.department(),
                caller.requestId(),
                caller.clientAddress(),
                idempotencyKey(kind, row),
                ROW_TARGET);
        String uscc = (String) row.values().get("uscc");
        try {
            WriteResponse response =
                    switch (kind) {
                        case ENTERPRISES -> registrations
                                .register(asRow, (RegisterEnterpriseRequest) request)
                                .response();
                        case PENALTIES -> penalties
                                .impose(asRow, uscc, (Penalty) request)
                                .response();
                        case CERTIFICATIONS -> certifications
                                .grant(asRow, uscc, (Certification) request)
                                .response();
                    };
            return new RowResult(
                    row.number(), key(kind, row), "WRITTEN", response.id(), response.position(), List.of());
        } catch (RuntimeException refused) {
            return new RowResult(row.number(), key(kind, row), "REFUSED", null, null, refusal(refused, locale));
        }
    }

    /** The refusal an API client would get for the row, its words in the reader's language. */
    @SuppressWarnings("unchecked")
    private List<RowProblem> refusal(RuntimeException refused, Locale locale) {
        if (refused instanceof LedgerProblem problem) {
            return problem.all().stream().map(p -> problem(p, locale)).toList();
        }
        ProblemDetail detail = problems.describe(refused);
        Object errors =
                detail.getProperties() == null ? null : detail.getProperties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty()) {
            return list.stream()
                    .map(e -> (Map<String, Object>) e)
                    .map(e -> new RowProblem(
                            (String) e.get("field"), (String) e.get("code"), String.valueOf(e.get("message"))))
                    .toList();
        }
        return List.of(new RowProblem(null, null, detail.getDetail()));
    }

    private static RowProblem problem(LedgerProblem problem, Locale locale) {
        return new RowProblem(problem.field(), problem.code(), ProblemTexts.message(problem, locale));
    }

    private static String key(ImportKind kind, ImportSheet.Row row) {
        return kind.key().stream()
                .map(field -> String.valueOf(row.values().getOrDefault(field, "")))
                .collect(Collectors.joining(" "));
    }

    /** The same row always gets the same key (a digest, so any text fits the key's characters). */
    static String idempotencyKey(ImportKind kind, ImportSheet.Row row) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind.code() + "\n" + key(kind, row)).getBytes(StandardCharsets.UTF_8));
            return "import-" + kind.code() + "-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportReport report(ImportKind kind, boolean dryRun, boolean allOrNothing, List<RowResult> results) {
        return new ImportReport(
                kind.code(),
                dryRun,
                allOrNothing,
                results.size(),
                (int) results.stream().filter(r -> "REFUSED".equals(r.result())).count(),
                (int) results.stream().filter(r -> "WRITTEN".equals(r.result())).count(),
                results);
    }
}
