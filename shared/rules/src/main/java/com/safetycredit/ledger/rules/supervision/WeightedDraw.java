package com.safetycredit.ledger.rules.supervision;

import com.safetycredit.ledger.rules.supervision.DrawCandidates.Candidate;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 双随机 draw, integer-only so any language reproduces it (DESIGN.md, "Draws anyone can re-run"):
 * <ol>
 *   <li>the candidates in USCC order, each written out {@code weight} times: the list {@code L} of length N;</li>
 *   <li>random numbers: {@code r_k} = the first 4 bytes, big-endian unsigned, of HMAC-SHA256 with the UTF-8 bytes
 *       of the seed as key and the counter {@code k} (0, 1, 2, …) as 8 bytes big-endian as message;</li>
 *   <li>a uniform number below {@code n}: the next {@code r_k}, skipping any {@code r_k ≥ 2^32 − (2^32 mod n)}
 *       (no modulo bias), then {@code r_k mod n};</li>
 *   <li>forward Fisher–Yates: for {@code i = 0, 1, …, N − 2}, swap {@code L[i]} with {@code L[i + uniform(N − i)]};
 *       step {@code i} fixes position {@code i};</li>
 *   <li>the drawn enterprises are the first {@code count} distinct USCCs of {@code L} (the shuffle stops as soon
 *       as they are fixed; fewer candidates than {@code count}: all of them).</li>
 * </ol>
 */
public final class WeightedDraw {

    private static final long TWO_TO_32 = 1L << 32;

    private final Mac mac;
    private long counter;

    private WeightedDraw(String seed) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }

    /** A random source under {@code seed}, counter at 0. */
    static WeightedDraw seeded(String seed) {
        return new WeightedDraw(seed);
    }

    /** The USCCs drawn, in draw order. */
    public static List<String> draw(List<Candidate> candidates, String seed, int count) {
        List<String> list = new ArrayList<>();
        for (Candidate candidate : candidates) {
            for (int w = 0; w < candidate.weight(); w++) {
                list.add(candidate.uscc());
            }
        }
        return new WeightedDraw(seed).firstDistinct(list, count);
    }

    /**
     * The inspectors for each drawn enterprise, from a roster sorted as given (each weight 1): the {@code k}-th
     * drawn enterprise (from 0) gets {@code perEnterprise} distinct inspectors drawn with seed
     * {@code seed + "/inspectors/" + k}.
     */
    public static List<List<String>> inspectors(List<String> sortedRoster, String seed, int drawn, int perEnterprise) {
        List<List<String>> assignments = new ArrayList<>();
        for (int k = 0; k < drawn; k++) {
            assignments.add(new WeightedDraw(seed + "/inspectors/" + k).firstDistinct(sortedRoster, perEnterprise));
        }
        return assignments;
    }

    private List<String> firstDistinct(List<String> items, int count) {
        List<String> list = new ArrayList<>(items);
        Set<String> drawn = new LinkedHashSet<>();
        for (int i = 0; i < list.size() && drawn.size() < count; i++) {
            if (i < list.size() - 1) {
                int j = i + uniform(list.size() - i);
                String swapped = list.get(j);
                list.set(j, list.get(i));
                list.set(i, swapped);
            }
            drawn.add(list.get(i));
        }
        return List.copyOf(drawn);
    }

    /** A uniform integer in {@code [0, n)} from the HMAC stream, by rejection. */
    int uniform(int n) {
        long limit = TWO_TO_32 - (TWO_TO_32 % n);
        while (true) {
            long r = next();
            if (r < limit) {
                return (int) (r % n);
            }
        }
    }

    private long next() {
        byte[] digest = mac.doFinal(ByteBuffer.allocate(8).putLong(counter++).array());
        return ByteBuffer.wrap(digest, 0, 4).getInt() & 0xFFFF_FFFFL;
    }
}
