package com.safetycredit.ledger.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client (the authenticated principal, else the address) for writes and for the feed:
 * a client over its rate gets a 429 problem with {@code Retry-After}. Per instance: with several
 * instances behind a balancer each enforces its own share.
 */
public class RateLimits extends OncePerRequestFilter {

    private final double writesPerSecond;
    private final double feedPerSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(double writesPerSecond, double feedPerSecond) {
        this.writesPerSecond = writesPerSecond;
        this.feedPerSecond = feedPerSecond;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String kind = kind(request);
        if (kind != null) {
            double rate = kind.equals("write") ? writesPerSecond : feedPerSecond;
            Principal principal = request.getUserPrincipal();
            String client = kind + ":" + (principal != null ? principal.getName() : request.getRemoteAddr());
            if (!buckets.computeIfAbsent(client, c -> new Bucket(rate)).take()) {
                response.setStatus(429);
                response.setHeader("Retry-After", "1");
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"https://safety-credit-ledger.example/problems/rate-limited\","
                        + "\"title\":\"Too many requests\",\"status\":429,\"detail\":\"More than " + rate + " "
                        + kind + " requests per second from this client; retry shortly\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String kind(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/v1/feed")) {
            return "feed";
        }
        boolean write = !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")
                && !request.getMethod().equals("OPTIONS");
        return write && path.startsWith("/api/") ? "write" : null;
    }

    /** Refills at {@code rate} per second up to twice the rate (a short burst is fine). */
    private static final class Bucket {
        private final double rate;
        private final double capacity;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double rate) {
            this.rate = rate;
            this.capacity = Math.max(1, rate * 2);
            this.tokens = capacity;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
