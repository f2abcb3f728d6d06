package io.jingchu.client.testing;

import io.jingchu.client.Json;
import io.jingchu.client.testing.FakeHub.Request;
import io.jingchu.client.testing.FakeHub.Response;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hub's upload endpoints on a {@link FakeHub}, as the contract describes them: {@code POST /api/v1/uploads}
 * creates, {@code PUT /api/v1/uploads/{id}} appends a chunk at {@code Upload-Offset} (409
 * {@code UPLOAD_OFFSET_MISMATCH} with {@code received} when the offset is wrong, 413 beyond the declared size),
 * {@code GET} tells how much arrived. Faults can be scripted for the next chunks, in order.
 */
public final class FakeUploads {

    private final Map<String, Stored> uploads = new ConcurrentHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final AtomicInteger created = new AtomicInteger();

    public FakeUploads(FakeHub hub) {
        hub.on("POST", "/api/v1/uploads", this::create);
        hub.on("PUT", "/api/v1/uploads/*", this::append);
        hub.on("GET", "/api/v1/uploads/*", this::status);
    }

    /** What goes wrong with the next chunks, one fault per chunk, in this order. */
    public synchronized FakeUploads failNextChunks(Fault... next) {
        faults.addAll(Arrays.asList(next));
        return this;
    }

    /** An upload made earlier (by an interrupted run) that already has these bytes. */
    public String existing(String filename, long size, byte[] received) {
        String id = "u-" + created.incrementAndGet();
        Stored upload = new Stored(id, filename, size, null);
        upload.bytes.writeBytes(received);
        uploads.put(id, upload);
        return id;
    }

    /** How many uploads were created with POST. */
    public int created() {
        return created.get();
    }

    public byte[] content(String id) {
        synchronized (uploads.get(id)) {
            return uploads.get(id).bytes.toByteArray();
        }
    }

    public String declaredSha256(String id) {
        return uploads.get(id).sha256;
    }

    public void forget(String id) {
        uploads.remove(id);
    }

    private Response create(Request request) {
        JsonNode body = Json.MAPPER.readTree(request.body());
        String id = "u-" + created.incrementAndGet();
        Stored upload = new Stored(id, body.path("filename").asString(), body.path("size").asLong(),
                body.path("sha256").asString(null));
        uploads.put(id, upload);
        return Response.json(201, upload.json());
    }

    private Response status(Request request) {
        Stored upload = uploads.get(request.lastSegment());
        if (upload == null) {
            return Response.problem(404, "UPLOAD_NOT_FOUND", null, "未找到该上传：" + request.lastSegment());
        }
        synchronized (upload) {
            return Response.json(200, upload.json());
        }
    }

    private Response append(Request request) {
        Stored upload = uploads.get(request.lastSegment());
        if (upload == null) {
            return Response.problem(404, "UPLOAD_NOT_FOUND", null, "未找到该上传：" + request.lastSegment());
        }
        Fault fault;
        synchronized (this) {
            fault = faults.poll();
        }
        synchronized (upload) {
            if (fault instanceof Fault.Lose lose) {
                byte[] kept = upload.bytes.toByteArray();
                upload.bytes.reset();
                upload.bytes.write(kept, 0, (int) Math.max(0, kept.length - lose.bytes()));
            }
            if (fault instanceof Fault.Status status) {
                return Response.problem(status.status(), "INTERNAL_ERROR", null, "服务器内部错误，请稍后重试");
            }
            long offset = Long.parseLong(request.header("Upload-Offset"));
            long received = upload.bytes.size();
            if (offset != received) {
                return new Response(409, "application/problem+json", """
                        {"type": "about:blank", "title": "Conflict", "status": 409, "code": "UPLOAD_OFFSET_MISMATCH",
                         "detail": "上传位置不符：服务器已收到 %d 字节", "received": %d}""".formatted(received, received));
            }
            byte[] chunk = request.bytes();
            if (received + chunk.length > upload.size) {
                return Response.problem(413, "FILE_TOO_LARGE", null, "文件超过允许的大小 " + upload.size);
            }
            if (fault instanceof Fault.KeepThenDrop keep) {
                upload.bytes.write(chunk, 0, (int) Math.min(keep.bytes(), chunk.length));
                return Response.dropped();
            }
            upload.bytes.writeBytes(chunk);
            return Response.json(200, upload.json());
        }
    }

    /** Something that goes wrong with one chunk. */
    public sealed interface Fault {

        /** Nothing goes wrong with this chunk. */
        static Fault none() {
            return new None();
        }

        /** The hub keeps the first bytes of the chunk, then the connection breaks before any answer. */
        static Fault keepThenDrop(long bytes) {
            return new KeepThenDrop(bytes);
        }

        /** The hub answers with this status (a 5xx problem) and keeps nothing. */
        static Fault status(int status) {
            return new Status(status);
        }

        /** The hub lost the last bytes it had (a restart after an unflushed write) before the chunk arrives. */
        static Fault lose(long bytes) {
            return new Lose(bytes);
        }

        record None() implements Fault {
        }

        record KeepThenDrop(long bytes) implements Fault {
        }

        record Status(int status) implements Fault {
        }

        record Lose(long bytes) implements Fault {
        }
    }

    private static final class Stored {
        final String id;
        final String filename;
        final long size;
        final String sha256;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Instant expiresAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        Stored(String id, String filename, long size, String sha256) {
            this.id = id;
            this.filename = filename;
            this.size = size;
            this.sha256 = sha256;
        }

        String json() {
            ObjectNode node = Json.MAPPER.createObjectNode()
                    .put("id", id)
                    .put("filename", filename)
                    .put("size", size)
                    .put("received", bytes.size())
                    .put("complete", bytes.size() == size)
                    .put("expiresAt", expiresAt.toString());
            return Json.MAPPER.writeValueAsString(node);
        }
    }
}
