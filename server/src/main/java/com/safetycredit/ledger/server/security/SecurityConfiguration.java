package com.safetycredit.ledger.server.security;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.server.web.RateLimits;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Every endpoint mapped to the roles that may use it; everything else denied. HTTP Basic against the
 * stored accounts; bearer JWTs when an issuer is configured; API keys for agencies. The principal becomes
 * the actor of every event it causes (its department the authority) — never the request body.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    static final String[] STAFF = {"REGISTRAR", "REVIEWER", "AUDITOR", "ADMIN"};

    /**
     * bcrypt, and only bcrypt (cost {@code ledger.security.bcrypt-strength}, default 10): a stored
     * {@code {noop}} or any other format never matches, so an account written past the ledger cannot sign in.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${ledger.security.bcrypt-strength:10}") int strength) {
        var encoders = new HashMap<String, PasswordEncoder>();
        encoders.put("bcrypt", new BCryptPasswordEncoder(strength));
        var delegating = new DelegatingPasswordEncoder("bcrypt", encoders);
        delegating.setDefaultPasswordEncoderForMatches(new NeverMatches());
        return delegating;
    }

    /** Whatever is not a bcrypt hash. */
    static final class NeverMatches implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            throw new UnsupportedOperationException("only bcrypt hashes are written");
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return false;
        }
    }

    @Bean
    AccountChanges accountChanges(MongoDatabase database, Clock clock) {
        return new AccountChanges(database, clock);
    }

    @Bean
    LedgerUsers ledgerUsers(
            MongoDatabase database,
            PasswordEncoder encoder,
            SecurityProperties properties,
            AccountChanges changes,
            VerifiedCredentials verified) {
        LedgerUsers users = new LedgerUsers(database, encoder, changes);
        users.onChange(verified::forgetAll);
        users.bootstrap(properties.users());
        return users;
    }

    /** Failed sign-ins allowed per account and per address within the window, before any hash is checked. */
    @Bean
    LoginThrottle loginThrottle(
            @Value("${ledger.security.login.failures-per-account:10}") long perAccount,
            @Value("${ledger.security.login.failures-per-address:50}") long perAddress,
            @Value("${ledger.security.login.window:PT15M}") Duration window) {
        return new LoginThrottle(perAccount, perAddress, window);
    }

    @Bean
    VerifiedCredentials verifiedCredentials(@Value("${ledger.security.verified-credentials-ttl:PT1M}") Duration ttl) {
        return new VerifiedCredentials(ttl);
    }

    /** The one name-and-password sign-in of both filter chains: throttle, then recent verifications, then bcrypt. */
    @Bean
    AuthenticationProvider passwordSignIn(
            LedgerUsers users, PasswordEncoder encoder, LoginThrottle throttle, VerifiedCredentials verified) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(passwords, throttle, verified, users::stillSignsIn);
    }

    @Bean
    ApiKeys apiKeys(MongoDatabase database, AccountChanges changes) {
        return new ApiKeys(database, changes);
    }

    /** The REST API's paths; everything else is the staff console's (see {@link ConsoleSecurityConfiguration}). */
    static final String[] API_PATHS = {
        "/api/**", "/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"
    };

    @Bean
    @Order(1)
    SecurityFilterChain filterChain(
            HttpSecurity http,
            ApiKeys apiKeys,
            SecurityProperties properties,
            @Value("${ledger.limits.writes-per-second:50}") double writes,
            @Value("${ledger.limits.feed-per-second:20}") double feed)
            throws Exception {
        var unauthorized = ProblemAuthHandlers.unauthorized();
        http.securityMatcher(API_PATHS)
                .csrf(csrf -> csrf.disable()) // stateless: no cookies, so no cross-site request to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(unauthorized).accessDeniedHandler(ProblemAuthHandlers.forbidden()))
                .addFilterBefore(new ApiKeyFilter(apiKeys, unauthorized), BasicAuthenticationFilter.class)
                .addFilterAfter(departmentFilter(), BasicAuthenticationFilter.class)
                // before any authentication: a flood of writes or feed reads costs no password check
                .addFilterAfter(new RateLimits(writes, feed), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health/**",
                                "/actuator/health",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/error")
                        .permitAll()
                        // what the rules publish: no sign-in, reads only
                        .requestMatchers(HttpMethod.GET, "/api/public/v1/**")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/api/v1/admin/**")
                        .hasRole("ADMIN")
                        // the listing procedure: the registrar records what the enterprise sends, the reviewer decides
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/enterprises/*/listings/*/repair-applications",
                                "/api/v1/enterprises/*/listing-notices/*/statements",
                                "/api/v1/objections")
                        .hasRole("REGISTRAR")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/enterprises/*/listing-notices",
                                "/api/v1/enterprises/*/listing-notices/*/withdrawal",
                                "/api/v1/repair-applications/*/decision",
                                "/api/v1/objections/*/extension",
                                "/api/v1/objections/*/decision")
                        .hasRole("REVIEWER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/objections")
                        .hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/v1/exchange/**")
                        .hasAnyRole("AGENCY", "AUDITOR", "ADMIN")
                        // erasing a person's data on a lawful request: administrators only
                        .requestMatchers(HttpMethod.POST, "/api/v1/practitioners/*/erasure")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                HttpMethod.POST, "/api/v1/agencies/*/listings", "/api/v1/agencies/*/listings/**")
                        .hasRole("REVIEWER")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/agencies",
                                "/api/v1/agencies/**",
                                "/api/v1/practitioners",
                                "/api/v1/practitioners/**")
                        .hasRole("REGISTRAR")
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/agencies",
                                "/api/v1/agencies/**",
                                "/api/v1/practitioners",
                                "/api/v1/practitioners/**")
                        .hasAnyRole(STAFF)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/enterprises/*/listings/**",
                                "/api/v1/enterprises/*/red-list-decisions",
                                "/api/v1/enterprises/*/red-list-decisions/**",
                                "/api/v1/award-applications/*/reviews",
                                "/api/v1/supervision/draws")
                        .hasRole("REVIEWER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/partner-lists/*/entries")
                        .hasRole("PARTNER")
                        .requestMatchers(
                                HttpMethod.POST, "/api/v1/emergency-responses", "/api/v1/emergency-responses/**")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/enterprises",
                                "/api/v1/enterprises/**",
                                "/api/v1/award-applications",
                                "/api/v1/imports",
                                "/api/v1/imports/jobs")
                        .hasRole("REGISTRAR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/imports/template")
                        .hasRole("REGISTRAR")
                        // a job is read by the account that started it, or an administrator (ImportJobs.find)
                        .requestMatchers(HttpMethod.GET, "/api/v1/imports/jobs/*")
                        .hasAnyRole("REGISTRAR", "ADMIN")
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/enterprises",
                                "/api/v1/enterprises/**",
                                "/api/v1/lists/**",
                                "/api/v1/supervision/**",
                                "/api/v1/emergency-responses")
                        .hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/v1/feed", "/api/v1/feed/**", "/api/v1/schema/**")
                        .hasAnyRole("AGENCY", "REGISTRAR", "REVIEWER", "AUDITOR", "ADMIN")
                        .requestMatchers("/api/v1/subscriptions", "/api/v1/subscriptions/**")
                        .hasAnyRole("AGENCY", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/ledger/digests")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/awards", "/api/v1/awards/**")
                        .hasAnyRole("AUDITOR", "REVIEWER", "ADMIN")
                        .requestMatchers("/api/v1/ledger/**")
                        .hasAnyRole("AUDITOR", "ADMIN")
                        .anyRequest()
                        .denyAll());
        if (properties.jwt().issuerUri() != null
                && !properties.jwt().issuerUri().isBlank()) {
            http.oauth2ResourceServer(
                    o -> o.authenticationEntryPoint(unauthorized).jwt(jwt -> jwt.decoder(JwtDecoders.fromIssuerLocation(
                                    properties.jwt().issuerUri()))
                            .jwtAuthenticationConverter(rolesFrom(properties.jwt()))));
        }
        return http.build();
    }

    /**
     * Ends a console session whose account was disabled, deleted or given a new password since it signed in:
     * the next page is the sign-in page. Sessions are kept per server, so the store is asked, not a memory.
     */
    static Filter standingSessions(LedgerUsers users) {
        return (request, response, chain) -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null
                    && authentication.getPrincipal() instanceof LedgerUsers.LedgerUser user
                    && !users.stillSignsIn(user.getUsername(), user.stamp())) {
                HttpServletRequest http = (HttpServletRequest) request;
                var session = http.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                ((HttpServletResponse) response).sendRedirect(http.getContextPath() + "/login?ended");
                return;
            }
            chain.doFilter(request, response);
        };
    }

    /** Puts the principal's department on the request, where the command metadata picks it up. */
    static Filter departmentFilter() {
        return (request, response, chain) -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null
                    && authentication.getPrincipal() instanceof LedgerUsers.LedgerUser user
                    && user.department() != null) {
                request.setAttribute("ledger.department", user.department());
            } else if (authentication instanceof JwtAuthenticationToken token) {
                Object department = token.getTokenAttributes().get("department");
                if (department != null) {
                    request.setAttribute("ledger.department", department.toString());
                }
            }
            chain.doFilter(request, response);
        };
    }

    private static Converter<Jwt, AbstractAuthenticationToken> rolesFrom(SecurityProperties.Jwt settings) {
        return jwt -> {
            List<String> roles = jwt.getClaimAsStringList(settings.rolesClaim());
            return new JwtAuthenticationToken(
                    jwt,
                    roles == null
                            ? List.of()
                            : roles.stream()
                                    .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                                    .toList(),
                    jwt.getClaimAsString("preferred_username") != null
                            ? jwt.getClaimAsString("preferred_username")
                            : jwt.getSubject());
        };
    }
}
