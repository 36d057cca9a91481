package com.safetycredit.ledger.server.web;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.AbstractErrorController;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
        String code = status.is5xxServerError() ? "internal-error" : "http-" + status.value();
        return ProblemResponses.refusal(
                status,
                status.is4xxClientError() ? "refused" : "internal-error",
                List.of(new InvalidInputException(code, null)));
    }
}
