package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.problems.ForbiddenException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.server.web.ProblemTexts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures on console pages become a page in the user's language, not the API's JSON problem: an unknown
 * enterprise or address (404), a page the role may not see (403), a value the page cannot read (400, saying which
 * and what it takes), a refusal by the rules (409), or an unexpected error (500, logged). No developer's words.
 */
@ConsoleOnly
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, HttpServletResponse response, Model model) {
        log.debug("Console page denied: {}", e.getMessage());
        return page(response, model, HttpServletResponse.SC_FORBIDDEN, "denied", null);
    }

    @ExceptionHandler(LedgerProblem.class)
    String problem(LedgerProblem e, HttpServletResponse response, Model model, Locale locale) {
        int status = e instanceof NotFoundException
                ? HttpServletResponse.SC_NOT_FOUND
                : e instanceof ForbiddenException
                        ? HttpServletResponse.SC_FORBIDDEN
                        : e instanceof InvalidInputException
                                ? HttpServletResponse.SC_BAD_REQUEST
                                : HttpServletResponse.SC_CONFLICT;
        String kind = status == HttpServletResponse.SC_NOT_FOUND
                ? "not-found"
                : status == HttpServletResponse.SC_FORBIDDEN ? "denied" : "refused";
        return page(response, model, status, kind, ProblemTexts.detail(e.all(), locale));
    }

    /** A query value of the wrong kind (a word where a position belongs): which field, and what it takes. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String wrongValue(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model, Locale locale) {
        InvalidInputException problem = new InvalidInputException(
                "wrong-type",
                e.getName(),
                new LedgerProblem.Label(
                        "valueType",
                        e.getRequiredType() == null
                                ? "value"
                                : e.getRequiredType().getSimpleName()));
        return problem(problem, response, model, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(
            MissingServletRequestParameterException e, HttpServletResponse response, Model model, Locale locale) {
        return problem(new InvalidInputException("missing-parameter", e.getParameterName()), response, model, locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String noSuchPage(NoResourceFoundException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpServletResponse.SC_NOT_FOUND, "not-found", null);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        log.error("Console page failed", e);
        return page(response, model, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal", null);
    }

    private static String page(HttpServletResponse response, Model model, int status, String kind, String detail) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("detail", detail);
        return "error";
    }
}
