package com.safetycredit.ledger.server.config;

import com.safetycredit.ledger.rules.labels.Labels;
import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The console's words: its own texts ({@code messages.properties}, Chinese; {@code messages_en.properties}) and,
 * behind them, every code's label from the one catalogue ({@link Labels}) — so a page writes
 * {@code #{status.BLACK}} or {@code #{event.PenaltyImposed}} and reads the same words as a CSV file, a report or
 * a refusal. The machine's own locale is never a fallback: the bureau works in Chinese.
 */
@Configuration(proxyBeanMethods = false)
public class Messages {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource console = new ResourceBundleMessageSource();
        console.setBasename("messages");
        console.setDefaultEncoding("UTF-8");
        console.setFallbackToSystemLocale(false);
        console.setParentMessageSource(new CatalogueMessages());
        return console;
    }

    /** The label catalogue as a message source. */
    static final class CatalogueMessages extends AbstractMessageSource {

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return Labels.find(code, locale).orElse(null);
        }

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            return Labels.find(code, locale)
                    .map(text -> new MessageFormat(text, locale))
                    .orElse(null);
        }
    }
}
