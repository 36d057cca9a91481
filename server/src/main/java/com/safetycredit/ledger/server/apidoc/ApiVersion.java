package com.safetycredit.ledger.server.apidoc;

/**
 * The version of the published contract — the OpenAPI description of the HTTP API and the AsyncAPI description
 * of the agency channels — as {@code MAJOR.MINOR.PATCH}. The committed snapshots of both
 * ({@code server/src/test/resources/api/}) are the contract: a description that differs from them without a
 * new version here fails the build. The bump:
 * <ul>
 *   <li>PATCH: words only — summaries, descriptions, examples;</li>
 *   <li>MINOR: additions a client may ignore — an endpoint, an optional field or parameter, an event type or
 *       revision, a refusal;</li>
 *   <li>MAJOR: anything a client could break on — a path, field or event renamed or removed, a field made
 *       required. The major version is the one in the paths ({@code /api/v1}), so API.md's rule "extend,
 *       never rename" keeps it at 1.</li>
 * </ul>
 */
public final class ApiVersion {

    public static final String CURRENT = "1.7.0";

    private ApiVersion() {}

    public static int major() {
        return Integer.parseInt(CURRENT.substring(0, CURRENT.indexOf('.')));
    }
}
