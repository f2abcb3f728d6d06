package io.jingchu.hub.identifier.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identifier.IdentifierApi;
import io.jingchu.hub.identifier.PersistentIdentifier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handle resolution in the form of the Handle.net server's JSON REST API, so that Handle clients and the
 * identifier resolution system's nodes read the hub's identifiers as they read any handle. Answers are that API's
 * JSON, refusals included (not problem+json): {@code responseCode} 100 with 404 for an unknown handle, 102 with 400
 * for something that is not a handle, 200 when filters select no value, 2 with 500 when the hub fails.
 */
@RestController
@Tag(name = "identifier", description = "Persistent identifiers (Handle)")
class HandleController {

    private static final Logger LOG = LoggerFactory.getLogger(HandleController.class);
    private static final String BASE = "/api/handles/";

    private final IdentifierApi identifiers;

    HandleController(IdentifierApi identifiers) {
        this.identifiers = identifiers;
    }

    @GetMapping(path = BASE + "{prefix}/{*suffix}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    @Operation(summary = "Resolves a handle to its values (Handle.net JSON REST form); index= and type= filter them")
    ResponseEntity<HandleRecord> resolve(@PathVariable String prefix, @PathVariable String suffix,
            @RequestParam(name = "index", required = false) @Nullable List<String> index,
            @RequestParam(name = "type", required = false) @Nullable List<String> type) {
        String bare = suffix.startsWith("/") ? suffix.substring(1) : suffix;
        String handle = prefix + "/" + bare;
        Optional<PersistentIdentifier> found;
        try {
            found = identifiers.resolve(prefix, bare);
        } catch (DomainException e) {
            if (e.code() != ErrorCode.FIELD_INVALID) {
                throw e;
            }
            return answer(HttpStatus.BAD_REQUEST, HandleRecord.failure(HandleRecord.INVALID_HANDLE, handle,
                    "Invalid handle: " + e.field()));
        }
        if (found.isEmpty()) {
            return answer(HttpStatus.NOT_FOUND, HandleRecord.failure(HandleRecord.HANDLE_NOT_FOUND, handle,
                    "Handle Not Found"));
        }
        List<Integer> indexes = new ArrayList<>();
        for (String i : index == null ? List.<String>of() : index) {
            if (!i.matches("[0-9]{1,9}")) {
                return answer(HttpStatus.BAD_REQUEST, HandleRecord.failure(HandleRecord.INVALID_VALUE, handle,
                        "index is a non-negative integer, not " + i));
            }
            indexes.add(Integer.valueOf(i));
        }
        List<HandleRecord.Value> values = HandleRecord.select(HandleRecord.valuesOf(found.get(),
                identifiers.ttl().toSeconds()), indexes, type == null ? List.of() : type);
        int code = values.isEmpty() ? HandleRecord.VALUES_NOT_FOUND : HandleRecord.SUCCESS;
        return answer(HttpStatus.OK, new HandleRecord(code, found.get().handle(), values, null));
    }

    /** The Handle API's server error, so that resolvers see a Handle answer whatever happens. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<HandleRecord> failed(DataAccessException e, HttpServletRequest request) {
        LOG.error("resolution of {} failed", request.getRequestURI(), e);
        String path = request.getRequestURI();
        String handle = path.contains(BASE) ? path.substring(path.indexOf(BASE) + BASE.length()) : path;
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, HandleRecord.failure(HandleRecord.SERVER_ERROR, handle,
                "Server error"));
    }

    private static ResponseEntity<HandleRecord> answer(HttpStatus status, HandleRecord body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
