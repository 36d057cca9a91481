package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The outside audit's hostile requests, as a repeatable battery: for every write endpoint a valid body is
 * taken apart field by field — each required field left out, each scalar sent as another JSON type (a
 * string for a number, a fraction for an integer, an epoch for a date, a number for a flag), each text
 * given a control or bidirectional-override character — plus oversized bodies, path tricks, internal
 * webhook URLs and every write under a role that may not make it. Each request must be refused cleanly
 * (a 4xx {@code application/problem+json}) and append nothing; the counts are printed for the record.
 *
 * <p>Run alone: {@code ./mvnw -o -B -ntp verify -pl server -am -Dtest=HostileAuditTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
@LedgerServerTest
class HostileAuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] BAD_CHARACTERS = {
        "\u0000", "\u001b[2J", "\u202e", "\u2066", "\u007f", "\u0085", "\u2028", "\r\nX-Injected: 1"
    };

    /** Long free text, where line breaks belong. */
    private static final Set<String> MULTILINE = Set.of("summary", "reason", "violation");

    /** A field's JSON kind, which decides how it is attacked. */
    enum Kind {
        TEXT,
        INTEGER,
        FLAG,
        DATE,
        DATETIME
    }

    record Endpoint(String path, String body, Map<String, Kind> fields, List<String> required) {}

    record Tally(String category, AtomicInteger tried, AtomicInteger clean, AtomicInteger appended) {}

    @LocalServerPort
    int port;

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<String> unclean = new ArrayList<>();
    private final AtomicInteger serial = new AtomicInteger();
    private Http http;

    @Test
    void everyHostileRequestIsRefusedCleanlyAndAppendsNothing() throws Exception {
        http = new Http(port);
        String uscc = AgencyApiTest.newUscc();
        String e = "/api/v1/enterprises/" + uscc;
        assertThat(http.post(
                                "/api/v1/enterprises",
                                EnterpriseRegistrationApiTest.registration(uscc)
                                        .replace("}", ",\"registeredOn\":\"2019-01-02\"}"))
                        .status())
                .isEqualTo(201);
        String accident = http.post(e + "/accidents", accidentBody("BASE"))
                .json()
                .get("id")
                .asText();
        String certificate = http.post(
                        e + "/certifications",
                        """
                {"type":"DUAL_PREVENTION","certificateNo":"七个一-2021-08","issuer":"平湖市应急管理局","issuedOn":"2021-02-01"}""")
                .json()
                .get("id")
                .asText();
        assertThat(http.post(
                                e + "/penalties",
                                """
                {"decisionNo":"P-BASE","decidedOn":"2021-08-15","violation":"无证经营","fineYuan":1,"serious":true,
                 "summaryProcedure":false}""")
                        .status())
                .isEqualTo(201);

        for (Endpoint endpoint : endpoints(uscc, e, accident, certificate)) {
            attackFields(endpoint);
        }
        oversized(e);
        pathTricks();
        ssrf();
        wrongRoles(e);

        int tried = 0;
        int clean = 0;
        int appended = 0;
        StringBuilder table = new StringBuilder(
                "\nhostile audit: category | tried | refused cleanly (4xx problem+json) | appended by mistake\n");
        for (Tally tally : tallies.values()) {
            table.append(String.format(
                    "  %-22s | %4d | %4d | %d%n",
                    tally.category(),
                    tally.tried().get(),
                    tally.clean().get(),
                    tally.appended().get()));
            tried += tally.tried().get();
            clean += tally.clean().get();
            appended += tally.appended().get();
        }
        table.append(String.format("  %-22s | %4d | %4d | %d%n", "total", tried, clean, appended));
        System.out.println(table);
        assertThat(unclean).as("requests not refused cleanly").isEmpty();
        assertThat(appended).as("appended by mistake").isZero();
        assertThat(tried).isGreaterThan(500);
        assertThat(clean).isEqualTo(tried);
        assertThat(http.get("/api/v1/ledger/verify").json().get("ok").asBoolean())
                .isTrue();
    }

    private static String accidentBody(String reportNo) {
        return """
                {"occurredAt":"2021-05-01T14:30:00+08:00","deaths":3,"seriousInjuries":0,"personsEndangered":0,
                 "directLossYuan":0,"duringLevelOneResponse":false,"category":"PRODUCTION","reportNo":"%s",
                 "summary":"储罐检修时发生中毒"}"""
                .formatted(reportNo);
    }

    private static List<Endpoint> endpoints(String uscc, String e, String accident, String certificate) {
        Map<String, Kind> accidentFields = fields(
                "occurredAt",
                Kind.DATETIME,
                "deaths",
                Kind.INTEGER,
                "seriousInjuries",
                Kind.INTEGER,
                "personsEndangered",
                Kind.INTEGER,
                "directLossYuan",
                Kind.INTEGER,
                "duringLevelOneResponse",
                Kind.FLAG,
                "category",
                Kind.TEXT,
                "reportNo",
                Kind.TEXT,
                "summary",
                Kind.TEXT);
        return List.of(
                new Endpoint(
                        "/api/v1/enterprises",
                        EnterpriseRegistrationApiTest.registration("UNIQUE_USCC"),
                        fields(
                                "uscc",
                                Kind.TEXT,
                                "name",
                                Kind.TEXT,
                                "industry",
                                Kind.TEXT,
                                "regionCode",
                                Kind.TEXT,
                                "address",
                                Kind.TEXT),
                        List.of("uscc", "name", "industry", "regionCode")),
                new Endpoint(
                        e + "/accidents",
                        accidentBody("UNIQUE"),
                        accidentFields,
                        List.of(
                                "occurredAt",
                                "deaths",
                                "seriousInjuries",
                                "personsEndangered",
                                "directLossYuan",
                                "duringLevelOneResponse",
                                "category",
                                "reportNo")),
                new Endpoint(
                        e + "/accidents/" + accident + "/revisions",
                        """
                        {"deaths":3,"seriousInjuries":0,"personsEndangered":0,"directLossYuan":0,"revisedOn":"2021-05-02",
                         "reason":"更正 UNIQUE"}""",
                        fields(
                                "deaths",
                                Kind.INTEGER,
                                "seriousInjuries",
                                Kind.INTEGER,
                                "personsEndangered",
                                Kind.INTEGER,
                                "directLossYuan",
                                Kind.INTEGER,
                                "revisedOn",
                                Kind.DATE,
                                "reason",
                                Kind.TEXT),
                        List.of(
                                "deaths",
                                "seriousInjuries",
                                "personsEndangered",
                                "directLossYuan",
                                "revisedOn",
                                "reason")),
                new Endpoint(
                        e + "/penalties",
                        """
                        {"decisionNo":"P-UNIQUE","decidedOn":"2021-08-15","violation":"无证经营","fineYuan":300000,
                         "serious":true,"summaryProcedure":false}""",
                        fields(
                                "decisionNo",
                                Kind.TEXT,
                                "decidedOn",
                                Kind.DATE,
                                "violation",
                                Kind.TEXT,
                                "fineYuan",
                                Kind.INTEGER,
                                "serious",
                                Kind.FLAG,
                                "summaryProcedure",
                                Kind.FLAG),
                        List.of("decisionNo", "decidedOn", "violation", "fineYuan", "serious", "summaryProcedure")),
                new Endpoint(
                        e + "/certifications",
                        """
                        {"type":"STANDARDIZATION","level":"2","certificateNo":"C-UNIQUE","issuer":"嘉兴市应急管理局",
                         "issuedOn":"2021-03-01"}""",
                        fields(
                                "type",
                                Kind.TEXT,
                                "level",
                                Kind.TEXT,
                                "certificateNo",
                                Kind.TEXT,
                                "issuer",
                                Kind.TEXT,
                                "issuedOn",
                                Kind.DATE),
                        List.of("type", "certificateNo", "issuer", "issuedOn")),
                new Endpoint(
                        e + "/profile-changes",
                        """
                        {"name":"平湖市示例化工有限公司 UNIQUE","effectiveOn":"2021-01-01"}""",
                        fields("name", Kind.TEXT, "effectiveOn", Kind.DATE),
                        List.of("effectiveOn")),
                new Endpoint(
                        e + "/listings",
                        """
                        {"basis":6,"penaltyDecisionNo":"P-BASE","authority":"平湖市应急管理局","decisionNo":"L-UNIQUE",
                         "decidedOn":"2021-09-01"}""",
                        fields(
                                "basis",
                                Kind.INTEGER,
                                "penaltyDecisionNo",
                                Kind.TEXT,
                                "authority",
                                Kind.TEXT,
                                "decisionNo",
                                Kind.TEXT,
                                "decidedOn",
                                Kind.DATE),
                        List.of("basis", "penaltyDecisionNo", "authority", "decisionNo", "decidedOn")),
                new Endpoint(
                        "/api/v1/award-applications",
                        """
                        {"uscc":"%s","awardType":"DUAL_PREVENTION","policyYear":2021,"basisId":"%s"}"""
                                .formatted(uscc, certificate),
                        fields(
                                "uscc",
                                Kind.TEXT,
                                "awardType",
                                Kind.TEXT,
                                "policyYear",
                                Kind.INTEGER,
                                "basisId",
                                Kind.TEXT),
                        List.of("uscc", "awardType", "policyYear")),
                new Endpoint(
                        "/api/v1/subscriptions",
                        """
                        {"url":"https://8.8.8.8/hook","secret":"a-long-random-shared-secret UNIQUE","after":0}""",
                        fields("url", Kind.TEXT, "secret", Kind.TEXT, "after", Kind.INTEGER),
                        List.of("url", "secret")),
                new Endpoint(
                        "/api/v1/admin/users",
                        """
                        {"name":"clerk-UNIQUE","password":"clerk-password-1","roles":["REGISTRAR"],"department":"平湖"}""",
                        fields("name", Kind.TEXT, "password", Kind.TEXT, "department", Kind.TEXT),
                        List.of("name", "password", "roles")));
    }

    private static Map<String, Kind> fields(Object... pairs) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return fields;
    }

    /** Left out, sent as another type, given a control character: each would otherwise be a valid request. */
    private void attackFields(Endpoint endpoint) throws Exception {
        for (String field : endpoint.required()) {
            ObjectNode body = base(endpoint);
            body.remove(field);
            send("missing field", endpoint.path(), body.toString());
        }
        for (var field : endpoint.fields().entrySet()) {
            for (String wrong : coercions(field.getValue())) {
                ObjectNode body = base(endpoint);
                body.set(field.getKey(), JSON.readTree(wrong));
                send("coercion", endpoint.path(), body.toString());
            }
            if (field.getValue() == Kind.TEXT) {
                for (String bad : BAD_CHARACTERS) {
                    if (bad.startsWith("\r\n") && MULTILINE.contains(field.getKey())) {
                        continue; // a line break is fine in long free text (a browser's textarea sends CRLF)
                    }
                    ObjectNode body = base(endpoint);
                    body.put(field.getKey(), body.path(field.getKey()).asText("x") + bad);
                    send("control character", endpoint.path(), body.toString());
                }
            }
        }
    }

    private static List<String> coercions(Kind kind) {
        return switch (kind) {
            case TEXT -> List.of("12", "1.5", "true", "{}", "[\"a\"]");
            case INTEGER -> List.of("\"3\"", "3.5", "3.0", "true", "\"\"", "1e400", "99999999999999999999999");
            case FLAG -> List.of("0", "1", "\"true\"", "\"yes\"", "null");
            case DATE -> List.of("18628", "1619850600", "\"2021-13-45\"", "\"20210501\"", "true", "\"2999-01-01\"");
            case DATETIME -> List.of(
                    "1619850600", "1619850600.5", "\"2021-05-01\"", "\"2999-05-01T00:00:00+08:00\"", "false");
        };
    }

    private ObjectNode base(Endpoint endpoint) throws Exception {
        String unique = Integer.toString(serial.incrementAndGet());
        String body =
                endpoint.body().replace("UNIQUE_USCC", AgencyApiTest.newUscc()).replace("UNIQUE", unique);
        return (ObjectNode) JSON.readTree(body);
    }

    private void oversized(String e) {
        send("oversized", "/api/v1/enterprises", "{\"name\":\"" + "字".repeat(100_000) + "\"}");
        send("oversized", e + "/accidents", accidentBody("X").replace("储罐检修时发生中毒", "x".repeat(2001)));
        send("oversized", e + "/penalties", "{\"decisionNo\":\"" + "9".repeat(101) + "\"}");
        send("oversized", "/api/v1/enterprises", "[".repeat(5000) + "]".repeat(5000));
        send("oversized", "/api/v1/enterprises", "{\"uscc\":\"" + "x".repeat(300_000) + "\"}");
        send("oversized", e + "/accidents", accidentBody("Y").replace("\"deaths\":3", "\"deaths\":100001"));
        send(
                "oversized",
                e + "/penalties",
                """
                {"decisionNo":"P-Z","decidedOn":"2021-08-15","violation":"x","fineYuan":10000000000001,"serious":true,
                 "summaryProcedure":false}""");
    }

    private void pathTricks() {
        for (String path : List.of(
                "/api/v1/enterprises/a%2Fb/accidents",
                "/api/v1/enterprises/a%00b/accidents",
                "/api/v1/enterprises/a%5Cb/accidents",
                "/api/v1/enterprises/..%3B/admin/users",
                "/api/v1/enterprises//accidents",
                "/api/v1/enterprises/%2e%2e/admin/users",
                "/api/v1/enterprises/x;jsessionid=1/accidents",
                "/api/v1/enterprises/%252e%252e/accidents",
                "/api/v1/enterprises/%0d%0aX:1/accidents",
                "/api/v1/./admin/users",
                "/api/v1/admin/../admin/users",
                "/api/v1/enterprises/%7B%22$gt%22:%22%22%7D/accidents",
                "/api/v1/no-such-endpoint",
                "/api/v1/feed?after=x",
                "/api/v1/feed?after=0&limit=1.5",
                "/api/v1/feed?types=NoSuchEvent",
                "/api/v1/enterprises/" + "%E5%AD%97".repeat(3000) + "/accidents")) {
            send("path trick", path, accidentBody("PATH"));
            sendGet("path trick", path);
        }
    }

    private void ssrf() {
        Http agency = new Http(port, "agency-a");
        for (String url : List.of(
                "https://127.0.0.1/hook",
                "https://127.1/hook",
                "https://[::1]/hook",
                "https://0.0.0.0/hook",
                "https://[::]/hook",
                "https://2130706433/hook",
                "https://0177.0.0.1/hook",
                "https://0x7f000001/hook",
                "https://localhost/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://[fe80::1]/hook",
                "https://10.0.0.1/hook",
                "https://172.16.0.1/hook",
                "https://192.168.1.1/hook",
                "https://100.64.0.1/hook",
                "https://[fd00::1]/hook",
                "https://224.0.0.1/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "https://user:pw@8.8.8.8/hook",
                "http://8.8.8.8/hook",
                "ftp://8.8.8.8/hook",
                "file:///etc/passwd",
                "gopher://8.8.8.8/",
                "https:///hook",
                "javascript:alert(1)")) {
            count(
                    "SSRF URL",
                    agency,
                    "/api/v1/subscriptions",
                    "{\"url\":\"" + url + "\",\"secret\":\"a-long-random-shared-secret\"}");
        }
    }

    private void wrongRoles(String e) {
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("/api/v1/enterprises", EnterpriseRegistrationApiTest.registration(AgencyApiTest.newUscc()));
        writes.put(e + "/accidents", accidentBody("ROLE"));
        writes.put(e + "/penalties", "{}");
        writes.put(e + "/certifications", "{}");
        writes.put(e + "/listings", "{}");
        writes.put("/api/v1/award-applications", "{}");
        writes.put(
                "/api/v1/admin/users",
                "{\"name\":\"intruder\",\"password\":\"intruder-password\",\"roles\":[\"ADMIN\"]}");
        writes.put("/api/v1/admin/api-keys", "{\"agency\":\"x\"}");
        writes.put("/api/v1/ledger/digests", "{}");
        writes.put("/api/v1/admin/projections/history/replay", "{}");
        for (String user : new String[] {"auditor", "agency-a", "reviewer", null}) {
            for (var write : writes.entrySet()) {
                boolean allowed = "reviewer".equals(user) && write.getKey().endsWith("/listings");
                if (!allowed) {
                    count("wrong role", new Http(port, user), write.getKey(), write.getValue());
                }
            }
        }
    }

    private void send(String category, String path, String body) {
        count(category, http, path, body);
    }

    private void sendGet(String category, String path) {
        long before = head();
        record(category, path, http.get(path), before);
    }

    private void count(String category, Http as, String path, String body) {
        long before = head();
        record(category, path + " " + abbreviate(body), as.post(path, body), before);
    }

    private void record(String category, String what, Http.Response response, long before) {
        Tally tally = tallies.computeIfAbsent(
                category, c -> new Tally(c, new AtomicInteger(), new AtomicInteger(), new AtomicInteger()));
        tally.tried().incrementAndGet();
        boolean clean = response.status() >= 400
                && response.status() < 500
                && response.contentType().startsWith("application/problem+json");
        if (clean) {
            tally.clean().incrementAndGet();
        } else {
            unclean.add(category + ": " + what + " → " + response.status() + " " + response.contentType() + " "
                    + abbreviate(response.body()));
        }
        long appended = head() - before;
        tally.appended().addAndGet((int) appended);
    }

    private long head() {
        JsonNode feed = http.get("/api/v1/feed?after=0&limit=1").json();
        return feed.get("head").asLong();
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
