package com.safetycredit.ledger.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as RFC 7807 problems, like every other refusal. */
final class ProblemAuthHandlers {

    private static final String TYPE_BASE = "https://safety-credit-ledger.example/problems/";

    private ProblemAuthHandlers() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            if (exception instanceof ThrottledException throttled) {
                response.setHeader("Retry-After", "60");
                write(response, 429, "sign-in-throttled", "Too many failed sign-ins", throttled.getMessage());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"safety-credit-ledger\"");
            write(
                    response,
                    401,
                    "unauthenticated",
                    "Unauthenticated",
                    "Sign in (HTTP Basic, a bearer token or an X-Api-Key) to use the ledger");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(
                response,
                403,
                "forbidden",
                "Forbidden",
                "Your role may not " + request.getMethod() + " " + request.getRequestURI());
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
