package com.safetycredit.ledger.server.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.CriteriaNotMetException;
import com.safetycredit.ledger.contracts.problems.ForbiddenException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.values.Uscc;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as an RFC 7807 problem ({@code application/problem+json}) with {@code type}, {@code title},
 * {@code status}, {@code detail} and {@code errors[]} of {@code {field, code, message}} — one entry per wrong field,
 * all of them at once. The words come from the catalogue by each refusal's code: Chinese, English under
 * {@code ?lang=en} (the console: its user's language).
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    /**
     * The problem a refused write answers over REST, for callers in the same process — the staff console and the
     * import show exactly the refusal an API client would get.
     */
    public ProblemDetail describe(Exception e) {
        ResponseEntity<ProblemDetail> response = e instanceof LedgerProblem problem
                ? ledgerProblem(problem)
                : e instanceof CommandExecutionException failed
                        ? commandFailed(failed)
                        : e instanceof AggregateStreamCreationException exists
                                ? alreadyExists(exists)
                                : e instanceof AggregateNotFoundException unknown
                                        ? unknownAggregate(unknown)
                                        : e instanceof ConcurrencyException concurrent
                                                ? concurrentChange(concurrent)
                                                : e instanceof IllegalArgumentException illegal
                                                        ? illegalArgument(illegal)
                                                        : unexpected(e);
        return response.getBody();
    }

    /** A refusal of the ledger's own, with every problem it carries. */
    @ExceptionHandler(LedgerProblem.class)
    ResponseEntity<ProblemDetail> ledgerProblem(LedgerProblem problem) {
        HttpStatus status = problem instanceof InvalidInputException
                ? HttpStatus.BAD_REQUEST
                : problem instanceof NotFoundException
                        ? HttpStatus.NOT_FOUND
                        : problem instanceof ForbiddenException
                                ? HttpStatus.FORBIDDEN
                                : problem instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        String type = problem instanceof InvalidInputException ? "invalid-input" : problem.code();
        ResponseEntity<ProblemDetail> response = refusal(status, type, problem.all());
        if (problem instanceof ConflictException conflict && conflict.related() != null) {
            response.getBody().setProperty("related", conflict.related());
        }
        if (problem instanceof CriteriaNotMetException notMet) {
            criteriaNotMet(notMet, response.getBody());
        }
        return response;
    }

    /** 409 naming every criterion missed: one {@code errors[]} entry each, and the evidence in {@code reasons}. */
    private static void criteriaNotMet(CriteriaNotMetException notMet, ProblemDetail body) {
        body.setProperty(
                "errors",
                notMet.reasons().stream()
                        .map(r -> Map.of("field", notMet.field(), "code", r.code(), "message", r.message()))
                        .toList());
        body.setProperty("reasons", notMet.reasons());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        String id = aggregateId(e.getMessage());
        return id != null && Uscc.isValid(id)
                ? ledgerProblem(new ConflictException("already-registered", "uscc", id))
                : ledgerProblem(new ConflictException("already-exists", null));
    }

    /** A command for something the ledger has never recorded: an enterprise, or an award application. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownAggregate(AggregateNotFoundException e) {
        String id = String.valueOf(e.getAggregateIdentifier());
        return ledgerProblem(
                id.startsWith("awd-")
                        ? new NotFoundException("unknown-application", null, id)
                        : new NotFoundException("unknown-enterprise", "uscc", id));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        log.debug("Concurrent change refused: {}", e.getMessage());
        return ledgerProblem(new ConflictException("concurrent-change", null));
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
            return unknownAggregate(unknown);
        }
        if (cause instanceof ConcurrencyException concurrent) {
            return concurrentChange(concurrent);
        }
        return unexpected(e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e) {
        return ledgerProblem(new InvalidInputException(
                "wrong-type",
                e.getName(),
                new LedgerProblem.Label(
                        "valueType",
                        e.getRequiredType() == null
                                ? "value"
                                : e.getRequiredType().getSimpleName())));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        log.debug("Refused as invalid: {}", e.getMessage());
        return ledgerProblem(new InvalidInputException("invalid", null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        Locale locale = ProblemTexts.locale();
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                ProblemTexts.title(500, locale),
                ProblemTexts.text("problem.internal-error", locale));
    }

    /** Every wrong field of the body at once: its constraints and its field checks, each with its code. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<LedgerProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemResponses::fieldProblem)
                .toList();
        return cast(refusal(HttpStatus.BAD_REQUEST, "invalid-input", problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return cast(ledgerProblem(new InvalidInputException("unknown-field", unknown.getPropertyName())));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b)
                    .orElse("body");
            return cast(ledgerProblem(new InvalidInputException(
                    "wrong-type", field, new LedgerProblem.Label("valueType", expected(mismatch)))));
        }
        JsonLocation at = e.getMostSpecificCause() instanceof JsonProcessingException json ? json.getLocation() : null;
        return cast(ledgerProblem(
                at == null
                        ? new InvalidInputException("malformed-json", null)
                        : new InvalidInputException(
                                "malformed-json-at",
                                null,
                                String.valueOf(at.getLineNr()),
                                String.valueOf(at.getColumnNr()))));
    }

    /**
     * What Spring MVC refuses by itself (a method not allowed, a missing parameter, a media type it cannot read) in
     * the same words and shape as the ledger's own refusals.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        LedgerProblem problem = e instanceof MissingServletRequestParameterException missing
                ? new InvalidInputException("missing-parameter", missing.getParameterName())
                : new InvalidInputException("http-" + status.value(), null);
        ResponseEntity<ProblemDetail> refused =
                refusal(status, status.is4xxClientError() ? "refused" : "internal-error", List.of(problem));
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(refused.getBody());
    }

    private static LedgerProblem fieldProblem(FieldError error) {
        if (error.contains(ConstraintViolation.class)) {
            return FieldProblems.of(error.unwrap(ConstraintViolation.class));
        }
        String code = error.getCode() == null ? "invalid" : FieldProblems.code(error.getCode());
        return new InvalidInputException(code, error.getField());
    }

    /** What the field takes, without echoing the value sent (it may hold anything). */
    private static String expected(MismatchedInputException mismatch) {
        Class<?> type = mismatch.getTargetType();
        if (type == null) {
            return "value";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "Boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "Number";
        }
        return type == String.class || type.getName().startsWith("java.time") ? type.getSimpleName() : "value";
    }

    /** The problem of one or more refusals: the words of each, in the caller's language. */
    static ResponseEntity<ProblemDetail> refusal(HttpStatus status, String type, List<LedgerProblem> problems) {
        Locale locale = ProblemTexts.locale();
        ResponseEntity<ProblemDetail> response = problem(
                status, type, ProblemTexts.title(status.value(), locale), ProblemTexts.detail(problems, locale));
        response.getBody()
                .setProperty(
                        "errors", problems.stream().map(p -> error(p, locale)).toList());
        return response;
    }

    private static Map<String, String> error(LedgerProblem problem, Locale locale) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", problem.field() == null ? "body" : problem.field());
        error.put("code", problem.code());
        error.put("message", ProblemTexts.message(problem, locale));
        return error;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(Problems.TYPE_BASE + type));
        problem.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The aggregate's identifier in Axon's "Cannot reuse aggregate identifier [id] to create aggregate [type]". */
    private static String aggregateId(String message) {
        if (message == null) {
            return null;
        }
        int open = message.indexOf('[');
        int close = message.indexOf(']', open + 1);
        return open < 0 || close < 0 ? null : message.substring(open + 1, close);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
