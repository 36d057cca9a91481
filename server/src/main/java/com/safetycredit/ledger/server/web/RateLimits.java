package com.safetycredit.ledger.server.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token buckets (Bucket4j) for writes and for the feed, checked before authentication so that a flood costs
 * no password check: a client over its rate gets a 429 problem with {@code Retry-After}. A client is its
 * address plus the identity it claims (the Basic user name, or a digest of its API key or bearer token):
 * agencies behind one gateway keep their own rates, and nobody elsewhere can use up another's. Buckets
 * live in an expiring cache (Caffeine), so the map never grows without bound. Per instance: with several
 * instances behind a balancer each enforces its own share.
 */
public class RateLimits extends OncePerRequestFilter {

    private final double writesPerSecond;
    private final double feedPerSecond;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

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
            String client = kind + "|" + request.getRemoteAddr() + "|" + claimedIdentity(request);
            if (!buckets.get(client, c -> bucket(rate)).tryConsume(1)) {
                response.setStatus(429);
                response.setHeader("Retry-After", "1");
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write(Problems.json(
                                request,
                                429,
                                "rate-limited",
                                String.valueOf(rate),
                                new LedgerProblem.Label("requestKind", kind)));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Refills at {@code rate} per second up to twice the rate (a short burst is fine). */
    private static Bucket bucket(double rate) {
        long perSecond = Math.max(1, Math.round(rate));
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(Math.max(1, perSecond * 2))
                        .refillGreedy(perSecond, Duration.ofSeconds(1))
                        .build())
                .build();
    }

    /** Who the request says it is, not yet verified: only a key for its bucket. */
    static String claimedIdentity(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return "user:" + (colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return "malformed";
            }
        }
        String secret = request.getHeader("X-Api-Key") != null ? request.getHeader("X-Api-Key") : authorization;
        return secret == null ? "anonymous" : "secret:" + Integer.toHexString(secret.hashCode());
    }

    private static String kind(HttpServletRequest request) {
        return kind(request.getMethod(), request.getRequestURI());
    }

    /** {@code feed}, {@code write} or null (not limited): also what the API description says can answer 429. */
    public static String kind(String method, String path) {
        if (path.startsWith("/api/v1/feed")) {
            return "feed";
        }
        boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        return write && path.startsWith("/api/") ? "write" : null;
    }
}
