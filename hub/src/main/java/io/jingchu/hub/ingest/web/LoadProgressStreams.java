package io.jingchu.hub.ingest.web;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.IngestApi;
import io.jingchu.hub.ingest.LoadJob;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent progress of load jobs. Each stream looks at the job's row twice a second and sends a
 * {@code progress} event when something changed, then a {@code done} event when the job ends. Reading the
 * row rather than listening in memory means a stream works on any instance, whichever one runs the job.
 */
@Component
class LoadProgressStreams implements DisposableBean {

    private static final long TIMEOUT_MS = 6 * 60 * 60 * 1000L;

    private final IngestApi ingest;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "load-events");
        t.setDaemon(true);
        return t;
    });

    LoadProgressStreams(IngestApi ingest) {
        this.ingest = ingest;
    }

    SseEmitter follow(Caller caller, LoadJob first) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        AtomicReference<LoadJob> last = new AtomicReference<>();
        AtomicBoolean over = new AtomicBoolean();
        Runnable look = () -> {
            if (over.get()) {
                throw new IllegalStateException("stream ended");
            }
            try {
                LoadJob job = ingest.job(caller, first.id());
                if (!job.equals(last.get())) {
                    last.set(job);
                    emitter.send(SseEmitter.event().name(job.state().isFinal() ? "done" : "progress")
                            .id(Long.toString(job.rows())).data(job));
                }
                if (job.state().isFinal()) {
                    over.set(true);
                    emitter.complete();
                }
            } catch (IOException | RuntimeException e) {
                // The client went away or may no longer see the job: stop looking.
                over.set(true);
                emitter.completeWithError(e);
            }
            if (over.get()) {
                // Throwing ends a fixed-delay schedule without needing a handle to it.
                throw new IllegalStateException("stream ended");
            }
        };
        emitter.onCompletion(() -> over.set(true));
        emitter.onTimeout(() -> over.set(true));
        scheduler.scheduleWithFixedDelay(look, 50, 500, TimeUnit.MILLISECONDS);
        return emitter;
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
