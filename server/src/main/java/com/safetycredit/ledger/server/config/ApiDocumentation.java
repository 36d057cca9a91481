package com.safetycredit.ledger.server.config;

import com.safetycredit.ledger.command.application.RequestMetadata;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description of the writes: who the caller is comes from the request, not from a parameter, so
 * {@link RequestMetadata} is no parameter of the description; the {@code Idempotency-Key} header it reads is.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestMetadata.class);
    }

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == RequestMetadata.class)) {
                operation.addParametersItem(new HeaderParameter()
                        .name("Idempotency-Key")
                        .required(false)
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}
