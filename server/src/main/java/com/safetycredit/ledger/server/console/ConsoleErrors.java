package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Failures on console pages become a page in the user's language, not the API's JSON problem: an unknown
 * enterprise, a page the role may not see, a bad query value, or an unexpected error (logged).
 */
@ConsoleOnly
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpServletResponse.SC_FORBIDDEN, "denied", e.getMessage());
    }

    @ExceptionHandler(LedgerProblem.class)
    String problem(LedgerProblem e, HttpServletResponse response, Model model) {
        if (e instanceof NotFoundException) {
            return page(response, model, HttpServletResponse.SC_NOT_FOUND, "not-found", e.getMessage());
        }
        int status = e instanceof InvalidInputException
                ? HttpServletResponse.SC_BAD_REQUEST
                : HttpServletResponse.SC_CONFLICT;
        return page(response, model, status, "refused", e.getMessage());
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
