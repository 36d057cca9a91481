package com.safetycredit.ledger.server.apidoc;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the published descriptions say the ledger answers ({@code ledger.api.*}).
 *
 * @param servers the ledger's public addresses, as agencies reach it (behind a proxy, the proxy's address)
 */
@ConfigurationProperties("ledger.api")
public record ApiProperties(@DefaultValue List<Server> servers) {

    /**
     * @param url         e.g. {@code https://credit.example.gov.cn}, without a trailing slash
     * @param description who reaches it there, e.g. "嘉兴市政务外网 · Jiaxing government network"
     */
    public record Server(String url, String description) {}
}
