package io.jingchu.hub.ingest.web;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.IngestApi;
import io.jingchu.hub.ingest.Upload;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads in chunks: create, then PUT each chunk at the offset the hub reports, so that an interrupted
 * upload of any size resumes where the hub's acknowledged bytes end. Chunks stream to disk.
 */
@RestController
@RequestMapping("/api/v1/uploads")
class UploadController {

    record NewUpload(@Nullable String filename, @Nullable Long size) {
    }

    private final IngestApi ingest;

    UploadController(IngestApi ingest) {
        this.ingest = ingest;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    ResponseEntity<Upload> create(Caller caller, @RequestBody NewUpload body) {
        if (body.size() == null) {
            throw io.jingchu.hub.common.DomainException.onField(io.jingchu.hub.common.ErrorCode.FIELD_REQUIRED, "size");
        }
        Upload upload = ingest.createUpload(caller, body.filename() == null ? "" : body.filename(), body.size());
        return ResponseEntity.created(URI.create("/api/v1/uploads/" + upload.id())).body(upload);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    Upload chunk(Caller caller, @PathVariable String id, @RequestHeader("Upload-Offset") long offset,
            HttpServletRequest request) throws IOException {
        return ingest.appendChunk(caller, id, offset, request.getInputStream());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    Upload status(Caller caller, @PathVariable String id) {
        return ingest.upload(caller, id);
    }
}
