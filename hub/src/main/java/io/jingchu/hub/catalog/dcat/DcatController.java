package io.jingchu.hub.catalog.dcat;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog as DCAT-AP 3 for harvesters: {@code /catalog.ttl|.rdf|.jsonld} for everything that is open, and
 * {@code /catalog/resources/{code}.ttl|.rdf|.jsonld} for one resource (404 problem+json when it is not in the open
 * catalog). Output is written straight to the response.
 */
@RestController
class DcatController {

    private final CatalogRdfWriter writer;
    private final CatalogApi catalog;

    DcatController(CatalogRdfWriter writer, CatalogApi catalog) {
        this.writer = writer;
        this.catalog = catalog;
    }

    @GetMapping("/catalog.ttl")
    @PreAuthorize("permitAll()")
    void catalogTurtle(HttpServletResponse response) throws IOException {
        catalog(RdfSyntax.TURTLE, response);
    }

    @GetMapping("/catalog.rdf")
    @PreAuthorize("permitAll()")
    void catalogRdfXml(HttpServletResponse response) throws IOException {
        catalog(RdfSyntax.RDF_XML, response);
    }

    @GetMapping("/catalog.jsonld")
    @PreAuthorize("permitAll()")
    void catalogJsonLd(HttpServletResponse response) throws IOException {
        catalog(RdfSyntax.JSON_LD, response);
    }

    @GetMapping("/catalog/resources/{code}.ttl")
    @PreAuthorize("permitAll()")
    void resourceTurtle(Caller caller, @PathVariable String code, HttpServletResponse response) throws IOException {
        resource(caller, code, RdfSyntax.TURTLE, response);
    }

    @GetMapping("/catalog/resources/{code}.rdf")
    @PreAuthorize("permitAll()")
    void resourceRdfXml(Caller caller, @PathVariable String code, HttpServletResponse response) throws IOException {
        resource(caller, code, RdfSyntax.RDF_XML, response);
    }

    @GetMapping("/catalog/resources/{code}.jsonld")
    @PreAuthorize("permitAll()")
    void resourceJsonLd(Caller caller, @PathVariable String code, HttpServletResponse response) throws IOException {
        resource(caller, code, RdfSyntax.JSON_LD, response);
    }

    private void catalog(RdfSyntax syntax, HttpServletResponse response) throws IOException {
        response.setContentType(syntax.mediaType());
        try (OutputStream out = response.getOutputStream()) {
            writer.writeCatalog(syntax, out);
        }
    }

    /** Looked up before anything is written, so that a refusal can still be a problem document. */
    private void resource(Caller caller, String code, RdfSyntax syntax, HttpServletResponse response)
            throws IOException {
        DataResource resource = catalog.find(caller, code).filter(DataResource::isOpen)
                .orElseThrow(() -> DomainException.onField(ErrorCode.RESOURCE_NOT_FOUND, "code", code));
        response.setContentType(syntax.mediaType());
        try (OutputStream out = response.getOutputStream()) {
            writer.writeResource(resource, syntax, out);
        }
    }
}
