package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.RequestMetadata;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a handler the {@link RequestMetadata} of its request: the authenticated principal and role, the
 * account's department the security layer found, the client's request id and address, the
 * {@code Idempotency-Key} header, and the method and path a reused key is checked against.
 */
public final class RequestMetadataResolver implements HandlerMethodArgumentResolver {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RequestMetadata.class;
    }

    @Override
    public RequestMetadata resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return of(request.getNativeRequest(HttpServletRequest.class));
    }

    static RequestMetadata of(HttpServletRequest http) {
        return RequestMetadata.of(
                http.getUserPrincipal(),
                http::isUserInRole,
                http.getAttribute(RequestMetadata.DEPARTMENT_ATTRIBUTE),
                http.getHeader("X-Request-Id"),
                http.getRemoteAddr(),
                http.getHeader(IDEMPOTENCY_KEY_HEADER),
                http.getMethod() + " " + http.getRequestURI());
    }
}
