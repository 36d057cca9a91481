package com.safetycredit.ledger.query.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the ledger may send a webhook: https (http only where an operator allows it), to a host whose every
 * address is public — never loopback, unspecified (0.0.0.0, ::), link-local (169.254/16, fe80::/10),
 * private (10/8, 172.16/12, 192.168/16, 100.64/10), unique-local (fc00::/7), site-local, multicast, or a
 * reserved range — unless the operator lists the host for an in-house receiver. Numeric hosts in any form
 * but the canonical dotted quad (decimal {@code 2130706433}, octal {@code 0177.0.0.1}, hex, short forms) are
 * refused: resolvers disagree on what they mean. Checked when a subscription is made and again, with a fresh
 * look-up, before every delivery; the delivery then connects only to the addresses that look-up checked
 * ({@link #addressesOf}), so a name that resolves elsewhere a moment later (DNS rebinding) is never followed.
 */
public class WebhookTargets {

    /** Why a URL is refused; the message names the rule, never what a probe found. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }

    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9a-fA-FxX.]+");
    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final boolean allowHttp;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public WebhookTargets(boolean allowHttp, Set<String> allowedHosts, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowedHosts = allowedHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Refuses a URL the ledger must not call; resolves its host now. */
    public void check(URI url) throws Refused {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowHttp)) {
            throw new Refused(allowHttp ? "the URL must be http(s)" : "the URL must be https");
        }
        if (url.getRawUserInfo() != null) {
            throw new Refused("the URL must not carry a user name or password");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new Refused("the URL must name a host");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        bare = bare.toLowerCase(Locale.ROOT);
        if (bare.endsWith(".")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        if (allowedHosts.contains(bare)) {
            return;
        }
        if (!host.startsWith("[")
                && NUMERIC_HOST.matcher(bare).matches()
                && !DOTTED_QUAD.matcher(bare).matches()
                && bare.chars().anyMatch(Character::isDigit)
                && !bare.matches(".*[g-wyzG-WYZ].*")) {
            throw new Refused("a numeric host must be written as a plain dotted quad");
        }
        addressesOf(bare);
    }

    /**
     * The addresses a delivery may connect to for this host, resolved and checked now. The delivery's
     * connection uses exactly these ({@link WebhookTransport}), so a name that answers a public address to the
     * check and an internal one to the connection (DNS rebinding) never reaches the internal one.
     */
    public InetAddress[] addressesOf(String host) throws Refused {
        String bare = host.toLowerCase(Locale.ROOT);
        if (bare.endsWith(".")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new Refused("the host does not resolve");
        }
        if (allowedHosts.contains(bare)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new Refused("the host resolves to a loopback, private, link-local or otherwise internal address;"
                        + " an operator may allow an in-house receiver in ledger.webhooks.allowed-hosts");
            }
        }
        return addresses;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) { // unique-local fc00::/7
                return false;
            }
            if (isEmbeddedV4(b)) { // ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isEmbeddedV4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B;
        return mapped || nat64;
    }
}
