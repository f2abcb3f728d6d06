package io.jingchu.hub.catalog.web;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.ResourceChange;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The ledger of data resources over REST: search, read, register, edit, move through the lifecycle, and
 * the history. Who may call each method is declared here; ownership, lifecycle and the rules are the
 * catalog's to check.
 */
@RestController
@RequestMapping("/api/v1/resources")
class ResourceController {

    private final CatalogApi catalog;
    private final DescriptionRenderer descriptions;

    ResourceController(CatalogApi catalog, DescriptionRenderer descriptions) {
        this.catalog = catalog;
        this.descriptions = descriptions;
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    SearchPage search(Caller caller,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable List<String> organization,
            @RequestParam(required = false) @Nullable List<String> division,
            @RequestParam(required = false) @Nullable List<String> level,
            @RequestParam(required = false) @Nullable List<String> theme,
            @RequestParam(required = false) @Nullable List<String> grade,
            @RequestParam(required = false) @Nullable List<String> opening,
            @RequestParam(required = false) @Nullable List<String> sharing,
            @RequestParam(required = false) @Nullable List<String> state,
            @RequestParam(required = false) @Nullable List<String> highQuality,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit) {
        SearchQuery query = SearchParameters.query(q, SearchParameters.read(organization, division, level, theme,
                grade, opening, sharing, state, highQuality), sort, offset, limit);
        SearchResult result = catalog.search(caller, query);
        return new SearchPage(result.total(), offset, limit, result.hits(), result.facets());
    }

    @GetMapping("/{code}")
    @PreAuthorize("permitAll()")
    ResponseEntity<ResourceView> get(Caller caller, @PathVariable String code) {
        DataResource resource = catalog.get(caller, code);
        return ResponseEntity.ok().eTag(Long.toString(resource.version())).body(view(resource));
    }

    @GetMapping("/{code}/history")
    @PreAuthorize("permitAll()")
    List<ResourceChange> history(Caller caller, @PathVariable String code) {
        return catalog.history(caller, code);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    ResponseEntity<ResourceView> register(Caller caller, @RequestBody ResourceBody body) {
        DataResource resource = catalog.register(caller, body.toDraft());
        URI location = URI.create("/api/v1/resources/" + UriUtils.encodePathSegment(resource.code(),
                java.nio.charset.StandardCharsets.UTF_8));
        return ResponseEntity.created(location).eTag(Long.toString(resource.version())).body(view(resource));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    ResponseEntity<ResourceView> update(Caller caller, @PathVariable String code, @RequestBody ResourceBody body) {
        if (body.version() == null) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "version");
        }
        return answer(catalog.update(caller, code, body.version(), body.toDraft()));
    }

    @PostMapping("/{code}/submit")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    ResponseEntity<ResourceView> submit(Caller caller, @PathVariable String code,
            @Valid @RequestBody TransitionBody body) {
        return answer(catalog.submit(caller, code, body.version()));
    }

    /** Open to publishers too, so that they learn it is the bureau's decision rather than a bare 403. */
    @PostMapping("/{code}/publish")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    ResponseEntity<ResourceView> publish(Caller caller, @PathVariable String code,
            @Valid @RequestBody TransitionBody body) {
        return answer(catalog.publish(caller, code, body.version()));
    }

    @PostMapping("/{code}/reject")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    ResponseEntity<ResourceView> reject(Caller caller, @PathVariable String code,
            @Valid @RequestBody TransitionBody body) {
        return answer(catalog.reject(caller, code, body.version(), body.reason() == null ? "" : body.reason()));
    }

    @PostMapping("/{code}/retire")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    ResponseEntity<ResourceView> retire(Caller caller, @PathVariable String code,
            @Valid @RequestBody TransitionBody body) {
        return answer(catalog.retire(caller, code, body.version(), body.reason()));
    }

    private ResponseEntity<ResourceView> answer(DataResource resource) {
        return ResponseEntity.ok().eTag(Long.toString(resource.version())).body(view(resource));
    }

    private ResourceView view(DataResource resource) {
        return new ResourceView(resource, descriptions.render(resource.description()));
    }
}
