package com.safetycredit.ledger.server.apidoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.safetycredit.ledger.server.Http;
import com.safetycredit.ledger.server.LedgerServerTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The committed descriptions ({@code src/test/resources/api/openapi.json}, {@code asyncapi.json}) are the contract:
 * what the server describes must be exactly them. A change to an endpoint, a field, a refusal or an event changes
 * the description and fails here until it is taken in deliberately — with a new {@link ApiVersion} (PATCH for
 * words, MINOR for additions; a breaking change is refused, API.md says extend, never rename) and then
 *
 * <pre>./mvnw -o -B -ntp -pl server -am verify -Dtest=ApiContractSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dapi.snapshot.update=true</pre>
 *
 * which rewrites the snapshots — and only if the version says the change.
 */
@LedgerServerTest
class ApiContractSnapshotTest {

    static final boolean UPDATE = Boolean.getBoolean("api.snapshot.update");
    static final String HOW = "bump ApiVersion.CURRENT (PATCH for words, MINOR for additions), then run "
            + "./mvnw -o -B -ntp -pl server -am verify -Dtest=ApiContractSnapshotTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dapi.snapshot.update=true and commit the snapshots";

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDescriptionIsTheCommittedContract() throws IOException {
        check("OpenAPI", Descriptions.openApi(new Http(port, null)), Descriptions.OPENAPI);
    }

    @Test
    void theAsyncApiDescriptionIsTheCommittedContract() throws IOException {
        check("AsyncAPI", Descriptions.asyncApi(new Http(port)), Descriptions.ASYNCAPI);
    }

    private static void check(String name, JsonNode served, Path snapshot) throws IOException {
        String text = Descriptions.canonical(served);
        if (!Files.exists(snapshot)) {
            if (!UPDATE) {
                fail("No committed " + name + " snapshot at " + snapshot + "; " + HOW);
            }
            write(snapshot, text);
            return;
        }
        JsonNode committed = Descriptions.read(snapshot);
        String was = committed.at("/info/version").asText();
        String now = served.at("/info/version").asText();
        boolean changed = !committed.equals(served);
        ContractChanges changes = new ContractChanges(committed, served);
        ContractChanges.Bump needed = changes.needed(changed);
        ContractChanges.Bump made = ContractChanges.between(was, now);
        assertThat(changes.breaking)
                .as(name + ": changes a client could break on (API.md: extend, never rename)")
                .isEmpty();
        if (made == null) {
            fail(name + " version went down from " + was + " to " + now);
        }
        if (changed && made.compareTo(needed) < 0) {
            fail(name + " description changed without the version saying so (it is " + now + ", the contract "
                    + was + "; this change needs at least a " + needed + " bump): "
                    + Descriptions.differences(committed, served, 20) + "\n" + HOW);
        }
        if (!changed && made != ContractChanges.Bump.NONE) {
            fail(name + " version changed from " + was + " to " + now + " but the description did not");
        }
        if (UPDATE) {
            write(snapshot, text);
            return;
        }
        assertThat(changed)
                .as(name + " description differs from the committed contract "
                        + Descriptions.differences(committed, served, 20) + "; " + HOW)
                .isFalse();
        assertThat(Files.readString(snapshot, StandardCharsets.UTF_8))
                .as(name + " snapshot in canonical form; " + HOW)
                .isEqualTo(text);
    }

    private static void write(Path snapshot, String text) throws IOException {
        Files.createDirectories(snapshot.getParent());
        Files.writeString(snapshot, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + snapshot.toAbsolutePath());
    }
}
