package com.safetycredit.ledger.command.api;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every handler that writes may ask for its caller's {@code RequestMetadata}, the console's forms too. */
@Configuration(proxyBeanMethods = false)
public class CommandApiConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new RequestMetadataResolver());
    }
}
