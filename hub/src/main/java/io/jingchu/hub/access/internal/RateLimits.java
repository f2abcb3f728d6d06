package io.jingchu.hub.access.internal;

/** How many requests one key may make per minute and per day. */
record RateLimits(long perMinute, long perDay) {
}
