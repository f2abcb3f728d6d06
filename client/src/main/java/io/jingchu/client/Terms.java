package io.jingchu.client;

/**
 * A sharing (共享) or opening (开放) attribute with what it needs: conditions when it is conditional, the
 * basis when it is refused.
 *
 * @param attribute UNCONDITIONAL, CONDITIONAL or NONE
 */
public record Terms(String attribute, String conditions, String basis) {
}
