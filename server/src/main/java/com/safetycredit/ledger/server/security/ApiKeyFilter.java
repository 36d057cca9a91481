package com.safetycredit.ledger.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates agency clients by {@code X-Api-Key}: role AGENCY, principal = the agency. */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";

    private final ApiKeys keys;
    private final AuthenticationEntryPoint unauthorized;

    ApiKeyFilter(ApiKeys keys, AuthenticationEntryPoint unauthorized) {
        this.keys = keys;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key != null) {
            Optional<String> agency = keys.agencyOf(key.strip());
            if (agency.isEmpty()) {
                unauthorized.commence(request, response, new BadCredentialsException("unknown or revoked API key"));
                return;
            }
            var authentication = new UsernamePasswordAuthenticationToken(
                    agency.get(), null, List.of(new SimpleGrantedAuthority("ROLE_AGENCY")));
            SecurityContextHolder.getContext().setAuthentication(authentication);
            request.setAttribute("ledger.department", agency.get());
        }
        chain.doFilter(request, response);
    }
}
