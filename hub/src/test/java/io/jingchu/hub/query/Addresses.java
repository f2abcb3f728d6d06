package io.jingchu.hub.query;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Gives each anonymous test request a client address of its own, so that the per-address rate limit of the
 * data endpoints (shared by every test in the one application context) counts tests apart.
 */
final class Addresses {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() & 0xffff) << 8);

    private Addresses() {
    }

    static RequestPostProcessor fresh() {
        int n = NEXT.incrementAndGet();
        String address = "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
