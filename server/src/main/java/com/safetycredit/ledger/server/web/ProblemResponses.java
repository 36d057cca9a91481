package com.safetycredit.ledger.server.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.safetycredit.ledger.contracts.problems.AwardRefusedException;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.CriteriaNotMetException;
import com.safetycredit.ledger.contracts.problems.ForbiddenException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as an RFC 7807 problem ({@code application/problem+json}) with {@code type}, {@code title},
 * {@code status}, {@code detail}, and for invalid input an {@code errors} array of {@code {field, message}}.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://safety-credit-ledger.example/problems/";

    /**
     * The problem a refused write answers over REST, for callers in the same process — the staff console
     * shows exactly the refusal an API client would get.
     */
    public ProblemDetail describe(Exception e) {
        ResponseEntity<ProblemDetail> response = e instanceof LedgerProblem problem
                ? ledgerProblem(problem)
                : e instanceof CommandExecutionException failed
                        ? commandFailed(failed)
                        : e instanceof AggregateStreamCreationException exists
                                ? alreadyExists(exists)
                                : e instanceof AggregateNotFoundException unknown
                                        ? unknownEnterprise(unknown)
                                        : e instanceof ConcurrencyException concurrent
                                                ? concurrentChange(concurrent)
                                                : e instanceof IllegalArgumentException illegal
                                                        ? illegalArgument(illegal)
                                                        : unexpected(e);
        return response.getBody();
    }

    /**
     * A refusal of the ledger's own. Its detail is in Chinese where the refusal has it written, in English
     * under {@code ?lang=en} (or the console's English); one with a code lists it in {@code errors[]}.
     */
    @ExceptionHandler(LedgerProblem.class)
    ResponseEntity<ProblemDetail> ledgerProblem(LedgerProblem problem) {
        String detail = problem.detail(ProblemLanguage.english());
        List<Map<String, String>> errors = problem.code() == null
                ? List.of()
                : List.of(Map.of(
                        "field",
                        problem.field() == null ? "body" : problem.field(),
                        "code",
                        problem.code(),
                        "message",
                        detail));
        if (problem instanceof InvalidInputException) {
            return invalid(detail, errors);
        }
        if (problem instanceof AwardRefusedException refused) {
            return awardRefused(refused);
        }
        if (problem instanceof CriteriaNotMetException notMet) {
            return criteriaNotMet(notMet, detail);
        }
        HttpStatus status = problem instanceof NotFoundException
                ? HttpStatus.NOT_FOUND
                : problem instanceof ConflictException
                        ? HttpStatus.CONFLICT
                        : problem instanceof ForbiddenException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        ResponseEntity<ProblemDetail> response = problem(
                status, problem.code() != null ? problem.code() : slug(problem.title()), problem.title(), detail);
        if (!errors.isEmpty()) {
            response.getBody().setProperty("errors", errors);
        }
        return response;
    }

    /** Chinese first, English after it, and the code the console translates (problem.&lt;code&gt;). */
    private ResponseEntity<ProblemDetail> awardRefused(AwardRefusedException refused) {
        HttpStatus status =
                switch (refused.kind()) {
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case FORBIDDEN -> HttpStatus.FORBIDDEN;
                    case INVALID -> HttpStatus.BAD_REQUEST;
                };
        ResponseEntity<ProblemDetail> response = problem(status, refused.code(), refused.title(), refused.getMessage());
        response.getBody()
                .setProperty(
                        "errors",
                        List.of(Map.of(
                                "field", refused.field(), "code", refused.code(), "message", refused.chinese())));
        return response;
    }

    /** 409 naming every criterion missed: one {@code errors[]} entry each, and the evidence in {@code reasons}. */
    private ResponseEntity<ProblemDetail> criteriaNotMet(CriteriaNotMetException notMet, String detail) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, notMet.code(), notMet.title(), detail);
        response.getBody()
                .setProperty(
                        "errors",
                        notMet.reasons().stream()
                                .map(r -> Map.of("field", notMet.field(), "code", r.code(), "message", r.message()))
                                .toList());
        response.getBody().setProperty("reasons", notMet.reasons());
        return response;
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        return problem(
                HttpStatus.CONFLICT,
                "already-exists",
                "Already recorded",
                "It is already in the ledger: " + e.getMessage());
    }

    /** A command for an enterprise the ledger has never registered. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownEnterprise(AggregateNotFoundException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "unknown-enterprise",
                "Unknown enterprise",
                "The ledger has no enterprise " + e.getAggregateIdentifier() + "; register it first");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        return problem(
                HttpStatus.CONFLICT,
                "concurrent-change",
                "Changed concurrently",
                "Someone else changed the same record at the same moment; read it again and retry. " + e.getMessage());
    }

    /** Axon wraps what a handler threw when it crosses a bus; unwrap our own problems. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof LedgerProblem problem) {
            return ledgerProblem(problem);
        }
        if (cause instanceof AggregateStreamCreationException exists) {
            return alreadyExists(exists);
        }
        if (cause instanceof AggregateNotFoundException unknown) {
            return unknownEnterprise(unknown);
        }
        if (cause instanceof ConcurrencyException concurrent) {
            return concurrentChange(concurrent);
        }
        return unexpected(e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e) {
        String message = "must be a valid "
                + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName()) + ", got '"
                + e.getValue() + "'";
        return invalid(e.getName() + " " + message, List.of(Map.of("field", e.getName(), "message", message)));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        return invalid(e.getMessage(), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The ledger could not answer; nothing was appended by this request.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemResponses::fieldError)
                .toList();
        return cast(invalid("The request has invalid fields", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return cast(invalid(
                    "Unknown field " + unknown.getPropertyName(),
                    List.of(Map.of("field", unknown.getPropertyName(), "message", "is not a field of this request"))));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b)
                    .orElse("body");
            return cast(invalid(
                    field + " has the wrong type or value",
                    List.of(Map.of(
                            "field",
                            field,
                            "code",
                            "wrong-type",
                            "message",
                            "wrong type or value: " + expected(mismatch)))));
        }
        String detail = e.getMostSpecificCause().getMessage();
        if (detail != null && detail.length() > 300) {
            detail = detail.substring(0, 300) + "…";
        }
        return cast(problem(
                HttpStatus.BAD_REQUEST,
                "malformed-json",
                "Malformed JSON",
                "The body is not the JSON this endpoint takes: " + detail));
    }

    /** The constraint as the code: {@code NotNull} → {@code not-null}, {@code CleanText} → {@code clean-text}. */
    private static Map<String, String> fieldError(FieldError error) {
        String code = error.getCode() == null
                ? "invalid"
                : error.getCode().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return Map.of(
                "field",
                error.getField(),
                "code",
                code,
                "message",
                error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }

    /** What the field takes, without echoing the value sent (it may hold anything). */
    private static String expected(MismatchedInputException mismatch) {
        Class<?> type = mismatch.getTargetType();
        return type == null
                ? "see the API description"
                : "expected "
                        + (type == String.class
                                ? "a JSON string"
                                : Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class
                                        ? "a JSON number"
                                        : type == Boolean.class || type == boolean.class
                                                ? "true or false"
                                                : type.getName().startsWith("java.time")
                                                        ? "a date or time as an ISO-8601 string"
                                                        : type.getSimpleName());
    }

    static ResponseEntity<ProblemDetail> invalid(String detail, List<Map<String, String>> errors) {
        ResponseEntity<ProblemDetail> response =
                problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        response.getBody().setProperty("errors", errors);
        return response;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
