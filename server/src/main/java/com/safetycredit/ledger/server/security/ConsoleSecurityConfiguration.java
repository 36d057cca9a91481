package com.safetycredit.ledger.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The staff console's own filter chain: a login form and a session cookie, because a browser cannot be
 * asked for HTTP Basic credentials on every page; CSRF tokens on every form, because a cookie is sent with
 * cross-site requests. The accounts and roles are the API's; each page is open only to the roles that may
 * use it, and the pages show only the actions a role may take.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain consoleFilterChain(HttpSecurity http, LedgerUsers users) throws Exception {
        http.formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .permitAll()
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + (exception instanceof ThrottledException ? "/login?throttled" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .addFilterBefore(SecurityConfiguration.standingSessions(users), AuthorizationFilter.class)
                .addFilterBefore(SecurityConfiguration.departmentFilter(), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/css/**", "/js/**", "/favicon.ico", "/error")
                        .permitAll()
                        // 信用信息公示: what the rules publish, for everyone
                        .requestMatchers(HttpMethod.GET, "/public", "/public/**")
                        .permitAll()
                        .requestMatchers("/objections")
                        .hasAnyRole(SecurityConfiguration.STAFF)
                        .requestMatchers("/audit", "/audit/**")
                        .hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers("/queue")
                        .hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers("/awards", "/awards.xlsx")
                        .hasAnyRole("AUDITOR", "REVIEWER", "ADMIN")
                        .requestMatchers("/users", "/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/imports", "/imports/**")
                        .hasRole("REGISTRAR")
                        // each form checks its own role (registrar or reviewer) before it shows or sends anything
                        .requestMatchers(HttpMethod.POST, "/supervision/draws")
                        .hasRole("REVIEWER")
                        .requestMatchers(
                                "/",
                                "/enterprises/**",
                                "/lists/**",
                                "/forms/**",
                                "/supervision/**",
                                "/emergency-responses",
                                "/agencies",
                                "/agencies/**",
                                "/practitioners",
                                "/practitioners/**",
                                "/suggest/**")
                        .hasAnyRole(SecurityConfiguration.STAFF)
                        .anyRequest()
                        .denyAll());
        return http.build();
    }
}
