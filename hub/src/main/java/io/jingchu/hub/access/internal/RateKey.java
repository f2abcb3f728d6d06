package io.jingchu.hub.access.internal;

import java.util.Objects;

/**
 * What a request is counted against: the API token it used, else the signed-in user, else the address it
 * came from. Anonymous keys get the stricter limits.
 *
 * @param subject {@code token:12}, {@code user:42} or {@code address:203.0.113.9}
 */
public record RateKey(String subject, boolean anonymous) {

    /** Longest address kept whole; anything longer is no address a socket reports. */
    private static final int MAX_ADDRESS = 64;

    public RateKey {
        Objects.requireNonNull(subject, "subject");
    }

    public static RateKey token(long tokenId) {
        return new RateKey("token:" + tokenId, false);
    }

    public static RateKey user(long userId) {
        return new RateKey("user:" + userId, false);
    }

    public static RateKey address(String address) {
        String a = address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
        return new RateKey("address:" + a, true);
    }
}
