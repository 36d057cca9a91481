package com.safetycredit.ledger.server.security;

import com.safetycredit.ledger.server.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as RFC 7807 problems, like every other refusal. */
final class ProblemAuthHandlers {

    private ProblemAuthHandlers() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (exception instanceof ThrottledException throttled) {
                response.setHeader("Retry-After", "60");
                write(request, response, 429, "sign-in-throttled");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"safety-credit-ledger\"");
            write(request, response, 401, "unauthenticated");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                write(request, response, 403, "forbidden", request.getMethod() + " " + request.getRequestURI());
    }

    private static void write(
            HttpServletRequest request, HttpServletResponse response, int status, String code, Object... args)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problems.json(request, status, code, args));
    }
}
