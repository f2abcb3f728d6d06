package io.jingchu.hub.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jingchu.hub.testing.HubProcess;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the hub while resources are being published, then a restart: a resource has an identifier exactly
 * when its publication committed, whatever the moment of the kill. The hub runs as a separate process on the
 * database of this test pass.
 */
class IdentifierCrashIT {

    private static final String ADMIN = "identifier-crash-admin";
    private static final String PASSWORD = "Identifier-crash-2026";

    private HubProcess hub;

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aResourceHasAnIdentifierExactlyWhenItsPublicationCommitted() throws Exception {
        hub = new HubProcess(Files.createTempDirectory("jingchu-identifier-crash-"), ADMIN, PASSWORD);
        start();
        long organization = hub.createOrganization("identifier-crash-org");

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger attempted = new AtomicInteger();
        Thread publications = new Thread(() -> {
            while (!stop.get()) {
                try {
                    publish("crash-" + attempted.getAndIncrement(), organization);
                } catch (Exception | AssertionError e) {
                    return; // the hub was killed
                }
            }
        });
        publications.start();
        await().atMost(Duration.ofSeconds(90)).until(() -> attempted.get() > 15);
        Thread.sleep((long) (Math.random() * 1000));
        hub.kill();
        stop.set(true);
        publications.join();

        start();
        int published = 0;
        for (int n = 0; n < attempted.get(); n++) {
            String code = "crash-" + n;
            boolean isPublished = hub.status("/api/v1/resources/" + code) == 200
                    && hub.call("GET", "/api/v1/resources/" + code, null, 200).contains("\"state\":\"PUBLISHED\"");
            assertThat(hub.status("/api/handles/88.118.8/" + code)).as(code + (isPublished ? " published" : ""))
                    .isEqualTo(isPublished ? 200 : 404);
            published += isPublished ? 1 : 0;
        }
        assertThat(published).isGreaterThan(10);
    }

    private void publish(String code, long organization) throws Exception {
        long version = version(hub.register(code, organization));
        version = version(hub.call("POST", "/api/v1/resources/" + code + "/submit", body(version), 200));
        hub.call("POST", "/api/v1/resources/" + code + "/publish", body(version), 200);
    }

    private static String body(long version) {
        return "{\"version\": " + version + "}";
    }

    private static long version(String resource) {
        return Long.parseLong(resource.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
    }

    private void start() throws Exception {
        hub.start("--jingchu.access.rate-limiting=false");
    }
}
