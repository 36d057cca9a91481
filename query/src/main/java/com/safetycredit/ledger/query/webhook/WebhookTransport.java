package com.safetycredit.ledger.query.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one webhook POST, connecting only to addresses {@link WebhookTargets} has just checked: the client's
 * name resolution <em>is</em> the check, so there is no second look-up a rebinding name could answer
 * differently. Redirects are never followed, nothing is retried here (the dispatcher's backoff does that), no
 * proxy or cookie of the host's settings is used.
 */
public final class WebhookTransport implements AutoCloseable {

    /** The host's addresses were refused at connection time; the dispatcher logs it as refused by policy. */
    public static final class RefusedAddress extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedAddress(String reason) {
            super(reason);
        }
    }

    private final CloseableHttpClient client;

    public WebhookTransport(WebhookTargets targets, Duration timeout, int connections) {
        Timeout limit = Timeout.ofMilliseconds(timeout.toMillis());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(targets))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit)
                                .setSocketTimeout(limit)
                                .build())
                        .setMaxConnTotal(Math.max(2, connections))
                        .setMaxConnPerRoute(2)
                        .build())
                .setDefaultRequestConfig(
                        RequestConfig.custom().setResponseTimeout(limit).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    /** POSTs the JSON body and answers the receiver's status code. */
    public int post(URI url, Map<String, String> headers, String body) throws IOException {
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        return client.execute(post, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** Name resolution through the webhook policy: only checked addresses are ever connected to. */
    private record CheckedResolver(WebhookTargets targets) implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            try {
                return targets.addressesOf(host);
            } catch (WebhookTargets.Refused e) {
                throw new RefusedAddress(e.getMessage());
            }
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return resolve(host)[0].getCanonicalHostName();
        }
    }
}
