package com.safetycredit.ledger.rules.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The award policies the ledger knows: those shipped on the classpath ({@code policies/index.json} lists
 * them) and any {@code *.json} in an extra folder, so a new policy is a new file, not new code.
 */
public final class AwardPolicyCatalog {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<AwardPolicy> policies;

    private AwardPolicyCatalog(List<AwardPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    public static AwardPolicyCatalog shipped() {
        return withExtraFolder(null);
    }

    /** The shipped policies plus every {@code *.json} in {@code folder} (ignored when {@code null}). */
    public static AwardPolicyCatalog withExtraFolder(Path folder) {
        List<AwardPolicy> policies = new ArrayList<>();
        for (String file : read(resource("policies/index.json"), new TypeReference<List<String>>() {})) {
            policies.add(read(resource("policies/" + file), new TypeReference<AwardPolicy>() {}));
        }
        if (folder != null) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        policies.add(read(in, new TypeReference<AwardPolicy>() {}));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read award policies from " + folder, e);
            }
        }
        return new AwardPolicyCatalog(policies);
    }

    public List<AwardPolicy> policies() {
        return policies;
    }

    /** The policy with this id (an application names the policy it was filed under). */
    public Optional<AwardPolicy> byId(String id) {
        return policies.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Every policy year some policy covers, in order. */
    public List<Integer> policyYears() {
        return policies.stream()
                .flatMap(p -> IntStream.rangeClosed(
                                p.validFrom().getYear(), p.validTo().getYear())
                        .boxed())
                .distinct()
                .sorted()
                .toList();
    }

    /** The joint-review departments of all policies, code → name, in the order the policies list them. */
    public Map<String, String> reviewDepartments() {
        Map<String, String> departments = new LinkedHashMap<>();
        for (AwardPolicy policy : policies) {
            policy.reviewDepartments()
                    .codes()
                    .forEach(code -> departments.putIfAbsent(
                            code, policy.reviewDepartments().names().getOrDefault(code, code)));
        }
        return departments;
    }

    /**
     * The policy in force for a policy year; where several cover it, the newest (latest validFrom).
     * Empty when none does: the answer is then "no award policy covers policy year N".
     */
    public Optional<AwardPolicy> forPolicyYear(int year) {
        return policies.stream()
                .filter(p -> p.coversPolicyYear(year))
                .max(Comparator.comparing(AwardPolicy::validFrom));
    }

    private static InputStream resource(String name) {
        InputStream in = AwardPolicyCatalog.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing policy resource " + name);
        }
        return in;
    }

    private static <T> T read(InputStream in, TypeReference<T> type) {
        try (in) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable award policy: " + e.getMessage(), e);
        }
    }
}
