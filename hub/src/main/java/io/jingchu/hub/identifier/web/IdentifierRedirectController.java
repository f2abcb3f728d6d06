package io.jingchu.hub.identifier.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identifier.IdentifierApi;
import io.jingchu.hub.identifier.PersistentIdentifier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /id/prefix/suffix}: sends a browser to the landing page of what the handle names, as a Handle proxy does
 * (302). An unknown handle is {@code IDENTIFIER_NOT_FOUND} (404), a retired resource's {@code IDENTIFIER_RETIRED}
 * (410, its tombstone being in the Handle answer), a malformed one {@code FIELD_INVALID} naming the part.
 */
@RestController
@Tag(name = "identifier")
class IdentifierRedirectController {

    private final IdentifierApi identifiers;

    IdentifierRedirectController(IdentifierApi identifiers) {
        this.identifiers = identifiers;
    }

    @GetMapping("/id/{prefix}/{*suffix}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Redirects to the landing page of what a handle names")
    ResponseEntity<Void> redirect(@PathVariable String prefix, @PathVariable String suffix) {
        String bare = suffix.startsWith("/") ? suffix.substring(1) : suffix;
        PersistentIdentifier id = identifiers.resolve(prefix, bare).orElseThrow(() -> DomainException.onField(
                ErrorCode.IDENTIFIER_NOT_FOUND, "handle", prefix + "/" + bare));
        if (id.retired()) {
            throw DomainException.onField(ErrorCode.IDENTIFIER_RETIRED, "handle", id.handle());
        }
        return ResponseEntity.status(HttpStatus.FOUND).location(id.landingPage()).build();
    }
}
