package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.Regions;
import java.util.Collection;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names for the codes the ledger stores, as the pages show them ({@code ${@consoleLabels.region(code)}}). */
@ConsoleOnly
@Component("consoleLabels")
public class ConsoleLabels {

    private final MessageSource messages;

    public ConsoleLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String region(String code) {
        return code == null
                ? ""
                : Regions.lookup(code).map(Regions.Region::name).orElse(code);
    }

    /** The English name where the messages have one, else the reference file's Chinese name. */
    public String industry(String code) {
        if (code == null) {
            return "";
        }
        String chinese = Industries.names().getOrDefault(code, code);
        return messages.getMessage("industry." + code, null, chinese, LocaleContextHolder.getLocale());
    }

    /** An event's data as one readable line: its fields in order, identifiers and long texts included. */
    public String details(Map<String, Object> data) {
        StringBuilder line = new StringBuilder();
        data.forEach((key, value) -> {
            if (!"uscc".equals(key) && value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
                if (!line.isEmpty()) {
                    line.append(" · ");
                }
                line.append(key).append(": ").append(value);
            }
        });
        return line.toString();
    }
}
