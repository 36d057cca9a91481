package com.safetycredit.ledger.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.AbstractErrorController;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside any controller — the security firewall refusing a path, an unknown URL, a method not
 * allowed — as RFC 7807 problems. A browser asking for a console page gets the console's error page instead.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
public class ProblemErrorController extends AbstractErrorController {

    public ProblemErrorController(ErrorAttributes errorAttributes) {
        super(errorAttributes, List.of());
    }

    @RequestMapping
    public Object error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String accept = request.getHeader("Accept");
        boolean api = path == null
                || path.toString().startsWith("/api/")
                || path.toString().startsWith("/actuator");
        if (!api && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return new ModelAndView("error", Map.of("status", status.value()), status);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setType(URI.create(Problems.TYPE_BASE + (status.is4xxClientError() ? "refused" : "internal-error")));
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request cannot be read (its path, query or headers)";
            case NOT_FOUND -> "No such resource";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here";
            default -> status.is5xxServerError()
                    ? "The ledger could not answer; nothing was appended by this request."
                    : status.getReasonPhrase();
        };
    }
}
