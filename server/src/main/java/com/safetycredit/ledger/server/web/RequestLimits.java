package com.safetycredit.ledger.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies are small documents: anything over {@code ledger.limits.max-body} (default 256 KiB) is
 * refused before it is read — 413 when the length is declared, a 400 problem when a chunked body runs over. A
 * spreadsheet to import (the API's or the console's) may be larger: {@code ledger.limits.max-import} (8 MiB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimits extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxImport;

    public RequestLimits(
            @Value("${ledger.limits.max-body:262144}") long maxBody,
            @Value("${ledger.limits.max-import:8388608}") long maxImport) {
        this.maxBody = maxBody;
        this.maxImport = maxImport;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        long max = path.equals("/api/v1/imports") || path.equals("/api/v1/imports/jobs") || path.startsWith("/imports")
                ? maxImport
                : maxBody;
        if (request.getContentLengthLong() > max) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.getWriter().write(Problems.json(request, 413, "too-large", String.valueOf(max)));
            return;
        }
        chain.doFilter(new Limited(request, max), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) {
                        throw new IOException("request body over " + max + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > max) {
                        throw new IOException("request body over " + max + " bytes");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
